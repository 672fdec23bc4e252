import Foundation

/// What a running backfill tells the person watching: on a terminal a bar redrawn in place, with rate and time
/// left; otherwise (a log, CI) a plain line every few seconds. Always on standard error.
public final class BackfillProgress: @unchecked Sendable {
    public let total: Int
    let terminal: Bool
    let started = Date()
    var done = 0
    var failed = 0
    var lastLine = Date.distantPast
    let lock = NSLock()
    let write: @Sendable (String) -> Void

    public init(total: Int, terminal: Bool = isatty(2) != 0,
                write: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.total = total; self.terminal = terminal; self.write = write
    }

    /// One more document done (read, or failed with an error in its report).
    public func tick(failed isFailure: Bool = false) {
        lock.lock(); defer { lock.unlock() }
        done += 1
        if isFailure { failed += 1 }
        let now = Date()
        let every = terminal ? 0.2 : 10
        guard now.timeIntervalSince(lastLine) >= every || done == total else { return }
        lastLine = now
        write(render(now: now))
    }

    public func finish() {
        lock.lock(); defer { lock.unlock() }
        // A plain log already has its last line when the final tick printed it.
        if !terminal && done == total && total > 0 { return }
        write(render(now: Date()) + (terminal ? "\n" : ""))
    }

    func render(now: Date) -> String {
        let seconds = max(0.001, now.timeIntervalSince(started))
        let rate = Double(done) / seconds
        let left = rate > 0 ? Double(max(0, total - done)) / rate : nil
        let pct = total > 0 ? Double(done) / Double(total) : 1
        let status = "\(done)/\(total) \(String(format: "%.1f", rate)) 份/秒 已用 \(BackfillProgress.clock(seconds))"
            + (left.map { " 剩余 \(BackfillProgress.clock($0))" } ?? "") + (failed > 0 ? " 读取出错 \(failed)" : "")
        if terminal {
            let width = 30
            let filled = min(width, Int(pct * Double(width)))
            return "\r\u{1B}[2K[" + String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled) + "] "
                + String(format: "%3.0f%% ", pct * 100) + status
        }
        return "进度 " + String(format: "%.0f%% ", pct * 100) + status + "\n"
    }

    static func clock(_ s: Double) -> String {
        let t = Int(s.rounded())
        return t >= 3600 ? String(format: "%d:%02d:%02d", t / 3600, t / 60 % 60, t % 60) : String(format: "%d:%02d", t / 60, t % 60)
    }
}
