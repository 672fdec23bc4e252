"""Run a command in its own session and watch its whole process tree: wall-clock bound, peak resident memory of
the tree, a memory bound, and what is left running after it exits.

Shared by corpus/hostile.py (--run) and corpus/mutate.py. Linux only (reads /proc).

How the tree is found: the command is started with setsid (start_new_session), so every process it forks shares its
session id unless it calls setsid itself; and this Python process makes itself a child subreaper
(prctl PR_SET_CHILD_SUBREAPER), so a descendant orphaned by its parent's death is re-parented here rather than to
init, and stays findable by parent links. A process counts as part of the tree if it is in the session or descends
(by parent links) from the command's pid or from this process's other orphans.
"""
from __future__ import annotations

import ctypes
import os
import signal
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field

PAGE = os.sysconf("SC_PAGE_SIZE")
_SUBREAPER = False


def become_subreaper() -> bool:
    """Orphans of the commands this process runs are re-parented to it (so they can be seen and ended)."""
    global _SUBREAPER
    if _SUBREAPER:
        return True
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        PR_SET_CHILD_SUBREAPER = 36
        _SUBREAPER = libc.prctl(PR_SET_CHILD_SUBREAPER, 1, 0, 0, 0) == 0
    except OSError:
        _SUBREAPER = False
    return _SUBREAPER


def _stat(pid: int):
    """(ppid, sid, comm, state) of a live process, or None."""
    try:
        with open(f"/proc/{pid}/stat", "rb") as fh:
            s = fh.read().decode("utf-8", "replace")
    except OSError:
        return None
    # comm is in parentheses and may hold spaces or parentheses: split at the last ')'
    lp, rp = s.find("("), s.rfind(")")
    comm = s[lp + 1:rp]
    rest = s[rp + 2:].split()
    state, ppid, _pgrp, sid = rest[0], int(rest[1]), int(rest[2]), int(rest[3])
    return ppid, sid, comm, state


