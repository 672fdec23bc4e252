import Foundation
import XueshiStore

/// The rules an account must meet, the same from the API and from `xueshi users add`.
public enum Accounts {
    public static func make(username: String, password: String, role: String, unit: String?, passwords: PasswordHash,
                            now: Double = Date().timeIntervalSince1970) throws -> Account {
        guard Account.validUsername(username) else {
            throw APIError(.unprocessableContent, "bad-account", "用户名为 1 到 64 个字母、数字或 . _ -")
        }
        guard let r = Account.Role(rawValue: role) else {
            throw APIError(.unprocessableContent, "bad-account", "角色应为 learner（学员）、reviewer（审核人员）或 admin（管理员）")
        }
        guard (8...256).contains(password.count) else { throw APIError(.unprocessableContent, "bad-account", "密码至少 8 位") }
        let u = unit?.trimmingCharacters(in: .whitespacesAndNewlines)
        let unit = u?.isEmpty == false ? u : nil
        if let unit, unit.count > 100 || unit.contains(where: { $0.isNewline }) {
            throw APIError(.unprocessableContent, "bad-account", "单位名称最多 100 字")
        }
        if r != .admin && unit == nil { throw APIError(.unprocessableContent, "bad-account", "学员和审核人员需要填写单位") }
        return Account(username: username, role: r, unit: unit, passwordHash: passwords.hash(password), createdAt: now)
    }
}
