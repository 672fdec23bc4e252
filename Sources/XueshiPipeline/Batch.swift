import Foundation
import XueshiCheck

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
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, paths.count))) { worker in
            var i = worker
            while i < paths.count {
                let r = self.scan(file: paths[i])
                results.set(i, r)
                i += max(1, min(workers, paths.count))
            }
        }
        let all = Pipeline.markDuplicates(results.values())
        if let each { for (i, r) in all.enumerated() { each(i, r) } }
        return all
    }
}

extension Pipeline {
    /// The batch-level pass: the same bytes, the same text or the same certificate number on several documents of
    /// the batch. Flags are appended to each report (order kept) and each warning lowers its confidence.
    public static func markDuplicates(_ results: [ScanResult]) -> [ScanResult] {
        guard results.count > 1 else { return results }
        let items = results.map { r in
            Duplicates.Item(file: r.report.file, sha256: r.report.sha256,
                            text: r.report.error == nil ? r.view?.string : nil,
                            certificateNumber: r.report.fields["certificateNumber"]?.value.string,
                            holder: r.report.fields["holder"]?.value.string,
                            isEvidence: r.report.error == nil && !r.report.flags.contains { $0.code == "not-evidence" })
        }
        var out = results
        for (i, flags) in Duplicates.flags(items).enumerated() where !flags.isEmpty {
            out[i].report.flags += flags
            var c = out[i].report.confidence
            for f in flags {
                if f.severity == .warning { c *= 0.8 } else if f.severity == .critical { c *= 0.5 }
            }
            out[i].report.confidence = round3(c)
        }
        return out
    }
}

final class ResultBox: @unchecked Sendable {
    private var items: [ScanResult?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: ScanResult) { lock.lock(); items[i] = r; lock.unlock() }
    func values() -> [ScanResult] { lock.lock(); defer { lock.unlock() }; return items.map { $0! } }
}
