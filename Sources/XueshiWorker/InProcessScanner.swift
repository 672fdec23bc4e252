import Dispatch
import Foundation
import XueshiPipeline
import XueshiRead

/// Every file read in this process (`--isolation none`): for debugging and for measuring what isolation costs.
/// No time or memory limit holds here, and a crash ends the batch.
public struct InProcessScanner: BatchScanner {
    public let pipeline: Pipeline
    public let workers: Int
    /// Where what the C libraries said about each file goes. In this process only their hooks are heard
    /// (leptonica, poppler): what a decoder writes straight to stderr (libjpeg, libpng) still reaches it.
    public let messageLog: LibraryMessageLog

    public init(pipeline: Pipeline, workers: Int = Pipeline.defaultWorkers, messageLog: LibraryMessageLog = .init()) {
        self.pipeline = pipeline; self.workers = workers; self.messageLog = messageLog
        LibraryHooks.install()
    }

    public func run(next: @escaping @Sendable () -> (Int, BatchInput)?, each: @escaping @Sendable (Int, WorkerOutcome) -> Void) {
        let lock = NSLock()
        let take = NSLock()
        let pipeline = self.pipeline
        let log = messageLog
        DispatchQueue.concurrentPerform(iterations: max(1, workers)) { _ in
            while let (i, input) = { take.lock(); defer { take.unlock() }; return next() }() {
                let outcome = WorkerService.scan(WorkerJob(id: i, input: input), pipeline: pipeline)
                lock.lock(); log.write(outcome); each(i, outcome); lock.unlock()
            }
        }
    }
}
