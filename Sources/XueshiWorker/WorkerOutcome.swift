import XueshiCheck
import XueshiCore
import XueshiOCR
import XueshiPipeline

/// One file's result as it leaves the worker: the report, what the confidence model needs to be re-applied after
/// batch flags, and the keys the batch's duplicate checks compare.
public struct WorkerOutcome: Codable, Sendable {
    public var id: Int
    public var report: Report
    public var evidence: ReportEvidence?
    public var duplicates: Duplicates.Item
    /// What the C libraries printed while the file was read (English, as they wrote it), for `--verbose` and the
    /// debug log only; the report says what matters of it as a flag (`ReaderWarnings`). Nil: nothing was said.
    public var messages: [LibraryMessage]?
    /// Lines past the ones kept (`LibraryMessages.maxLines`).
    public var droppedMessages: Int?

    public init(id: Int, report: Report, evidence: ReportEvidence?, duplicates: Duplicates.Item) {
        self.id = id; self.report = report; self.evidence = evidence; self.duplicates = duplicates
    }

    /// A report for a file that produced none of its own (its worker crashed or was stopped, or it was never read).
    public static func failure(id: Int, input: BatchInput, error: ReadError, sha256: String = String(repeating: "0", count: 64),
                               format: DocumentFormat = .unknown) -> WorkerOutcome {
        let report = Report(file: input.path.display, sha256: sha256, format: format, error: error)
        return WorkerOutcome(id: id, report: report, evidence: nil,
                             duplicates: Duplicates.Item(file: report.file, sha256: sha256, text: nil,
                                                         certificateNumber: nil, holder: nil, isEvidence: false))
    }
}
