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

    public func run(next: @escaping @Sendable () -> (Int, BatchInput)?, each: @escaping @Sendable (Int, WorkerOutcome) -> Void) {
        let lock = NSLock()
        let take = NSLock()
        let pipeline = self.pipeline
        DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in
            while let (i, input) = { take.lock(); defer { take.unlock() }; return next() }() {
                let outcome = WorkerService.scan(WorkerJob(id: i, input: input), pipeline: pipeline)
                lock.lock(); each(i, outcome); lock.unlock()
            }
        }
    }
}
