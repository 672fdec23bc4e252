import XueshiCore

/// One upload in a declaration: what the report proposes, the subject the learner asks, and how it counts.
public struct DeclarationItem: Codable, Sendable, Equatable {
    public var upload: String
    public var sha256: String
    public var file: String
    /// The activity's day (or month) as the report dates it.
    public var date: String?
    /// Hours the report proposes (the reviewer's, once adjusted).
    public var hours: Double?
    public var proposedSubject: Subject?
    /// What the learner asks it to count as: 公需 or 专业.
    public var subject: Subject
    /// Hours granted, set when the unit approves.
    public var granted: Double?
    public var policy: String?
    public var rule: String?
    public var converted: Bool
    public var counted: Bool
    /// Why it does not count, or what a reviewer should know.
    public var note: String?

    public init(upload: String, sha256: String, file: String, date: String?, hours: Double?, proposedSubject: Subject?,
                subject: Subject, granted: Double? = nil, policy: String?, rule: String?, converted: Bool, counted: Bool,
                note: String?) {
        self.upload = upload; self.sha256 = sha256; self.file = file; self.date = date; self.hours = hours
        self.proposedSubject = proposedSubject; self.subject = subject; self.granted = granted; self.policy = policy
        self.rule = rule; self.converted = converted; self.counted = counted; self.note = note
    }

    /// What filing freezes of an item: the evidence (by content hash) and the subject asked.
    public struct Frozen: Hashable, Sendable {
        public var upload: String
        public var sha256: String
        public var subject: Subject
    }

    public var frozen: Frozen { Frozen(upload: upload, sha256: sha256, subject: subject) }

    enum CodingKeys: String, CodingKey {
        case upload, sha256, file, date, hours, proposedSubject, subject, granted, policy, rule, converted, counted, note
    }

    /// Every key written, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(upload, forKey: .upload); try c.encode(sha256, forKey: .sha256); try c.encode(file, forKey: .file)
        try c.encode(date, forKey: .date); try c.encode(hours, forKey: .hours)
        try c.encode(proposedSubject, forKey: .proposedSubject); try c.encode(subject, forKey: .subject)
        try c.encode(granted, forKey: .granted); try c.encode(policy, forKey: .policy); try c.encode(rule, forKey: .rule)
        try c.encode(converted, forKey: .converted); try c.encode(counted, forKey: .counted); try c.encode(note, forKey: .note)
    }
}
