/// An objection raised while a declaration is shown publicly, and the unit's answer.
public struct DeclarationObjection: Codable, Sendable, Equatable {
    public var n: Int
    public var by: String
    public var at: Double
    public var text: String
    public var answer: String?
    public var answeredBy: String?
    public var answeredAt: Double?

    public init(n: Int, by: String, at: Double, text: String) {
        self.n = n; self.by = by; self.at = at; self.text = text
    }

    enum CodingKeys: String, CodingKey { case n, by, at, text, answer, answeredBy, answeredAt }

    /// Every key written, `null` included.
    public func encode(to encoder: any Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(n, forKey: .n); try c.encode(by, forKey: .by); try c.encode(at, forKey: .at); try c.encode(text, forKey: .text)
        try c.encode(answer, forKey: .answer); try c.encode(answeredBy, forKey: .answeredBy); try c.encode(answeredAt, forKey: .answeredAt)
    }
}
