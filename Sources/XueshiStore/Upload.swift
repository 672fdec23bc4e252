import XueshiCore

/// A file a learner uploaded through the web: its report as read on upload (each upload keeps its own, under the
/// name it was given), where it stands, and the reviewer's decision.
public struct Upload: Codable, Sendable {
    public enum Status: String, Codable, Sendable, CaseIterable {
        /// Read, seen only by the learner (a self-check).
        case draft
        /// Filed to the unit's queue.
        case filed
        case accepted, adjusted, rejected
    }

    /// Random, not a counter: ids cannot be guessed from one's own.
    public var id: String
    public var account: String
    public var unit: String?
    public var sha256: String
    public var name: String
    public var status: Status
    public var createdAt: Double
    public var filedAt: Double?
    /// The activity's year, when the report dates it.
    public var year: Int?
    public var report: Report
    public var decision: UploadDecision?

    public init(id: String, account: String, unit: String?, sha256: String, name: String, status: Status = .draft,
                createdAt: Double, filedAt: Double? = nil, year: Int?, report: Report, decision: UploadDecision? = nil) {
        self.id = id; self.account = account; self.unit = unit; self.sha256 = sha256; self.name = name; self.status = status
        self.createdAt = createdAt; self.filedAt = filedAt; self.year = year; self.report = report; self.decision = decision
    }

    /// Critical flags first, then low confidence: the order a reviewer's queue is worked in.
    public var critical: Int { report.flags.filter { $0.severity == .critical }.count }

    public static func riskiestFirst(_ a: Upload, _ b: Upload) -> Bool {
        if a.critical != b.critical { return a.critical > b.critical }
        if a.report.confidence != b.report.confidence { return a.report.confidence < b.report.confidence }
        return (a.filedAt ?? a.createdAt, a.id) < (b.filedAt ?? b.createdAt, b.id)
    }
}
