import Dispatch
import Foundation
import XueshiPipeline

/// Every file read in this process (`--isolation none`): for debugging and for measuring what isolation costs.
/// No time or memory limit holds here, and a crash ends the batch.
public struct InProcessScanner: BatchScanner {
    public let pipeline: Pipeline
    public let workers: Int

    public init(pipeline: Pipeline, workers: Int = Pipeline.defaultWorkers) {
        self.pipeline = pipeline; self.workers = workers
    }

    public func scan(_ inputs: [BatchInput], each: @escaping @Sendable (Int, WorkerOutcome) -> Void) {
        let queue = JobQueue(count: inputs.count)
        let lock = NSLock()
        let pipeline = self.pipeline
        DispatchQueue.concurrentPerform(iterations: max(1, min(workers, inputs.count))) { _ in
            while let i = queue.next() {
                let outcome = WorkerService.scan(WorkerJob(id: i, input: inputs[i]), pipeline: pipeline)
                lock.lock(); each(i, outcome); lock.unlock()
            }
        }
    }
}

/// Hands out each index once, to whichever thread is free.
final class JobQueue: @unchecked Sendable {
    private var value = 0
    private let count: Int
    private let lock = NSLock()
    init(count: Int) { self.count = count }
    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < count else { return nil }
        defer { value += 1 }
        return value
    }
}
