import XueshiCore
import XueshiNormalize

/// A learner's annual declaration (学时认定申报, 芜人社秘〔2025〕85号 §五): one a year, its items the year's uploads
/// with the subject the learner asks each to count as. A draft follows the uploads; filing freezes the items (the
/// evidence by content hash, the subjects asked) for good, and only a reviewer's return reopens it. Where it stands
/// and who moved it there are in `state` and `audit`; every move goes through `DeclarationFlow`.
public struct Declaration: Codable, Sendable, Equatable {
    public var id: String
    public var account: String
    public var unit: String?
    public var year: Int
    public var state: DeclarationState
    public var createdAt: Double
    public var filedAt: Double?
    /// The public period (公示), first and last day, inclusive.
    public var publicFrom: DayDate?
    public var publicUntil: DayDate?
    /// Why a reviewer sent it back, when one did.
    public var returnReason: String?
    public var items: [DeclarationItem]
    public var totals: DeclarationTotals
    public var objections: [DeclarationObjection]
    public var audit: [DeclarationAuditEntry]

    public init(id: String, account: String, unit: String?, year: Int, createdAt: Double) {
        self.id = id; self.account = account; self.unit = unit; self.year = year; self.state = .draft
        self.createdAt = createdAt; self.items = []; self.totals = DeclarationTotals()
        self.objections = []; self.audit = []
    }

    /// The subject asked for each upload (a draft's items are rebuilt from the uploads with these).
    public var askedSubjects: [String: Subject] {
        Dictionary(items.map { ($0.upload, $0.subject) }, uniquingKeysWith: { a, _ in a })
    }

    /// The evidence a filed declaration holds: what must never change after filing.
    public var frozenPart: [DeclarationItem.Frozen] { items.map(\.frozen) }

    enum CodingKeys: String, CodingKey {
        case id, account, unit, year, state, createdAt, filedAt, publicFrom, publicUntil, returnReason, items,
             totals, objections, audit
    }

    /// Every key written, `null` included (the API document lists them all as present); days as YYYY-MM-DD.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id); try c.encode(account, forKey: .account); try c.encode(unit, forKey: .unit)
        try c.encode(year, forKey: .year); try c.encode(state, forKey: .state); try c.encode(createdAt, forKey: .createdAt)
        try c.encode(filedAt, forKey: .filedAt)
        try c.encode(publicFrom?.iso, forKey: .publicFrom); try c.encode(publicUntil?.iso, forKey: .publicUntil)
        try c.encode(returnReason, forKey: .returnReason)
        try c.encode(items, forKey: .items); try c.encode(totals, forKey: .totals)
        try c.encode(objections, forKey: .objections); try c.encode(audit, forKey: .audit)
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        id = try c.decode(String.self, forKey: .id); account = try c.decode(String.self, forKey: .account)
        unit = try c.decodeIfPresent(String.self, forKey: .unit); year = try c.decode(Int.self, forKey: .year)
        state = try c.decode(DeclarationState.self, forKey: .state); createdAt = try c.decode(Double.self, forKey: .createdAt)
        filedAt = try c.decodeIfPresent(Double.self, forKey: .filedAt)
        publicFrom = try c.decodeIfPresent(String.self, forKey: .publicFrom).flatMap(DayDate.init(iso:))
        publicUntil = try c.decodeIfPresent(String.self, forKey: .publicUntil).flatMap(DayDate.init(iso:))
        returnReason = try c.decodeIfPresent(String.self, forKey: .returnReason)
        items = try c.decode([DeclarationItem].self, forKey: .items)
        totals = try c.decode(DeclarationTotals.self, forKey: .totals)
        objections = try c.decode([DeclarationObjection].self, forKey: .objections)
        audit = try c.decode([DeclarationAuditEntry].self, forKey: .audit)
    }
}
