#!/usr/bin/env python3
"""Mutation harness for xueshi (issue 11): mutants of synthetic corpus files, scanned in batches under bounds.

    python3 corpus/mutate.py --ci                          # 150 mutants, 2 batches, well under 3 minutes
    python3 corpus/mutate.py --count 5000 --seed 1 --batch 20
    python3 corpus/mutate.py --seeds corpus/docs corpus/ofd-dev --count 300
    python3 corpus/mutate.py --kill-test                   # kill -9 a scanning xueshi; are its workers gone?
    python3 corpus/mutate.py --make-only --count 50 --work /tmp/m   # write mutants, scan nothing

Each mutant is a seed file (default: a seeded sample of corpus/docs, holdout, fresh, scans, ofd-dev, ofd-verify,
verify, broken, broken-ofd and the small hostile cases; never the sealed pools final/, ofd/, blind/, scans-blind/,
nor samples/) with 1–3 operators applied: truncation, bit flips, interesting bytes, byte splices between files,
chunk duplication and deletion, number tweaks (huge, negative, zero counts, lengths, offsets, sizes), and
structural ones built with corpus/hostile.py's helpers: a Flate bomb stream, deep nesting, a huge /Count or
/Width, encryption, JavaScript actions, broken embedded fonts, OFD part mutations re-zipped with valid CRCs, entity
bombs, image headers that lie. About 1% get a file name that is not valid UTF-8 (GBK bytes).

Mutants are scanned with `xueshi scan --format jsonl` in batches, each batch in its own session (setsid) with a
wall-clock bound (--batch-seconds), the RSS of the whole process tree sampled every 0.2 s under a bound (--mem-mb).
Checks, each a failure when broken:
  - a batch exits 0 or 1 by itself (no signal, no other code, not killed by a bound);
  - every input file has exactly one report (matched by `file`, allowing for escaped non-UTF-8 names, else sha256);
  - no file takes longer than --per-file-seconds (a batch slower than that is bisected until the slow files are
    found alone);
  - no process of the batch's tree is left after it exits.
A crashing or killed batch is bisected to the inputs that fail alone. Every failing input is kept under
corpus/regressions/mutate/ (they are mutants of synthetic files) and listed in corpus/regressions/README.md.
A summary table is printed; the exit code is 1 on any failure, 0 otherwise, 2 on a usage error.
"""
from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import io
import json
import os
import random
import re
import shutil
import signal
import struct
import subprocess
import sys
import tempfile
import time
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
sys.path.insert(0, HERE)
import harness  # noqa: E402
import hostile  # noqa: E402

DEFAULT_POOLS = ["docs", "holdout", "fresh", "scans", "ofd-dev", "ofd-verify", "verify", "broken", "broken-ofd",
                 "hostile"]
SEALED = {"final", "ofd", "blind", "scans-blind", "samples"}
EXTS = {".pdf", ".ofd", ".png", ".jpg", ".jpeg", ".tif", ".tiff", ".bmp", ".webp"}
REGRESSIONS = os.path.join(HERE, "regressions")
HOSTILE_SKIP_BIG = 200 * 1024


# ================================================================================================================
# Seeds
# ================================================================================================================


def collect_seeds(dirs: list[str], rng: random.Random, limit: int) -> list[str]:
    files = []
    for d in dirs:
        if os.path.basename(os.path.normpath(d)) in SEALED:
            print(f"skipping sealed pool {d}", file=sys.stderr)
            continue
        for base, _sub, names in os.walk(d):
            for n in sorted(names):
                p = os.path.join(base, n)
                if os.path.splitext(n)[1].lower() in EXTS and os.path.isfile(p) and not os.path.islink(p):
                    if os.path.basename(d.rstrip("/")) == "hostile" and os.path.getsize(p) >= HOSTILE_SKIP_BIG:
                        continue
                    files.append(p)
    files.sort()
    if len(files) > limit:
        files = sorted(rng.sample(files, limit))
    return files


# ================================================================================================================
# Operators: (rng, data, ctx) -> bytes | None (None: does not apply)
# ================================================================================================================
INTERESTING = [b"\x00", b"\xff", b"\x7f", b"\x80", b"(", b")", b"<", b">", b"[", b"]", b"/", b"%", b"\\", b"\n",
               b"-", b"9", b"e", b".", b"R", b"&", b"\"", b"'"]
NUMBERS = [b"0", b"-1", b"-2147483648", b"2147483647", b"4294967295", b"9223372036854775807",
           b"99999999999999999999", b"1e308", b"-0", b"65535", b"65536", b"NaN", b"3.4e38"]


def op_truncate(rng, data, ctx):
    if len(data) < 2:
        return None
    return data[:rng.randrange(1, len(data))]


def op_bitflip(rng, data, ctx):
    if not data:
        return None
    b = bytearray(data)
    for _ in range(rng.choice([1, 2, 4, 8, 32])):
        i = rng.randrange(len(b))
        b[i] ^= 1 << rng.randrange(8)
    return bytes(b)


