import XueshiCore
import XueshiStore

/// An upload as the API shows it: the report with ID numbers masked, the learner's advice, the decision.
struct EvidenceView: Codable, Sendable {
    var id: String
    var file: String
    var learner: String
    var unit: String?
    var status: String
    var createdAt: Double
    var pages: Int
    var report: Report
    var advice: [LearnerAdvice.Item]
    var decision: UploadDecision?

    init(_ u: Upload) {
        id = u.id; file = Masking.text(u.name); learner = u.account; unit = u.unit; status = u.status.rawValue
        createdAt = u.createdAt; pages = u.report.pages
        report = Masking.report(u.report)
        advice = LearnerAdvice.items(report)
        decision = u.decision
    }

    /// Encoded with `decision` present as null when there is none (the API document says so).
    enum CodingKeys: String, CodingKey { case id, file, learner, unit, status, createdAt, pages, report, advice, decision }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(file, forKey: .file); try c.encode(learner, forKey: .learner)
        try c.encode(unit, forKey: .unit); try c.encode(status, forKey: .status); try c.encode(createdAt, forKey: .createdAt)
        try c.encode(pages, forKey: .pages); try c.encode(report, forKey: .report); try c.encode(advice, forKey: .advice)
        try c.encode(decision, forKey: .decision)
    }
}

/// A line of a list or the queue.
struct EvidenceSummary: Codable, Sendable {
    var id: String
    var file: String
    var learner: String
    var status: String
    var createdAt: Double
    var mode: String
    var kind: String
    var hours: Double?
    var proposedHours: Double?
    var subject: String?
    var confidence: Double
    var flags: [String]
    var critical: Int
    var year: Int?

    init(_ u: Upload) {
        id = u.id; file = Masking.text(u.name); learner = u.account; status = u.status.rawValue; createdAt = u.createdAt
        mode = u.report.mode.rawValue; kind = u.report.kind; hours = u.report.fields["hours"]?.value.number
        proposedHours = u.report.proposal?.hours; subject = u.report.proposal?.subject?.rawValue
        confidence = u.report.confidence; flags = u.report.flags.map(\.code); critical = u.critical; year = u.year
    }

    enum CodingKeys: String, CodingKey { case id, file, learner, status, createdAt, mode, kind, hours, proposedHours, subject, confidence, flags, critical, year }
    func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(file, forKey: .file); try c.encode(learner, forKey: .learner)
        try c.encode(status, forKey: .status); try c.encode(createdAt, forKey: .createdAt); try c.encode(mode, forKey: .mode)
        try c.encode(kind, forKey: .kind); try c.encode(hours, forKey: .hours); try c.encode(proposedHours, forKey: .proposedHours)
        try c.encode(subject, forKey: .subject); try c.encode(confidence, forKey: .confidence); try c.encode(flags, forKey: .flags)
        try c.encode(critical, forKey: .critical); try c.encode(year, forKey: .year)
    }
}

struct Items<T: Codable & Sendable>: Codable, Sendable { var items: [T] }
