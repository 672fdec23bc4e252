import Foundation
import XueshiCheck
import XueshiCore
import XueshiRead

extension Pipeline {
    /// One worker per core; XUESHI_WORKERS overrides (1 makes a batch sequential, for debugging).
    public static var defaultWorkers: Int {
        if let w = ProcessInfo.processInfo.environment["XUESHI_WORKERS"].flatMap(Int.init), w > 0 { return w }
        return ProcessInfo.processInfo.activeProcessorCount
    }

    /// Scans files on every core, keeping the order of `paths`. One file's failure never stops the others.
    public func scan(files paths: [String], workers: Int = Pipeline.defaultWorkers,
                     each: ((Int, ScanResult) -> Void)? = nil) -> [ScanResult] {
        let results = ResultBox(count: paths.count)
        // Each worker takes the next file when it is free: a scan that needs OCR takes seconds where a
        // born-digital file takes milliseconds, so a fixed share per worker would leave a core idle.
        let queue = NextIndex()
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, paths.count))) { _ in
            while let i = queue.next(below: paths.count) {
                results.set(i, self.scan(file: paths[i]))
            }
        }
        let all = markDuplicates(results.values())
        if let each { for (i, r) in all.enumerated() { each(i, r) } }
        return all
    }
}

extension Pipeline {
    /// The batch-level pass: the same bytes, the same text or the same certificate number on several documents of
    /// the batch. Flags are appended to each report (order kept) and the confidence model re-applied with them.
    public func markDuplicates(_ results: [ScanResult]) -> [ScanResult] {
        guard results.count > 1 else { return results }
        var out = results
        for (i, flags) in Duplicates.flags(results.map { Pipeline.duplicateItem($0) }).enumerated() where !flags.isEmpty {
            out[i].report = adding(flags, to: out[i].report, evidence: out[i].evidence)
        }
        return out
    }

    /// What the duplicate checks compare of a scanned document; `digest` shortens its text to a key (a streamed
    /// batch keeps only keys).
    public static func duplicateItem(_ r: ScanResult, digest: ((String) -> String)? = nil) -> Duplicates.Item {
        Duplicates.Item(file: r.report.file, sha256: r.report.sha256,
                        text: r.report.error == nil ? r.view?.string : nil,
                        certificateNumber: r.report.fields["certificateNumber"]?.value.string,
                        holder: r.report.fields["holder"]?.value.string,
                        isEvidence: r.report.error == nil && !r.report.flags.contains { $0.code == "not-evidence" },
                        digest: digest)
    }

    /// The same item with the text digested by SHA-256 (for items that cross a process or live as long as a batch).
    public static func duplicateKey(_ r: ScanResult) -> Duplicates.Item {
        duplicateItem(r) { sha256Hex(Data($0.utf8)) }
    }

    /// A report with batch flags added and its confidence re-applied with them.
    public func adding(_ flags: [Flag], to report: Report, evidence: ReportEvidence?) -> Report {
        guard !flags.isEmpty else { return report }
        var r = report
        r.flags += flags
        if let e = evidence {
            r.confidence = confidence.reportConfidence(e, flags: r.flags, fields: r.fields)
        }
        return r
    }
}

final class ResultBox: @unchecked Sendable {
    private var items: [ScanResult?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: ScanResult) { lock.lock(); items[i] = r; lock.unlock() }
    func values() -> [ScanResult] { lock.lock(); defer { lock.unlock() }; return items.map { $0! } }
}

/// A shared counter handing out indexes once each.
final class NextIndex: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func next(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        defer { value += 1 }
        return value
    }
}