def op_bytes(rng, data, ctx):
    if not data:
        return None
    b = bytearray(data)
    for _ in range(rng.randrange(1, 10)):
        i = rng.randrange(len(b))
        v = rng.choice(INTERESTING)
        b[i:i + len(v)] = v
    return bytes(b)


def op_splice(rng, data, ctx):
    other = ctx["other"]()
    if not data or not other:
        return None
    i, j = rng.randrange(len(data)), rng.randrange(len(other))
    return data[:i] + other[j:]


def op_insert_other(rng, data, ctx):
    other = ctx["other"]()
    if not other:
        return None
    j = rng.randrange(len(other))
    chunk = other[j:j + rng.randrange(1, 4096)]
    i = rng.randrange(len(data) + 1)
    return data[:i] + chunk + data[i:]


def op_dup_chunk(rng, data, ctx):
    if len(data) < 4:
        return None
    i = rng.randrange(len(data))
    chunk = data[i:i + rng.randrange(1, min(65536, len(data) - i) + 1)]
    j = rng.randrange(len(data) + 1)
    times = rng.choice([1, 2, 10, 100]) if len(chunk) < 1024 else 1
    out = data[:j] + chunk * times + data[j:]
    return out if len(out) < 20 << 20 else None


def op_delete_chunk(rng, data, ctx):
    if len(data) < 4:
        return None
    i = rng.randrange(len(data))
    return data[:i] + data[i + rng.randrange(1, min(65536, len(data) - i) + 1):]


def op_numbers(rng, data, ctx):
    """Replace a few ASCII numbers (in a PDF's dictionaries and xref, an XML's attributes) with absurd values."""
    spans = [m.span() for m in re.finditer(rb"(?<![0-9A-Za-z.])-?\d+(\.\d+)?(?![0-9A-Za-z])", data[:4 << 20])]
    if not spans:
        return None
    out = bytearray(data)
    for s, e in sorted(rng.sample(spans, min(len(spans), rng.randrange(1, 6))), reverse=True):
        out[s:e] = rng.choice(NUMBERS)
    return bytes(out)


def op_huge_key(rng, data, ctx):
    """A PDF key that sizes something set to a huge or negative value."""
    keys = [b"/Count", b"/Length", b"/Width", b"/Height", b"/Size", b"/N", b"/First", b"/BitsPerComponent",
            b"/Columns", b"/Rows", b"/Colors", b"/Predictor", b"/Prev", b"/W"]
    k = rng.choice(keys)
    hits = [m.span(1) for m in re.finditer(re.escape(k) + rb"\s+(-?\d+)", data)]
    if not hits:
        return None
    s, e = rng.choice(hits)
    return data[:s] + rng.choice(NUMBERS) + data[e:]


def op_deep_nesting(rng, data, ctx):
    """Nested arrays or dictionaries (PDF) or elements (XML) dropped at a random point."""
    n = rng.choice([1000, 10_000, 100_000])
    kind = rng.choice([(b"[", b"]"), (b"<<", b">>"), (b"<a>", b"</a>")])
    i = rng.randrange(len(data) + 1)
    return data[:i] + kind[0] * n + kind[1] * rng.choice([0, n]) + data[i:]


def _pdf_with(rng, data, fn):
    import pikepdf
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except Exception:
        return None
    try:
        fn(pdf)
        b = io.BytesIO()
        # never decode streams on the way out (a bomb would be inflated here)
        pdf.save(b, static_id=True, stream_decode_level=pikepdf.StreamDecodeLevel.none, compress_streams=False)
        return b.getvalue()
    except Exception:
        return None


_BOMB = None


def op_pdf_bomb(rng, data, ctx):
    """A page's content stream replaced by one that inflates to 1–4 GB ([/FlateDecode /FlateDecode])."""
    if not data.startswith(b"%PDF"):
        return None
    global _BOMB
    if _BOMB is None:
        _BOMB = hostile.double_flate(b" ", 4 << 30)

    def f(pdf):
        import pikepdf
        page = pdf.pages[rng.randrange(len(pdf.pages))]
        s = pikepdf.Stream(pdf, b" ")
        s.write(_BOMB, filter=pikepdf.Array([pikepdf.Name.FlateDecode, pikepdf.Name.FlateDecode]))
        old = page.obj.get("/Contents")
        page.obj.Contents = pikepdf.Array([old, s] if isinstance(old, pikepdf.Stream) else [s])
    return _pdf_with(rng, data, f)


def op_pdf_encrypt(rng, data, ctx):
    if not data.startswith(b"%PDF"):
        return None
    import pikepdf
    try:
        pdf = pikepdf.open(io.BytesIO(data))
        b = io.BytesIO()
        user = rng.choice(["", "xs2025"])
        pdf.save(b, encryption=pikepdf.Encryption(user=user, owner="o" + user, R=rng.choice([4, 6])), static_id=True)
        return b.getvalue()
    except Exception:
        return None


