import XueshiCore
import XueshiNormalize

/// One learner's year: what counts, what waits for a reviewer, what does not count and why, and whether the
/// requirement is met.
public struct AnnualSummary: Codable, Sendable {
    public struct Item: Codable, Sendable {
        public var file: String
        /// The report's kind (`training-certificate`, `volunteer-service`…), for tables to name in Chinese.
        public var kind: String?
        public var date: String?
        /// The hours counted (or that would count once confirmed): the proposal's, or the reviewer's adjustment.
        public var hours: Double?
        public var subject: Subject?
        public var policy: String?
        public var rule: String?
        public var converted: Bool
        /// Counts toward 达标 (`status == .counted`).
        public var counted: Bool
        /// Why it does not count, or what a reviewer should know about how it counts.
        public var note: String?
        /// Where it stands; with `reason`, why it waits (待核) or was rejected.
        public var status: Status = .notCounted
        public var reason: String?
        /// The confidence weighed against `minConfidence`: the lower of the report's and the proposal's.
        public var confidence: Double?
        /// The reviewer's decision applied from the confirmation file, where it came from, and for an
        /// adjustment the proposal's hours before it.
        public var decision: ReviewAction?
        public var confirmedBy: String?
        public var proposedHours: Double?
    }

    public var year: Int
    /// The standard whose yearly requirement applies (in force at the year's end, or `--policy`).
    public var policy: String?
    public var required: Double?
    public var requiredProfessional: Double?
    public var convertedClaims: ClaimCombination
    /// Counted hours by the subject their proposals name; `unassigned` had no subject and counts as 公需 only.
    public var professional: Double = 0
    public var `public`: Double = 0
    public var unassigned: Double = 0
    /// 专业 hours beyond the 专业 requirement, moved to fill 公需 (the one-way rule).
    public var professionalToPublic: Double = 0
    public var total: Double = 0
    public var totalMet = false
    public var professionalMet = false
    public var missingTotal: Double = 0
    public var missingProfessional: Double = 0
    public var missingPublic: Double = 0
    public var items: [Item] = []
    /// The outcome in one Chinese sentence.
    public var conclusion = ""
    /// The cautious summary's figures (nil `minConfidence` = not cautious: every item with a proposal counts).
    public var minConfidence: Double?
    /// Hours that count for sure (= `total`), and the hours the 待核 items would add once confirmed as proposed.
    public var sure: Double = 0
    public var pending: Double = 0
    public var pendingItems: Int = 0
    /// Whether the requirement would be met with the 待核 items confirmed (never counted as met before that).
    public var metIfConfirmed = false
}
