/// One line of a declaration's audit trail: who did what, when, and why. Refused attempts are written too.
public struct DeclarationAuditEntry: Codable, Sendable, Equatable {
    public enum Action: String, Codable, Sendable {
        case create, subjects, file, publish, object, answer, approve, confirm, `return`, refused
    }

    public var at: Double
    public var by: String
    public var action: Action
    public var note: String?

    public init(at: Double, by: String, action: Action, note: String? = nil) {
        self.at = at; self.by = by; self.action = action; self.note = note
    }

    enum CodingKeys: String, CodingKey { case at, by, action, note }

    /// Every key written, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(at, forKey: .at); try c.encode(by, forKey: .by); try c.encode(action, forKey: .action); try c.encode(note, forKey: .note)
    }
}