def op_pdf_javascript(rng, data, ctx):
    if not data.startswith(b"%PDF"):
        return None

    def f(pdf):
        import pikepdf
        js = pdf.make_indirect(pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("while(1){}")))
        pdf.Root.OpenAction = js
        pdf.pages[0].obj.AA = pikepdf.Dictionary(O=pikepdf.Dictionary(S=pikepdf.Name.Launch,
                                                                      F=pikepdf.String("/bin/sh")))
    return _pdf_with(rng, data, f)


def op_pdf_font(rng, data, ctx):
    if not data.startswith(b"%PDF"):
        return None

    def f(pdf):
        streams = list(hostile.font_streams(pdf))
        if not streams:
            raise ValueError("no embedded fonts")
        for s in streams:
            raw = bytearray(s.read_bytes())
            how = rng.choice(["garbage", "truncate", "flip"])
            if how == "garbage":
                raw = bytearray(rng.randbytes(len(raw)))
            elif how == "truncate":
                raw = raw[: rng.randrange(1, max(2, len(raw)))]
            else:
                for _ in range(64):
                    if raw:
                        raw[rng.randrange(len(raw))] = rng.randrange(256)
            s.write(bytes(raw))
    return _pdf_with(rng, data, f)


def op_pdf_mediabox(rng, data, ctx):
    if b"/MediaBox" not in data:
        return None
    box = rng.choice([b"[0 0 1e20 1e20]", b"[0 0 100000000000000000000 100000000000000000000]", b"[0 0 0 0]",
                      b"[0 0 -595 -842]", b"[0 0 nan inf]", b"[0 0 14400 14400]"])
    out, n = re.subn(rb"/MediaBox\s*\[[^\]]*\]", b"/MediaBox " + box, data, count=rng.choice([1, 0]))
    return out if n else None


def op_image_header(rng, data, ctx):
    """PNG IHDR or JPEG SOF or BMP/TIFF sizes set to tens of thousands of pixels (PNG CRC kept right)."""
    big = rng.choice([60000, 65535, 1 << 20, 0, 1])
    if data.startswith(b"\x89PNG") and len(data) > 33:
        ihdr = bytearray(data[12:29])
        ihdr[4:12] = struct.pack(">II", big, rng.choice([big, 1, 60000]))
        crc = struct.pack(">I", zlib.crc32(bytes(ihdr)) & 0xFFFFFFFF)
        return data[:12] + bytes(ihdr) + crc + data[33:]
    if data.startswith(b"\xff\xd8"):
        m = re.search(rb"\xff[\xc0\xc1\xc2]", data)
        if m and m.start() + 9 <= len(data):
            i = m.start()
            v = min(big, 65535)
            return data[:i + 5] + struct.pack(">HH", v, v) + data[i + 9:]
    if data.startswith(b"BM") and len(data) > 26:
        return data[:18] + struct.pack("<ii", big, -big) + data[26:]
    if data[:4] in (b"II*\x00", b"MM\x00*"):
        return data[:4] + struct.pack("<I" if data[:2] == b"II" else ">I", rng.choice([len(data) + 1000, 0xFFFFFFF0,
                                                                                        len(data) - 2])) + data[8:]
    return None


def _ofd_parts(data):
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        return {i.filename: zf.read(i) for i in zf.infolist()}
    except Exception:
        return None


def op_ofd_part(rng, data, ctx):
    """Unzip an OFD, mutate one XML part (bytes, numbers, nesting, entities, truncation), zip it again."""
    parts = _ofd_parts(data) if data.startswith(b"PK") else None
    if not parts:
        return None
    xml = [k for k in parts if k.lower().endswith(".xml")]
    if not xml:
        return None
    k = rng.choice(xml)
    v = parts[k]
    how = rng.choice(["bytes", "numbers", "nest", "laughs", "truncate", "drop", "rename"])
    if how == "bytes":
        v = op_bytes(rng, v, ctx) or v
    elif how == "numbers":
        v = op_numbers(rng, v, ctx) or v
    elif how == "nest":
        i = v.find(b"<", 40)
        n = rng.choice([300, 10_000, 200_000])
        v = v[:i] + b"<ofd:PageBlock>" * n + b"</ofd:PageBlock>" * n + v[i:] if i > 0 else v
    elif how == "laughs":
        i = v.find(b"?>")
        root = re.search(rb"<([A-Za-z:]+)[ >]", v[i + 2:] if i >= 0 else v)
        name = root.group(1).decode() if root else "ofd:OFD"
        dtd = hostile.laughs(name).split("\n", 1)[1].encode()
        body = v[i + 2:] if i >= 0 else v
        body = re.sub(rb">([^<]{1,40})<", lambda m: b">&lol9;<", body, count=1)
        v = b'<?xml version="1.0" encoding="UTF-8"?>\n' + dtd + body
    elif how == "truncate":
        v = v[:rng.randrange(len(v) + 1)]
    elif how == "drop":
        del parts[k]
        return hostile.zip_build([{"name": n, "data": d} for n, d in parts.items()])
    elif how == "rename":
        parts[rng.choice(["../" + k, "/" + k, k.upper(), k + "\0x", "sub/" + k])] = parts.pop(k)
        return hostile.zip_build([{"name": n, "data": d} for n, d in parts.items()])
    parts[k] = v
    return hostile.zip_build([{"name": n, "data": d} for n, d in parts.items()])


