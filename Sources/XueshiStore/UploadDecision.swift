import XueshiPolicy

/// A reviewer's decision on an upload, as it stands (the audit trail keeps every change as a `ReviewDecision`).
public struct UploadDecision: Codable, Sendable, Hashable {
    /// The one decision type the web service and `xueshi summary --confirm` share (its raw values are the wire format).
    public typealias Action = ReviewAction

    public var action: Action
    public var hours: Double?
    public var reason: String?
    public var reviewer: String
    public var at: Double

    public init(action: Action, hours: Double?, reason: String?, reviewer: String, at: Double) {
        self.action = action; self.hours = hours; self.reason = reason; self.reviewer = reviewer; self.at = at
    }

    /// Every key written, `null` included: the API document lists `hours` and `reason` as always present.
    enum CodingKeys: String, CodingKey { case action, hours, reason, reviewer, at }
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(action, forKey: .action); try c.encode(hours, forKey: .hours); try c.encode(reason, forKey: .reason)
        try c.encode(reviewer, forKey: .reviewer); try c.encode(at, forKey: .at)
    }
}
