import XueshiCheck
import XueshiCore
import XueshiPipeline

/// Duplicates across the whole store, looked up when a report is read out (so every copy is flagged, naming the
/// others, whichever was read first, and a kill and resume changes nothing): the same bytes claimed under other
/// names, the same text or the same certificate number on other documents. Indexed lookups, never a scan.
public struct StoreDuplicates: Sendable {
    public let store: any EvidenceStore
    public let pipeline: Pipeline

    public init(store: any EvidenceStore, pipeline: Pipeline) { self.store = store; self.pipeline = pipeline }

    /// The report with store-wide duplicate flags added and its confidence re-applied with them.
    public func report(_ s: StoredReport) async throws -> Report {
        var items: [Duplicates.Item] = []
        var me = s.keys
        me.file = s.report.file
        me.sha256 = s.sha256
        items.append(me)
        // The same bytes claimed more than once (by another learner, or under another name): one document, several
        // claims. Learners are not named in the message (their ids may be ID numbers).
        var copies = Set<String>()
        let claims = try await store.claims(sha256: s.sha256)
        for c in claims where copies.insert(c.learner + "\u{1F}" + c.name).inserted {}
        if copies.count > 1 {
            for (n, c) in claims.enumerated() where n > 0 {
                var copy = me
                copy.file = c.learner == claims[0].learner ? c.name : "\(c.name)（另一学员提交）"
                items.append(copy)
                if items.count > 20 { break }
            }
        }
        let number = s.certificateKey
        for other in try await store.reportsSharing(textKey: me.textKey, certificateNumber: number, except: s.sha256) {
            var o = other.keys
            o.file = other.report.file
            o.sha256 = other.sha256
            items.append(o)
        }
        guard items.count > 1 else { return s.report }
        let flags = Duplicates.flags(items, scope: "库中").first ?? []
        // The worker's report carries no batch duplicate flags (the store adds its own), so none are doubled.
        return pipeline.adding(flags, to: s.report, evidence: s.evidence)
    }
}
