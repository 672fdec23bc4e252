/// Who takes a step on a declaration: an account's name, role and unit, as the shell knows them.
public struct DeclarationActor: Sendable {
    public enum Role: Sendable { case learner, reviewer, admin }

    public var username: String
    public var role: Role
    public var unit: String?

    public init(username: String, role: Role, unit: String?) {
        self.username = username; self.role = role; self.unit = unit
    }

    func isReviewer(of d: Declaration) -> Bool { role == .reviewer && unit != nil && unit == d.unit }
}
