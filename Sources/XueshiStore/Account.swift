import Foundation

/// Someone who logs in to `xueshi serve`: a learner (their own uploads), a reviewer (their unit's queue) or an
/// admin (accounts). The password is kept only as a memory-hard hash (`passwordHash`, made by the server).
public struct Account: Codable, Sendable, Hashable {
    public enum Role: String, Codable, Sendable, CaseIterable {
        case learner, reviewer, admin
    }

    public var username: String
    public var role: Role
    public var unit: String?
    public var passwordHash: String
    public var createdAt: Double

    public init(username: String, role: Role, unit: String?, passwordHash: String, createdAt: Double = Date().timeIntervalSince1970) {
        self.username = username; self.role = role; self.unit = unit; self.passwordHash = passwordHash; self.createdAt = createdAt
    }

    /// Names people can type and that are safe in a URL, a log line and a CSV cell: letters (any script), digits,
    /// `. _ -`, 1 to 64 of them.
    public static func validUsername(_ s: String) -> Bool {
        guard (1...64).contains(s.count) else { return false }
        return s.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) || "._-".unicodeScalars.contains($0) }
    }
}