def _rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as fh:
            return int(fh.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def _cmdline(pid: int) -> str:
    try:
        with open(f"/proc/{pid}/cmdline", "rb") as fh:
            return fh.read().replace(b"\0", b" ").decode("utf-8", "replace").strip()
    except OSError:
        return ""


def tree(root: int, sid: int | None = None, adopted: bool = True) -> dict[int, tuple]:
    """Live processes (not zombies) in session `sid` or descending from `root`, and with `adopted`, any process
    re-parented to this (subreaper) process other than `root` itself, with their descendants: orphans of the
    command that left its session. pid -> (ppid, sid, comm, state). Run one command at a time."""
    procs = {}
    for name in os.listdir("/proc"):
        if name.isdigit():
            st = _stat(int(name))
            if st:
                procs[int(name)] = st
    kids: dict[int, list[int]] = {}
    for pid, (ppid, *_rest) in procs.items():
        kids.setdefault(ppid, []).append(pid)
    found = {}
    me = os.getpid()
    stack = [root] + [p for p, st in procs.items() if sid is not None and st[1] == sid]
    if adopted and _SUBREAPER:
        stack += [p for p, st in procs.items() if st[0] == me and p != root]
    while stack:
        p = stack.pop()
        if p in found or p not in procs:
            continue
        found[p] = procs[p]
        stack += kids.get(p, [])
    return {p: st for p, st in found.items() if st[3] != "Z"}


def describe(procs: dict[int, tuple]) -> list[str]:
    return [f"{pid} {st[2]}: {_cmdline(pid)[:160]}" for pid, st in sorted(procs.items())]


def kill_tree(root: int, sid: int | None) -> None:
    for _ in range(3):
        procs = tree(root, sid)
        if not procs:
            return
        for pid in procs:
            try:
                os.kill(pid, signal.SIGKILL)
            except OSError:
                pass
        try:
            os.killpg(sid or root, signal.SIGKILL)
        except OSError:
            pass
        time.sleep(0.1)


def reap_orphans() -> None:
    """Collect zombies re-parented to this (subreaper) process."""
    while True:
        try:
            pid, _ = os.waitpid(-1, os.WNOHANG)
        except ChildProcessError:
            return
        if pid == 0:
            return


@dataclass
class RunResult:
    cmd: list
    returncode: int | None            # None when it was killed by us
    signal: int | None                # the signal that ended it (negative returncode), if any
    seconds: float
    peak_rss: int                     # bytes, summed over the tree, sampled every `interval` seconds
    peak_procs: int
    timed_out: bool
    over_memory: bool
    leftover: list[str] = field(default_factory=list)   # processes still alive after the command exited
    stdout: bytes = b""
    stderr: bytes = b""

    @property
    def peak_mb(self) -> float:
        return self.peak_rss / 1048576


def run(cmd: list, timeout: float, mem_limit_mb: float | None = None, interval: float = 0.2,
        grace: float = 0.5, cwd: str | None = None, env: dict | None = None, stdin=subprocess.DEVNULL,
        on_start=None) -> RunResult:
    """Run cmd in a new session; sample the RSS of its tree every `interval` s; kill the session past `timeout` s
    or past `mem_limit_mb`. After it exits, wait `grace` s, then list (and kill) what of its tree is still alive.
    `on_start(proc)` is called in a thread once the process is running (the kill test uses it)."""
    become_subreaper()
    out = tempfile.TemporaryFile()
    err = tempfile.TemporaryFile()
    t0 = time.monotonic()
    proc = subprocess.Popen(cmd, stdout=out, stderr=err, stdin=stdin, cwd=cwd, env=env, start_new_session=True)
    sid = proc.pid
    peak, peak_n, timed_out, over = 0, 0, False, False
    if on_start:
        threading.Thread(target=on_start, args=(proc,), daemon=True).start()
    while True:
        rc = proc.poll()
        procs = tree(proc.pid, sid)
        total = sum(_rss(p) for p in procs)
        peak, peak_n = max(peak, total), max(peak_n, len(procs))
        if rc is not None:
            break
        if time.monotonic() - t0 > timeout:
            timed_out = True
            kill_tree(proc.pid, sid)
        elif mem_limit_mb is not None and total > mem_limit_mb * 1048576:
            over = True
            kill_tree(proc.pid, sid)
        time.sleep(interval)
    seconds = time.monotonic() - t0
    # Anything of the tree still alive after the command itself ended?
    time.sleep(grace)
    left = tree(proc.pid, sid)
    left.pop(proc.pid, None)
    leftover = describe(left)
    if left:
        kill_tree(proc.pid, sid)
    reap_orphans()
    out.seek(0)
    err.seek(0)
    rc = proc.returncode
    return RunResult(cmd=cmd, returncode=None if (timed_out or over) else rc,
                     signal=-rc if rc is not None and rc < 0 else None, seconds=seconds, peak_rss=peak,
                     peak_procs=peak_n, timed_out=timed_out, over_memory=over, leftover=leftover,
                     stdout=out.read(), stderr=err.read())


def parse_jsonl(data: bytes) -> tuple[list[dict], list[str]]:
    """Reports from `xueshi scan --format jsonl` output, and the lines that were not JSON objects."""
    import json
    reports, junk = [], []
    for line in data.splitlines():
        if not line.strip():
            continue
        try:
            obj = json.loads(line.decode("utf-8", "surrogateescape"))
        except (ValueError, UnicodeDecodeError):
            junk.append(line[:200].decode("utf-8", "replace"))
            continue
        if isinstance(obj, dict):
            reports.append(obj)
        else:
            junk.append(line[:200].decode("utf-8", "replace"))
    return reports, junk


def name_keys(path) -> set[str]:
    """Spellings under which a report's `file` field may name `path` (bytes or str): as given, its UTF-8 decoding
    with invalid bytes replaced or escaped, and the same for its basename."""
    b = os.fsencode(path)
    keys = set()
    for p in (b, os.path.basename(b)):
        keys.add(p.decode("utf-8", "surrogateescape"))
        keys.add(p.decode("utf-8", "replace"))
        keys.add(p.decode("utf-8", "backslashreplace"))
        keys.add(p.decode("latin-1"))
        keys.add("".join(chr(c) if c < 0x80 else f"%{c:02X}" for c in p))
    return keys


def report_keys(name: str) -> set[str]:
    keys = {name, os.path.basename(name)}
    try:
        keys.add(name.encode("utf-8", "surrogateescape").decode("utf-8", "replace"))
    except UnicodeError:
        pass
    return keys
