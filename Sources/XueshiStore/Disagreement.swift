/// A claim whose document says something else: the kind, what was claimed, what was read, and how far apart
/// (in hours; reviewers take the largest first).
public struct Disagreement: Codable, Sendable, Hashable {
    public enum Kind: String, Codable, Sendable {
        /// The file is missing or could not be read.
        case unread
        /// The document proves nothing (a notice, an invoice), or its type could not be told.
        case notEvidence
        /// Claimed under one mode, read as another.
        case mode
        /// Claimed hours differ from the proposed.
        case hours
        /// Read, but nothing can be proposed (a fact the conversion needs was not found).
        case noProposal
        /// The document belongs to another year.
        case year
        /// Counted, but with warnings to check (duplicates, signatures, edits).
        case warnings
    }

    public var learner: String
    public var year: Int?
    public var file: String
    public var sha256: String?
    public var kind: Kind
    public var claimed: String?
    public var proposed: String?
    /// |claimed − proposed| hours, or the claimed hours when nothing can be proposed.
    public var gap: Double
    public var message: String

    public init(learner: String, year: Int?, file: String, sha256: String?, kind: Kind, claimed: String?, proposed: String?,
                gap: Double, message: String) {
        self.learner = learner; self.year = year; self.file = file; self.sha256 = sha256; self.kind = kind
        self.claimed = claimed; self.proposed = proposed; self.gap = gap; self.message = message
    }
}
