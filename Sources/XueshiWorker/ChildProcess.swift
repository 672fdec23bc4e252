import CProcess
import Foundation

/// A child process in its own process group, talking over two pipes that sit at fds 3 (its input) and 4 (its
/// output); its stdout goes to our stderr, so a library that prints cannot corrupt the protocol. Killing it kills
/// its group, so nothing it started outlives it.
final class ChildProcess: @unchecked Sendable {
    let pid: pid_t
    /// We write its input here, and read its output there.
    let input: Int32
    let output: Int32
    private var reaped = false
    private(set) var status: Int32 = 0

    init(executable: String, arguments: [String], environment: [String: String]) throws {
        var toChild: [Int32] = [0, 0], fromChild: [Int32] = [0, 0]
        guard xueshi_pipe_cloexec(&toChild) == 0 else { throw WorkerError.spawn("pipe: \(String(cString: strerror(errno)))") }
        guard xueshi_pipe_cloexec(&fromChild) == 0 else {
            close(toChild[0]); close(toChild[1])
            throw WorkerError.spawn("pipe: \(String(cString: strerror(errno)))")
        }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        // dup2 clears close-on-exec on the copy: only these two pipe ends (and 0–2) reach the child.
        posix_spawn_file_actions_adddup2(&actions, toChild[0], 3)
        posix_spawn_file_actions_adddup2(&actions, fromChild[1], 4)
        posix_spawn_file_actions_adddup2(&actions, 2, 1)
        var attrs = posix_spawnattr_t()
        posix_spawnattr_init(&attrs)
        defer { posix_spawnattr_destroy(&attrs) }
        // Its own process group, so the whole group is killed on a timeout. SIGPIPE, SIGINT and SIGTERM start
        // at their defaults (the supervisor ignores SIGPIPE; the worker sets its own), with no signal blocked.
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for s in [SIGPIPE, SIGINT, SIGTERM] { sigaddset(&defaults, s) }
        posix_spawnattr_setsigdefault(&attrs, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attrs, &none)
        posix_spawnattr_setpgroup(&attrs, 0)
        posix_spawnattr_setflags(&attrs, Int16(POSIX_SPAWN_SETPGROUP | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let argv = ([executable] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }
        var child: pid_t = 0
        let rc = posix_spawn(&child, executable, &actions, &attrs, argv, envp)
        close(toChild[0]); close(fromChild[1])
        guard rc == 0 else {
            close(toChild[1]); close(fromChild[0])
            throw WorkerError.spawn("\(executable): \(String(cString: strerror(rc)))")
        }
        pid = child
        input = toChild[1]
        output = fromChild[0]
    }

    deinit {
        kill()
        close(input)
        close(output)
    }

    /// Resident memory now, in bytes (0 once it is gone).
    var residentBytes: Int {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/statm", encoding: .utf8),
              let pages = s.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Kills the whole group and reaps the child.
    func kill() {
        guard !reaped else { return }
        Glibc.kill(-pid, SIGKILL)
        Glibc.kill(pid, SIGKILL)
        wait()
    }

    /// Waits for the child to end and keeps its status.
    func wait() {
        guard !reaped else { return }
        var st: Int32 = 0
        while waitpid(pid, &st, 0) < 0 && errno == EINTR {}
        status = st
        reaped = true
        // Anything it left in its group goes too.
        Glibc.kill(-pid, SIGKILL)
    }

    /// Whether it has ended (reaping it if so), without blocking.
    var hasEnded: Bool {
        if reaped { return true }
        var st: Int32 = 0
        let r = waitpid(pid, &st, WNOHANG)
        if r == pid { status = st; reaped = true; Glibc.kill(-pid, SIGKILL); return true }
        return r < 0
    }

    /// How it ended, for a report: "信号 SIGSEGV" or "退出码 3".
    var ending: String {
        let sig = status & 0x7f
        if sig != 0 {
            let name = ChildProcess.signalNames[sig] ?? "\(sig)"
            return "信号 \(name)"
        }
        return "退出码 \((status >> 8) & 0xff)"
    }

    static let signalNames: [Int32: String] = [
        SIGSEGV: "SIGSEGV", SIGBUS: "SIGBUS", SIGILL: "SIGILL", SIGABRT: "SIGABRT", SIGFPE: "SIGFPE",
        SIGKILL: "SIGKILL", SIGTERM: "SIGTERM", SIGTRAP: "SIGTRAP", SIGXCPU: "SIGXCPU",
    ]
}
