extension Subject {
    public var chinese: String {
        switch self {
        case .public: "公需科目"
        case .professional: "专业科目"
        case .unknown: "未确定"
        }
    }

    /// For narrow columns.
    public var short: String {
        switch self {
        case .public: "公需"
        case .professional: "专业"
        case .unknown: "未定"
        }
    }
}
