/// Which uploads to list. Every condition given must hold; `nil` means any.
public struct UploadFilter: Sendable, Hashable {
    public var account: String?
    public var unit: String?
    public var statuses: Set<Upload.Status>?
    public var year: Int?
    public var sha256: String?

    public init(account: String? = nil, unit: String? = nil, statuses: Set<Upload.Status>? = nil, year: Int? = nil, sha256: String? = nil) {
        self.account = account; self.unit = unit; self.statuses = statuses; self.year = year; self.sha256 = sha256
    }

    func keeps(_ u: Upload) -> Bool {
        if let account, u.account != account { return false }
        if let unit, u.unit != unit { return false }
        if let statuses, !statuses.contains(u.status) { return false }
        if let year, u.year != year { return false }
        if let sha256, u.sha256 != sha256 { return false }
        return true
    }
}
