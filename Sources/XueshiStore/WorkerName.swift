import Foundation

/// A backfill worker's name in the queue: "host/pid/started", so a worker on the same machine can tell that the
/// holder of a claim is dead (its pid is gone) and take the claim back at once, without waiting out the lease.
public struct WorkerName: Sendable, Hashable, CustomStringConvertible {
    public var host: String
    public var pid: Int32
    public var started: Int

    public init(host: String = ProcessInfo.processInfo.hostName, pid: Int32 = getpid(), started: Int = Int(Date().timeIntervalSince1970)) {
        self.host = host; self.pid = pid; self.started = started
    }

    public init?(_ text: String) {
        let parts = text.split(separator: "/").map(String.init)
        guard parts.count == 3, let pid = Int32(parts[1]), let started = Int(parts[2]) else { return nil }
        host = parts[0]; self.pid = pid; self.started = started
    }

    public var description: String { "\(host)/\(pid)/\(started)" }

    /// True when `name` is a worker of this host whose process no longer runs (or is another process that took
    /// its pid after it, which started later than the worker's name says).
    public static func isDeadHere(_ name: String) -> Bool {
        guard let w = WorkerName(name), w.host == ProcessInfo.processInfo.hostName, w.pid != getpid() else { return false }
        if kill(w.pid, 0) != 0 && errno == ESRCH { return true }
        // The pid is alive: it is the worker only if that process started no later than the name says.
        guard let started = processStart(w.pid) else { return false }
        return started > w.started + 1
    }

    /// A process's start, in seconds since 1970, from /proc.
    static func processStart(_ pid: Int32) -> Int? {
        guard let stat = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8),
              let close = stat.lastIndex(of: ")") else { return nil }
        let fields = stat[stat.index(after: close)...].split(separator: " ")
        // Field 22 (starttime, in clock ticks since boot) is the 20th after the name.
        guard fields.count > 19, let ticks = Double(fields[19]),
              let uptime = try? String(contentsOfFile: "/proc/uptime", encoding: .utf8).split(separator: " ").first.flatMap({ Double($0) })
        else { return nil }
        let hz = Double(sysconf(Int32(_SC_CLK_TCK)))
        let boot = Date().timeIntervalSince1970 - uptime
        return Int(boot + ticks / hz)
    }
}
