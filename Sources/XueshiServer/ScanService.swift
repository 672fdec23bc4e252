import Foundation
import XueshiCore
import XueshiPipeline
import XueshiWorker

/// Reads uploads through a batch scanner whose batch never ends: the isolated workers, and the OCR processes they
/// share, stay up between requests, so a scan does not pay for starting them. Each upload is one job; the request
/// awaits its outcome without holding a thread of Swift's cooperative pool.
public final class ScanService: @unchecked Sendable {
    let scanner: any BatchScanner
    let scratch: String
    let condition = NSCondition()
    var pending: [(Int, BatchInput)] = []
    var waiting: [Int: CheckedContinuation<WorkerOutcome, Never>] = [:]
    var nextId = 0
    var stopped = false
    let finished = DispatchSemaphore(value: 0)

    public init(scanner: any BatchScanner) {
        self.scanner = scanner
        scratch = NSTemporaryDirectory() + "xueshi-serve-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        try? FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        let thread = Thread { [self] in
            scanner.run(next: { self.take() }, each: { id, outcome in self.finish(id, outcome) })
            finished.signal()
        }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// Blocks a scanner thread until there is a job (or the service stops).
    func take() -> (Int, BatchInput)? {
        condition.lock()
        defer { condition.unlock() }
        while pending.isEmpty && !stopped { condition.wait() }
        return pending.isEmpty ? nil : pending.removeFirst()
    }

    func finish(_ id: Int, _ outcome: WorkerOutcome) {
        condition.lock()
        let c = waiting.removeValue(forKey: id)
        condition.unlock()
        c?.resume(returning: outcome)
    }

    func newId() -> Int {
        condition.lock()
        defer { condition.unlock() }
        nextId += 1
        return nextId
    }

    /// Reads one upload; the report names it `name`. Never throws: a file the reader cannot read, or that kills
    /// its worker, comes back as a report with an error.
    public func scan(_ bytes: Data, name: String) async -> WorkerOutcome {
        let id = newId()
        // The scratch name keeps only a short, plain extension: the upload's own name is never a path here.
        let ext = (name as NSString).pathExtension.lowercased()
        let safeExt = ext.count <= 5 && ext.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber) }) && !ext.isEmpty ? "." + ext : ""
        let path = scratch + "/\(id)\(safeExt)"
        let input: BatchInput
        if FileManager.default.createFile(atPath: path, contents: bytes) {
            input = BatchInput(path: InputPath(path))
        } else {
            input = BatchInput(path: InputPath(path), error: .unreadable("无法写入临时文件"))
        }
        var outcome = await withCheckedContinuation { (c: CheckedContinuation<WorkerOutcome, Never>) in
            condition.lock()
            if stopped {
                condition.unlock()
                c.resume(returning: .failure(id: id, input: input, error: .unreadable("服务正在停止")))
                return
            }
            waiting[id] = c
            pending.append((id, input))
            condition.signal()
            condition.unlock()
        }
        try? FileManager.default.removeItem(atPath: path)
        outcome.report.file = name
        outcome.duplicates.file = name
        return outcome
    }

    /// Ends the batch: the workers finish what they hold and exit.
    public func stop() {
        condition.lock()
        if stopped { condition.unlock(); return }
        stopped = true
        condition.broadcast()
        condition.unlock()
        finished.wait()
        scanner.shutdown()
        try? FileManager.default.removeItem(atPath: scratch)
    }
}
