import Foundation
import XueshiOCR

/// Where a batch puts what the C libraries said about each file (`WorkerOutcome.messages`): on stderr, each line
/// after the file's name, only when asked (`--verbose`); appended to a debug log file when one is named
/// (`--debug-log`); else nowhere. A value the shell builds and hands to the scanner.
public struct LibraryMessageLog: Sendable {
    public var verbose: Bool
    public var debugLog: String?

    public init(verbose: Bool = false, debugLog: String? = nil) {
        self.verbose = verbose; self.debugLog = debugLog
    }

    /// Whether anything is written at all.
    public var isSilent: Bool { !verbose && debugLog == nil }

    /// The lines as written: `file: source: text`, and a count of the lines not kept.
    static func lines(_ outcome: WorkerOutcome) -> [String] {
        guard let messages = outcome.messages, !messages.isEmpty else { return [] }
        let file = outcome.report.file
        var out = messages.map { "\(file): \($0.source): \($0.text)" }
        if let n = outcome.droppedMessages, n > 0 { out.append("\(file): 另有 \(n) 条未记录 (\(n) more lines not kept)") }
        return out
    }

    /// Called once a file, by one thread at a time (the scanners call it under their lock).
    public func write(_ outcome: WorkerOutcome) {
        guard !isSilent else { return }
        let lines = Self.lines(outcome)
        guard !lines.isEmpty else { return }
        let text = Data((lines.joined(separator: "\n") + "\n").utf8)
        if verbose { FileHandle.standardError.write(text) }
        if let path = debugLog {
            let fd = open(path, O_WRONLY | O_CREAT | O_APPEND | O_CLOEXEC, 0o644)
            guard fd >= 0 else { return }
            defer { close(fd) }
            _ = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
        }
    }
}