def op_ofd_bomb(rng, data, ctx):
    parts = _ofd_parts(data) if data.startswith(b"PK") else None
    if not parts:
        return None
    content = [k for k in parts if k.endswith("Content.xml")]
    if not content:
        return None
    k = rng.choice(content)
    size = rng.choice([80 << 20, 300 << 20])
    body, crc = hostile.deflate_repeat(parts[k][:200], b" ", size, raw=True)
    entries = [{"name": n, "data": d} for n, d in parts.items() if n != k]
    entries.append({"name": k, "body": body, "crc": crc, "usize": rng.choice([size, 4096])})
    return hostile.zip_build(entries)


OPS = {
    "truncate": (op_truncate, 10), "bitflip": (op_bitflip, 14), "bytes": (op_bytes, 10), "splice": (op_splice, 6),
    "insert-other": (op_insert_other, 4), "dup-chunk": (op_dup_chunk, 6), "delete-chunk": (op_delete_chunk, 5),
    "numbers": (op_numbers, 10), "huge-key": (op_huge_key, 6), "deep-nesting": (op_deep_nesting, 3),
    "pdf-bomb": (op_pdf_bomb, 2), "pdf-encrypt": (op_pdf_encrypt, 2), "pdf-javascript": (op_pdf_javascript, 2),
    "pdf-font": (op_pdf_font, 4), "pdf-mediabox": (op_pdf_mediabox, 3), "image-header": (op_image_header, 4),
    "ofd-part": (op_ofd_part, 10), "ofd-bomb": (op_ofd_bomb, 1),
}
# operators that rebuild a whole file: applied first, at most one of them
STRUCTURAL = {"pdf-bomb", "pdf-encrypt", "pdf-javascript", "pdf-font", "ofd-bomb"}


def mutate(rng: random.Random, data: bytes, ctx) -> tuple[bytes, list[str]]:
    names = list(OPS)
    weights = [OPS[n][1] for n in names]
    applied = []
    for step in range(rng.choice([1, 1, 2, 3])):
        for _try in range(8):
            n = rng.choices(names, weights)[0]
            if n in STRUCTURAL and (step > 0 or applied):
                continue
            out = OPS[n][0](rng, data, ctx)
            if out is not None and out != data:
                data = out
                applied.append(n)
                break
    if not applied:
        data, applied = op_bitflip(rng, data, ctx) or data + b"\0", ["bitflip"]
    return data, applied


def make_mutants(seeds: list[str], count: int, seed: int, work: str) -> list[dict]:
    os.makedirs(work, exist_ok=True)
    cache: dict[str, bytes] = {}

    def load(p):
        if p not in cache:
            with open(p, "rb") as fh:
                cache[p] = fh.read()
        return cache[p]

    out = []
    for i in range(count):
        rng = random.Random(f"mutate:{seed}:{i}")
        src = rng.choice(seeds)
        ctx = {"other": lambda: load(rng.choice(seeds))}
        data, ops = mutate(rng, load(src), ctx)
        ext = os.path.splitext(src)[1].lower()
        name = f"m{seed}-{i:05d}-{'+'.join(ops)}{ext}".encode()
        if rng.random() < 0.01:
            name = f"m{seed}-{i:05d}-".encode() + "学时证明".encode("gbk") + ext.encode()
        path = os.path.join(os.fsencode(work), name)
        with open(path, "wb") as fh:
            fh.write(data)
        out.append({"index": i, "path": path, "source": os.path.relpath(src, ROOT), "ops": ops, "bytes": len(data),
                    "sha256": hashlib.sha256(data).hexdigest(), "oddName": b"-" + "学时证明".encode("gbk") in name})
    return out


# ================================================================================================================
# Running batches
# ================================================================================================================


