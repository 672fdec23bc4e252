extension AnnualSummary {
    /// Where an item stands in the year's totals.
    public enum Status: String, Codable, Sendable {
        /// Counts toward 达标.
        case counted
        /// 待核: would count, but a flag or a low confidence wants a reviewer's look first; not counted until confirmed.
        case pending
        /// 不予认定: a reviewer rejected it.
        case rejected
        /// 不计: another year, not evidence, no proposal, or the highest-option rule.
        case notCounted = "not-counted"

        public var chinese: String {
            switch self {
            case .counted: "计入"
            case .pending: "待核"
            case .rejected: "不予认定"
            case .notCounted: "不计"
            }
        }
    }
}
