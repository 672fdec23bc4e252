/// What the three stores say and write alike about declarations.
enum DeclarationStores {
    static func existsMessage(_ year: Int) -> String {
        "您已有\(year)年度的学时认定申报：每人每年只能申报一次，提交后不能撤回或另行申报"
    }

    /// The trail's line for a refused change.
    static func refused(_ e: DeclarationError, by: String, now: Double) -> DeclarationAuditEntry {
        DeclarationAuditEntry(at: now, by: by, action: .refused, note: e.message)
    }
}
