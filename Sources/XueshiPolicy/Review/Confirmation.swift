import XueshiCore

/// A reviewer's decision on one document, as `xueshi summary --confirm` reads it: which document (its path or its
/// content hash), the action, and for an adjustment the hours and subject to count.
public struct Confirmation: Codable, Sendable, Hashable {
    /// The path as the reviewer wrote it (relative to the folder given, or as `scan` printed it); nil when by hash.
    public var file: String?
    public var sha256: String?
    public var action: ReviewAction
    /// The hours to count: required for `adjust`, absent otherwise.
    public var hours: Double?
    /// The subject to count the hours under; nil keeps the proposal's.
    public var subject: Subject?
    public var reason: String?
    /// Where it came from, for messages: "confirm.csv:4".
    public var source: String?

    public init(file: String? = nil, sha256: String? = nil, action: ReviewAction, hours: Double? = nil,
                subject: Subject? = nil, reason: String? = nil, source: String? = nil) {
        self.file = file; self.sha256 = sha256; self.action = action; self.hours = hours; self.subject = subject
        self.reason = reason; self.source = source
    }

    /// Whether it names this report: by hash (exact, any case), or by one of the names the caller knows the file by.
    public func names(sha256 hash: String, paths: [String]) -> Bool {
        if let s = sha256 { return !hash.isEmpty && s.lowercased() == hash.lowercased() }
        guard let f = file else { return false }
        return paths.contains(f)
    }
}
