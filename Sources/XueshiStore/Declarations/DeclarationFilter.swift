/// Which declarations a listing keeps; nil keeps every value.
public struct DeclarationFilter: Sendable {
    public var account: String?
    public var unit: String?
    public var year: Int?
    public var states: Set<DeclarationState>?

    public init(account: String? = nil, unit: String? = nil, year: Int? = nil, states: Set<DeclarationState>? = nil) {
        self.account = account; self.unit = unit; self.year = year; self.states = states
    }

    public func keeps(_ d: Declaration) -> Bool {
        (account == nil || d.account == account) && (unit == nil || d.unit == unit) && (year == nil || d.year == year)
            && (states == nil || states!.contains(d.state))
    }

    /// Listing order: year, unit, learner.
    public static func ordered(_ a: Declaration, _ b: Declaration) -> Bool {
        (a.year, a.unit ?? "", a.account, a.id) < (b.year, b.unit ?? "", b.account, b.id)
    }
}
