import XueshiCore

/// How cautious an annual summary is (`xueshi summary`): items a reviewer must look at first wait as 待核 and do
/// not count toward 达标 until confirmed; the reviewer's confirmations and corrections are applied.
///
/// Without one (`summarize(…, review: nil)`, as the annual declaration and the learner's web summary call it) every
/// item with a proposal counts as before: there the reviewer's decisions are applied by the caller.
public struct SummaryReview: Sendable {
    /// Below this, the report's confidence or the proposal's (whichever is lower) leaves the item 待核.
    public var minConfidence: Double
    public var confirmations: [Confirmation]
    /// Other names each report's file is known by (report.file → e.g. the path relative to the folder given), so a
    /// confirmation may name a file as the reviewer sees it in the table.
    public var aliases: [String: [String]]

    public init(minConfidence: Double = 0.8, confirmations: [Confirmation] = [], aliases: [String: [String]] = [:]) {
        self.minConfidence = minConfidence; self.confirmations = confirmations; self.aliases = aliases
    }

    /// The confirmation naming a report, if any.
    func confirmation(for r: Report) -> Confirmation? {
        let names = [r.file] + (aliases[r.file] ?? [])
        return confirmations.first { $0.names(sha256: r.sha256, paths: names) }
    }
}