class Runner:
    def __init__(self, bin_path, per_file, batch_seconds, mem_mb, extra_args, deadline=None):
        self.bin, self.per_file, self.batch_seconds, self.mem_mb = bin_path, per_file, batch_seconds, mem_mb
        self.extra = extra_args
        self.runs = 0
        self.peak_mb = 0.0
        self.deadline = deadline          # time.monotonic() past which no bisection run starts
        self.cleared = 0                  # inputs seen to pass in a clean sub-batch while bisecting
        self.unresolved = 0               # inputs of failing sub-batches left unbisected (out of time)

    def out_of_time(self) -> bool:
        return self.deadline is not None and time.monotonic() > self.deadline

    def scan(self, items: list[dict], timeout: float | None = None):
        cmd = [self.bin, "scan", "--format", "jsonl"] + self.extra + [os.fsdecode(m["path"]) for m in items]
        r = harness.run(cmd, timeout=timeout or self.batch_seconds, mem_limit_mb=self.mem_mb)
        self.runs += 1
        self.peak_mb = max(self.peak_mb, r.peak_mb)
        reports, junk = harness.parse_jsonl(r.stdout)
        counts = match_reports(items, reports)
        return r, reports, junk, counts

    def bad_exit(self, r) -> str | None:
        if r.timed_out:
            return "batch killed: wall-clock bound"
        if r.over_memory:
            return "batch killed: memory bound"
        if r.signal:
            return f"died by signal {r.signal} ({signal.Signals(r.signal).name if r.signal < 65 else '?'})"
        if r.returncode not in (0, 1):
            return f"exit {r.returncode}"
        return None

    def isolate(self, items: list[dict], why: str, depth=0) -> list[tuple[dict, str, float]]:
        """Bisect `items` (a set that fails as a whole) to the single inputs that fail alone."""
        if self.out_of_time():
            self.unresolved += len(items)
            return []
        if len(items) == 1:
            r, reports, junk, counts = self.scan(items, timeout=max(self.per_file * 2, 30))
            bad = self.bad_exit(r)
            probs = []
            if bad:
                probs.append(bad)
            if counts[0] != 1:
                probs.append(f"{counts[0]} reports")
            if r.seconds > self.per_file:
                probs.append(f"{r.seconds:.0f}s > {self.per_file:.0f}s")
            if r.leftover:
                probs.append(f"left {len(r.leftover)} process(es): " + "; ".join(r.leftover)[:200])
            if probs:
                return [(items[0], "; ".join(probs), r.seconds)]
            self.cleared += 1
            return []
        half = len(items) // 2
        found = []
        for part in (items[:half], items[half:]):
            if self.out_of_time():
                self.unresolved += len(part)
                continue
            r, reports, junk, counts = self.scan(part, timeout=max(self.per_file * len(part), 60))
            fails = bool(self.bad_exit(r)) or any(c != 1 for c in counts) or bool(r.leftover)
            slow = r.seconds > self.per_file
            if fails or slow:
                found += self.isolate(part, why, depth + 1)
            else:
                self.cleared += len(part)
        return found


def match_reports(items: list[dict], reports: list[dict]) -> list[int]:
    """How many reports name each input: by `file` (as given, basename, escaped spellings), else by sha256."""
    key_to_idx: dict[str, int] = {}
    for i, m in enumerate(items):
        for k in harness.name_keys(m["path"]):
            key_to_idx.setdefault(k, i)
    sha_to_idx: dict[str, list[int]] = {}
    for i, m in enumerate(items):
        sha_to_idx.setdefault(m["sha256"], []).append(i)
    counts = [0] * len(items)
    for rep in reports:
        name = rep.get("file") or ""
        idx = None
        for k in harness.report_keys(name):
            if k in key_to_idx:
                idx = key_to_idx[k]
                break
        if idx is None:
            cands = sha_to_idx.get(rep.get("sha256", ""), [])
            idx = cands[0] if len(cands) == 1 else None
        if idx is not None:
            counts[idx] += 1
    return counts


def keep_regression(m: dict, why: str, out_dir: str) -> str | None:
    os.makedirs(out_dir, exist_ok=True)
    size = os.path.getsize(m["path"])
    ext = os.path.splitext(os.fsdecode(m["path"]))[1]
    name = f"{m['sha256'][:12]}{ext}"
    dest = os.path.join(out_dir, name)
    if size > 2 << 20:
        return None
    shutil.copyfile(m["path"], dest)
    return name


def update_readme(entries: list[dict]) -> None:
    """corpus/regressions/README.md lists every kept input; mutate/index.json is the machine-readable list."""
    idx_path = os.path.join(REGRESSIONS, "mutate", "index.json")
    old = []
    if os.path.exists(idx_path):
        with open(idx_path, encoding="utf-8") as fh:
            old = json.load(fh)
    known = {e["file"] for e in old}
    old += [e for e in entries if e["file"] not in known]
    with open(idx_path, "w", encoding="utf-8") as fh:
        json.dump(old, fh, ensure_ascii=False, indent=1)
    write_readme()


