extension Severity {
    /// The word tables and pages print beside a flag, most severe first.
    public var chinese: String {
        switch self {
        case .critical: "严重"
        case .warning: "注意"
        case .info: "提示"
        }
    }

    /// A mark that survives a terminal without colour and a spreadsheet cell.
    public var mark: String {
        switch self {
        case .critical: "‼"
        case .warning: "!"
        case .info: "·"
        }
    }
}
