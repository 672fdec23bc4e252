import XueshiStore

/// Who sees what: a learner their own uploads; a reviewer the uploads filed to their unit; an admin accounts only.
enum Access {
    static func sees(_ a: Account, _ u: Upload) -> Bool {
        switch a.role {
        case .learner: return u.account == a.username
        case .reviewer: return a.unit != nil && u.unit == a.unit && u.status != .draft
        case .admin: return false
        }
    }

    static func decides(_ a: Account, _ u: Upload) -> Bool { a.role == .reviewer && sees(a, u) }
}
