import XueshiCore
import XueshiPolicy

/// One learner's year as claimed and as read: claimed hours against the hours proposed under the standard in
/// force, whether the year's requirement (90 学时, 60 of them 专业, under both standards) is met, and the claims a
/// reviewer must look at.
public struct LearnerYear: Codable, Sendable {
    public var learner: Learner
    public var year: Int?
    public var claims: Int
    public var claimedHours: Double
    public var proposedHours: Double
    public var summary: AnnualSummary?
    public var met: Bool
    public var disagreements: [Disagreement]

    public init(learner: Learner, year: Int?, claims: Int, claimedHours: Double, proposedHours: Double,
                summary: AnnualSummary?, met: Bool, disagreements: [Disagreement]) {
        self.learner = learner; self.year = year; self.claims = claims; self.claimedHours = claimedHours
        self.proposedHours = proposedHours; self.summary = summary; self.met = met; self.disagreements = disagreements
    }
}
