/// Where a declaration stands. The only way between states is `DeclarationFlow`.
public enum DeclarationState: String, Codable, Sendable, CaseIterable {
    /// The learner's, still changing with the year's uploads and the subjects asked.
    case draft
    /// Filed (申报): frozen, waiting for the unit to show it publicly.
    case filed
    /// Shown publicly (公示) for the unit's period; objections are taken.
    case `public`
    /// Approved by the unit (单位审核通过) after the period.
    case approved
    /// Confirmed (确认): the hours are granted.
    case confirmed

    /// In Chinese, as pages and messages say it.
    public var chinese: String {
        switch self {
        case .draft: "草稿"
        case .filed: "已提交"
        case .public: "公示中"
        case .approved: "单位已审核"
        case .confirmed: "已确认"
        }
    }
}
