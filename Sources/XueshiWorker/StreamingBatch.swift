import XueshiCheck
import XueshiCore
import XueshiPipeline

/// A batch as its reports come: each gets the batch's duplicate flags against the documents reported before it
/// and goes straight to `each`, so nothing waits for the slowest file and nothing is held but a few keys a file.
public enum StreamingBatch {
    public static func run(_ scanner: any BatchScanner, inputs: [BatchInput], pipeline: Pipeline,
                           each: @escaping @Sendable (Int, Report) -> Void) {
        let tracker = DuplicateTracker()
        // `each` of a scanner runs on one thread at a time, so the tracker needs no lock of its own.
        scanner.scan(inputs) { i, outcome in
            var item = outcome.duplicates
            item.file = outcome.report.file
            let flags = tracker.add(item)
            each(i, pipeline.adding(flags, to: outcome.report, evidence: outcome.evidence))
        }
    }
}
