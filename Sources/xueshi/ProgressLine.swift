import Foundation

/// A long run's progress on one line of stderr, redrawn in place: done / total, the rate, the time left and the
/// file being read. The shell shows it only on a terminal; it never goes to stdout, so piped reports stay clean.
final class ProgressLine: @unchecked Sendable {
    private let total: Int
    private let names: [String]
    private let write: (String) -> Void
    private let started = Date()
    private let lock = NSLock()
    private var done = 0
    private var reading: [Int: Date] = [:]
    private var drawn = Date.distantPast
    private let interval: TimeInterval
    private let columns: Int?

    /// `names[i]` is how input `i` is shown; `interval` limits how often the line is redrawn.
    /// `columns`, the terminal's width: a longer line would wrap and each redraw would leave a line behind.
    init(names: [String], columns: Int? = nil, interval: TimeInterval = 0.1,
         write: @escaping (String) -> Void = ProgressLine.standardError) {
        total = names.count; self.names = names; self.columns = columns; self.interval = interval; self.write = write
    }

    static func standardError(_ s: String) { FileHandle.standardError.write(Data(s.utf8)) }

    func began(_ i: Int) { lock.withLock { reading[i] = Date(); draw(force: done == 0) } }

    func finished(_ i: Int) { lock.withLock { reading[i] = nil; done += 1; draw(force: done == total) } }

    /// Clears the line, so what follows on the terminal starts clean.
    func end() { lock.withLock { write("\r\u{1B}[K") } }

    /// The line's text, e.g. `已读 12/40（30%）· 0.4 份/秒 · 约剩 1分10秒 · 正在读 张三/证书.jpg`.
    func text(now: Date = Date()) -> String {
        let elapsed = now.timeIntervalSince(started)
        var parts = ["已读 \(done)/\(total)（\(total == 0 ? 100 : done * 100 / total)%）"]
        if done > 0, elapsed > 0 {
            let rate = Double(done) / elapsed
            parts.append(rate >= 1 ? String(format: "%.1f 份/秒", rate) : String(format: "%.1f 秒/份", 1 / rate))
            if done < total { parts.append("约剩 " + ProgressLine.duration(Double(total - done) / rate)) }
        }
        // The file read longest: the one a reviewer waits on.
        if let oldest = reading.min(by: { $0.value < $1.value })?.key {
            parts.append("正在读 " + ShownText.escaped(names[oldest]))
        }
        return parts.joined(separator: " · ")
    }

    private func draw(force: Bool) {
        let now = Date()
        guard force || now.timeIntervalSince(drawn) >= interval else { return }
        drawn = now
        var line = text(now: now)
        if let limit = columns.map({ $0 - 1 }), TextTable.width(line) > limit {
            while TextTable.width(line) > limit - 1, !line.isEmpty { line.removeLast() }
            line += "…"
        }
        write("\r\u{1B}[K" + line)
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded())
        if s < 60 { return "\(s)秒" }
        if s < 3600 { return "\(s / 60)分\(s % 60)秒" }
        return "\(s / 3600)小时\(s % 3600 / 60)分"
    }
}
