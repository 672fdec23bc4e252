import XueshiCheck
import XueshiCore
import XueshiPipeline

/// A batch as its reports come: each gets the batch's duplicate flags against the documents reported before it
/// and goes straight to `each`, so nothing waits for the slowest file and nothing is held but a few keys a file.
public enum StreamingBatch {
    /// `began` hears of each input as a worker takes it (a progress line names the file being read).
    public static func run(_ scanner: any BatchScanner, inputs: [BatchInput], pipeline: Pipeline,
                           began: (@Sendable (Int) -> Void)? = nil,
                           each: @escaping @Sendable (Int, Report) -> Void) {
        guard !inputs.isEmpty else { return }
        let tracker = DuplicateTracker()
        let queue = JobQueue(count: inputs.count)
        // `next` and `each` of a scanner each run on one thread at a time, so the tracker needs no lock of its own.
        scanner.run(next: {
            guard let i = queue.next() else { return nil }
            began?(i)
            return (i, inputs[i])
        }) { i, outcome in
            var item = outcome.duplicates
            item.file = outcome.report.file
            let flags = tracker.add(item)
            each(i, pipeline.adding(flags, to: outcome.report, evidence: outcome.evidence))
        }
    }
}
