/// Why a declaration refuses a step: a stable code (the API's error code) and a Chinese message for the person.
public struct DeclarationError: Error, Sendable, Equatable, CustomStringConvertible {
    public enum Kind: String, Sendable {
        /// A second declaration for the same year.
        case exists = "declaration-exists"
        /// A change to a filed declaration's evidence or subjects.
        case frozen = "declaration-frozen"
        /// 专业 asked for an item proposed as 公需.
        case oneWay = "one-way"
        /// A step the state does not allow (approving during the public period, confirming a draft).
        case badState = "bad-state"
        /// Not this account's to do.
        case forbidden
        case badInput = "bad-input"
    }

    public var kind: Kind
    public var message: String

    public init(_ kind: Kind, _ message: String) { self.kind = kind; self.message = message }

    public var code: String { kind.rawValue }
    public var description: String { message }

    public static func frozen(_ d: Declaration) -> DeclarationError {
        DeclarationError(.frozen, "\(d.year)年度的申报已于提交时锁定（\(d.state.chinese)）：材料和申报科目不能更改、撤回或替换；如确需更改，请联系单位审核人员退回")
    }
}
