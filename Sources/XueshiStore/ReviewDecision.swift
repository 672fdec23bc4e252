import Foundation

/// One change a reviewer made to what a report says, kept for the audit trail: who, when, the field, what it was,
/// what it became, and why. Decisions are only ever added.
public struct ReviewDecision: Codable, Sendable, Hashable {
    public var id: Int64
    public var sha256: String
    public var reportId: Int64?
    public var reviewer: String
    public var at: Double
    public var field: String
    public var before: String?
    public var after: String?
    public var reason: String

    public init(id: Int64 = 0, sha256: String, reportId: Int64?, reviewer: String, at: Double = Date().timeIntervalSince1970,
                field: String, before: String?, after: String?, reason: String) {
        self.id = id; self.sha256 = sha256; self.reportId = reportId; self.reviewer = reviewer; self.at = at
        self.field = field; self.before = before; self.after = after; self.reason = reason
    }
}