def write_readme() -> None:
    lines = ["# Regressions: inputs that broke xueshi",
             "",
             "Every file here is synthetic: a mutant of a synthetic corpus file (corpus/mutate.py), a hostile case",
             "(corpus/hostile.py) or a libFuzzer input (fuzz/run.sh). None is a real document.",
             "Each should, once fixed, give exactly one report, exit 0 or 1, within its time and memory bounds.",
             "Rerun one with `.build/release/xueshi scan --format jsonl corpus/regressions/<path>`.",
             ""]
    idx_path = os.path.join(REGRESSIONS, "mutate", "index.json")
    if os.path.exists(idx_path):
        with open(idx_path, encoding="utf-8") as fh:
            entries = json.load(fh)
        lines += ["## mutate/ (corpus/mutate.py)", "",
                  "| file | made from | operators | failure seen | found |", "| --- | --- | --- | --- | --- |"]
        for e in entries:
            lines.append(f"| `mutate/{e['file']}` | `{e['source']}` | {' + '.join(e['ops'])} | {e['why']} | "
                         f"{e['found']} (seed {e['seed']}, mutant {e['index']}) |")
        lines.append("")
    notes = os.path.join(REGRESSIONS, "NOTES.md")
    if os.path.exists(notes):
        with open(notes, encoding="utf-8") as fh:
            lines += [fh.read().rstrip(), ""]
    with open(os.path.join(REGRESSIONS, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(lines))


# ================================================================================================================
# The kill test
# ================================================================================================================


def _starttime(pid: int):
    try:
        with open(f"/proc/{pid}/stat") as fh:
            s = fh.read()
        return int(s[s.rfind(")") + 2:].split()[19])
    except (OSError, ValueError, IndexError):
        return None


def kill_test(bin_path: str, slow_file: str | None, after: float = 2.0, wait: float = 3.0) -> int:
    """Start `xueshi scan` on a slow scanned file, SIGKILL the parent after `after` s, then check after `wait` s that
    none of its descendants (workers, PP-OCR python processes) is still alive. Not a subreaper here: orphans go to
    init as they would under a shell or a service manager."""
    tmp = None
    if slow_file is None:
        tmp = tempfile.mkdtemp(prefix="xueshi-kill-")
        slow_file = os.path.join(tmp, "scan-12-pages.pdf")
        c = next(c for c in hostile.CASES if c["file"] == "scan-12-pages.pdf")
        with open(slow_file, "wb") as fh:
            fh.write(c["build"](random.Random("0:scan-12-pages")))
    print(f"kill test: {bin_path} scan {slow_file}; SIGKILL the parent after {after:.0f}s; look again {wait:.0f}s later")
    proc = subprocess.Popen([bin_path, "scan", "--format", "jsonl", slow_file], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, stdin=subprocess.DEVNULL, start_new_session=True)
    seen: dict[int, tuple] = {}
    t0 = time.monotonic()
    while time.monotonic() - t0 < after:
        for pid, st in harness.tree(proc.pid, proc.pid, adopted=False).items():
            if pid != proc.pid and pid not in seen:
                seen[pid] = (_starttime(pid), st[2], harness._cmdline(pid))
        time.sleep(0.1)
    alive_parent = proc.poll() is None
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    time.sleep(wait)
    survivors = []
    for pid, (start, comm, cmd) in seen.items():
        if start is not None and _starttime(pid) == start:
            survivors.append((pid, comm, cmd))
    in_session = [p for p in harness.tree(proc.pid, proc.pid, adopted=False) if p != proc.pid and p not in seen]
    print(f"  parent was {'still running' if alive_parent else 'already finished'} at {after:.0f}s; descendants seen "
          f"before the kill: {len(seen)}")
    for pid, (start, comm, cmd) in sorted(seen.items()):
        print(f"    {pid} {comm}: {cmd[:150]}")
    print(f"  alive {wait:.0f}s after the kill: {len(survivors) + len(in_session)}")
    for pid, comm, cmd in survivors:
        print(f"    {pid} {comm}: {cmd[:150]}")
    for pid in in_session:
        print(f"    {pid} (in the session, not seen before): {harness._cmdline(pid)[:150]}")
    # clean up what we started
    for pid, *_ in survivors:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    for pid in in_session:
        try:
            os.kill(pid, signal.SIGKILL)
        except OSError:
            pass
    if tmp:
        shutil.rmtree(tmp, ignore_errors=True)
    ok = not survivors and not in_session
    if not alive_parent:
        print("  note: the parent ended before the kill; the test saw nothing to orphan (use a slower file)")
    print(f"kill test: {'1 passed, 0 failed' if ok else '0 passed, 1 failed'}")
    return 0 if ok else 1


# ================================================================================================================
# Main
# ================================================================================================================


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter, epilog=__doc__)
    ap.add_argument("--seeds", nargs="+", help="folders or files to mutate (default: the corpus pools named above)")
    ap.add_argument("--max-seeds", type=int, default=80, help="sample this many seed files")
    ap.add_argument("--count", type=int, default=5000)
    ap.add_argument("--seed", type=int, default=0)
    # Small batches: a batch slower than --per-file-seconds is bisected (the stream does not say how long each file
    # took), so a batch of 200 at a second a file would be bisected every time.
    ap.add_argument("--batch", type=int, default=20)
    ap.add_argument("--xueshi", default=os.path.join(ROOT, ".build", "release", "xueshi"))
    ap.add_argument("--per-file-seconds", type=float, default=60.0)
    ap.add_argument("--batch-seconds", type=float, default=None,
                    help="wall-clock bound of one batch (default: max(600, 4 s a file))")
    ap.add_argument("--mem-mb", type=float, default=6000.0, help="bound on the RSS of a batch's whole process tree")
    ap.add_argument("--ocr", default=None, help="pass --ocr to xueshi (auto, ppocr, tesseract, off)")
    ap.add_argument("--max-seconds", type=float, default=None,
                    help="pass --max-seconds to xueshi: its own bound per file (default: xueshi's; 15 with --ci, so "
                         "the few mutants that run into the bound cost 15 s of a core each, not 45, beside the suite)")
    ap.add_argument("--work", help="folder for the mutants (default: a temporary folder, removed afterwards)")
    ap.add_argument("--keep", action="store_true", help="keep the mutants folder")
    ap.add_argument("--no-bisect", action="store_true")
    ap.add_argument("--no-regressions", action="store_true", help="do not copy failing inputs to corpus/regressions")
    ap.add_argument("--make-only", action="store_true")
    ap.add_argument("--ci", action="store_true", help="preset: 150 mutants, 2 batches of 75, bounded to ~3 minutes")
    ap.add_argument("--kill-test", action="store_true")
    ap.add_argument("--kill-file", help="the slow file for --kill-test (default: a 12-page noise scan)")
    ap.add_argument("--time-budget", type=float, default=None,
                    help="seconds for the whole run: past it, failing batches are reported without bisection")
    ap.add_argument("--results", help="write the results as JSON here")
    a = ap.parse_args(argv)

    if a.kill_test:
        if not os.access(a.xueshi, os.X_OK):
            print(f"no xueshi binary at {a.xueshi}", file=sys.stderr)
            return 2
        return kill_test(a.xueshi, a.kill_file)
    if a.ci:
        a.count, a.batch = 150, 75
        a.max_seeds = 40
        a.batch_seconds = a.batch_seconds or 100
        a.per_file_seconds = min(a.per_file_seconds, 60)
        a.time_budget = a.time_budget or 110
        a.max_seconds = a.max_seconds or 15
    batch_seconds = a.batch_seconds or max(600.0, 4.0 * a.batch)
    if not a.make_only and not os.access(a.xueshi, os.X_OK):
        print(f"no xueshi binary at {a.xueshi} (swift build -c release, or --xueshi)", file=sys.stderr)
        return 2

    rng = random.Random(f"seeds:{a.seed}")
    dirs = a.seeds or [os.path.join(HERE, p) for p in DEFAULT_POOLS]
    seeds = []
    for d in dirs:
        seeds += [d] if os.path.isfile(d) else collect_seeds([d], rng, 10 ** 9)
    seeds = sorted(set(seeds))
    if len(seeds) > a.max_seeds:
        seeds = sorted(rng.sample(seeds, a.max_seeds))
    if not seeds:
        print("no seed files", file=sys.stderr)
        return 2
    work = a.work or tempfile.mkdtemp(prefix="xueshi-mutants-")
    t0 = time.monotonic()
    mutants = make_mutants(seeds, a.count, a.seed, work)
    print(f"{len(mutants)} mutants of {len(seeds)} seeds in {work} ({time.monotonic() - t0:.1f}s)", flush=True)
    if a.make_only:
        return 0

    t_start = time.monotonic()
    deadline = t_start + a.time_budget if a.time_budget else None
    extra = (["--ocr", a.ocr] if a.ocr else []) + (["--max-seconds", str(a.max_seconds)] if a.max_seconds else [])
    runner = Runner(a.xueshi, a.per_file_seconds, batch_seconds, a.mem_mb, extra,
                    deadline)
    failures: list[dict] = []
    batches = []
    print(f"\n{'batch':>5} {'files':>5} {'rc':>7} {'seconds':>8} {'peak MB':>8} {'reports':>7} {'missing':>7} "
          f"{'extra':>5} {'left':>4}  notes", flush=True)
    # Mutants with a non-UTF-8 name go in batches of their own, after the others: today one such name on the
    # command line ends the whole batch with a usage error, which would hide what the contents do.
    plain = [m for m in mutants if not m["oddName"]]
    odd = [m for m in mutants if m["oddName"]]
    groups = [plain[i:i + a.batch] for i in range(0, len(plain), a.batch)] + \
        [odd[i:i + a.batch] for i in range(0, len(odd), a.batch)]
    passed_inputs = 0
    for bi, items in enumerate(groups):
        r, reports, junk, counts = runner.scan(items)
        bad = runner.bad_exit(r)
        missing = [m for m, c in zip(items, counts) if c == 0]
        dup = [m for m, c in zip(items, counts) if c > 1]
        unmatched = len(reports) - sum(counts)
        notes = []
        if bad:
            notes.append(bad)
        if missing:
            notes.append(f"{len(missing)} without a report")
        if dup:
            notes.append(f"{len(dup)} with several")
        if unmatched:
            notes.append(f"{unmatched} reports match no input")
        if junk:
            notes.append(f"{len(junk)} non-JSON lines")
        if r.leftover:
            notes.append("left: " + "; ".join(r.leftover)[:160])
        slow = r.seconds > a.per_file_seconds
        if slow:
            notes.append(f"batch slower than {a.per_file_seconds:.0f}s: bisecting for slow files")
        rc = "KILL(t)" if r.timed_out else "KILL(m)" if r.over_memory else f"sig{r.signal}" if r.signal else str(r.returncode)
        row = {"batch": bi, "files": len(items), "oddNames": bool(items and items[0]["oddName"]), "rc": rc, "seconds": round(r.seconds, 1),
               "peakMB": round(r.peak_mb, 1), "reports": len(reports), "missing": len(missing), "dup": len(dup),
               "unmatched": unmatched, "leftover": r.leftover, "notes": notes, "failures": []}
        print(f"{row['batch']:>5} {len(items):>5} {rc:>7} {r.seconds:8.1f} {r.peak_mb:8.0f} {len(reports):>7} "
              f"{len(missing):>7} {unmatched:>5} {len(r.leftover):>4}  {'; '.join(notes)}", flush=True)
        broken = bool(bad or missing or dup or r.leftover)
        if not broken and not slow:
            passed_inputs += len(items)
        if (broken or slow) and not a.no_bisect:
            before = (runner.cleared, runner.unresolved)
            found = runner.isolate(items, "; ".join(notes))
            for m, why, secs in found:
                f = {"index": m["index"], "source": m["source"], "ops": m["ops"], "why": why,
                     "seconds": round(secs, 1), "path": os.fsdecode(m["path"]), "sha256": m["sha256"]}
                failures.append(f)
                row["failures"].append(f)
                print(f"      ↳ {os.path.basename(os.fsdecode(m['path']))} ({m['source']}): {why}", flush=True)
            unresolved = runner.unresolved - before[1]
            if unresolved:
                print(f"      ↳ {unresolved} input(s) left unbisected: out of time (--time-budget)", flush=True)
            if broken and not found:
                # fails only together (resource contention, an interaction), or bisection ran out of time
                failures.append({"index": None, "source": None, "ops": [], "why": "batch: " + "; ".join(notes)
                                 + ("; not bisected: out of time" if unresolved else "; no input fails alone"),
                                 "seconds": r.seconds, "path": None, "sha256": None})
                print("      ↳ " + ("bisection ran out of time" if unresolved else "no input fails alone: the batch "
                                    "as a whole"), flush=True)
        elif broken:
            failures.append({"index": None, "source": None, "ops": [], "why": "batch: " + "; ".join(notes),
                             "seconds": r.seconds, "path": None, "sha256": None})
        batches.append(row)

    kept = []
    if failures and not a.no_regressions:
        for f in failures:
            if not f["path"]:
                continue
            m = next(m for m in mutants if m["index"] == f["index"])
            name = keep_regression(m, f["why"], os.path.join(REGRESSIONS, "mutate"))
            if name:
                kept.append({"file": name, "source": f["source"], "ops": f["ops"], "why": f["why"],
                             "seed": a.seed, "index": f["index"], "found": dt.date.today().isoformat()})
        if kept:
            update_readme(kept)
    total_s = sum(b["seconds"] for b in batches)
    per_op: dict[str, int] = {}
    for f in failures:
        for o in f["ops"]:
            per_op[o] = per_op.get(o, 0) + 1
    print(f"\nsummary: {len(mutants)} mutants in {len(batches)} batches, {total_s:.0f}s of batches, "
          f"{runner.runs} xueshi runs (with bisection), peak RSS of a process tree {runner.peak_mb:.0f} MB")
    print(f"  failures: {len(failures)}" + (f" (by operator: {per_op})" if per_op else ""))
    for f in failures:
        print(f"   - {os.path.basename(f['path']) if f['path'] else '(batch)'}: {f['why']}")
    if kept:
        print(f"  kept {len(kept)} failing input(s) under corpus/regressions/mutate/ (see corpus/regressions/README.md)")
    if a.results:
        with open(a.results, "w", encoding="utf-8") as fh:
            json.dump({"batches": batches, "failures": failures, "peakMB": runner.peak_mb,
                       "mutants": [{k: (os.fsdecode(v) if k == "path" else v) for k, v in m.items()}
                                   for m in mutants]}, fh, ensure_ascii=True, indent=1)
    if not a.work and not a.keep:
        shutil.rmtree(work, ignore_errors=True)
    n_fail = len(failures)
    passed_inputs += runner.cleared
    print(f"  inputs seen to pass: {passed_inputs} of {len(mutants)} (the rest are failing, or in failing batches not "
          f"bisected to the end: {runner.unresolved})")
    print(f"  wall clock: {time.monotonic() - t_start:.0f}s")
    print(f"mutate: {passed_inputs} passed, {n_fail} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
