import XueshiCore
import XueshiOCR
import XueshiPipeline
import XueshiRead

/// A document read with what the C libraries said while it was read: the lines (for `--verbose` and the debug
/// log) and, when they matter, the `reader-warnings` flag on its report. A worker and `explain` read through it.
public struct HeardScan: Sendable {
    public var result: ScanResult
    public var lines: [LibraryMessage]
    public var dropped: Int

    /// `flush` runs after `read` and before the lines are collected: a worker's captured error stream is drained
    /// there, so every line the read caused lands on this document.
    public init(pipeline: Pipeline, flush: () -> Void = {}, read: () -> ScanResult) {
        let scope = LibraryMessages.begin()
        var result = read()
        flush()
        let said = LibraryMessages.end(scope)
        if let flag = ReaderWarnings.flag(said.lines, dropped: said.dropped, report: result.report) {
            result.report = pipeline.adding([flag], to: result.report, evidence: result.evidence)
        }
        self.result = result
        lines = said.lines
        dropped = said.dropped
    }
}
