/// Which claims an export or a summary looks at.
public struct ClaimFilter: Codable, Sendable, Hashable {
    public var year: Int?
    public var unit: String?
    public var learner: String?
    public var batch: String?

    public init(year: Int? = nil, unit: String? = nil, learner: String? = nil, batch: String? = nil) {
        self.year = year; self.unit = unit; self.learner = learner; self.batch = batch
    }
}
