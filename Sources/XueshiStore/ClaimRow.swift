/// A claim with its learner, as exports and summaries read them; the document's current report is looked up apart.
public struct ClaimRow: Codable, Sendable, Hashable {
    public var claim: Claim
    public var learner: Learner

    public init(claim: Claim, learner: Learner) { self.claim = claim; self.learner = learner }
}
