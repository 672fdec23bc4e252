import Foundation

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
        let all = results.values()
        if let each { for (i, r) in all.enumerated() { each(i, r) } }
        return all
    }
}

final class ResultBox: @unchecked Sendable {
    private var items: [ScanResult?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: ScanResult) { lock.lock(); items[i] = r; lock.unlock() }
    func values() -> [ScanResult] { lock.lock(); defer { lock.unlock() }; return items.map { $0! } }
}
