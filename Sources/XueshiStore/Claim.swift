/// One manifest row: a learner claims that a document earns hours of a mode in a year. `sha256` is nil when the
/// file could not be read from disk (then `problem` says why), so the claim is kept and shown, not lost.
public struct Claim: Codable, Sendable, Hashable {
    public var batch: String
    public var row: Int
    public var learner: String
    public var year: Int?
    public var claimedMode: String?
    public var claimedHours: Double?
    public var name: String
    public var sha256: String?
    public var problem: String?

    public init(batch: String, row: Int, learner: String, year: Int?, claimedMode: String?, claimedHours: Double?,
                name: String, sha256: String?, problem: String? = nil) {
        self.batch = batch; self.row = row; self.learner = learner; self.year = year; self.claimedMode = claimedMode
        self.claimedHours = claimedHours; self.name = name; self.sha256 = sha256; self.problem = problem
    }
}
