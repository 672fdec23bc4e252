import Foundation

/// What a reviewer decides about one piece of evidence: the web service's decisions (`POST /api/evidence/{id}/decision`,
/// stored in `UploadDecision`) and `xueshi summary --confirm FILE` use this one type, so the words and their meaning
/// are the same everywhere. The raw values are the JSON wire format and must not change.
public enum ReviewAction: String, Codable, Sendable, CaseIterable {
    /// 认定: counts as proposed.
    case accept
    /// 调整认定: counts with the hours (and subject) the reviewer gives.
    case adjust
    /// 不予认定: does not count.
    case reject

    /// The word on the web page (`ACTION` in web/app.js), in the decisions CSV and in the summary.
    public var chinese: String {
        switch self {
        case .accept: "认定"
        case .adjust: "调整认定"
        case .reject: "不予认定"
        }
    }

    /// An action from a word a reviewer may type in a spreadsheet: the English code or the Chinese word, and the
    /// older 调整学时 (the decisions CSV's word before the two were made one).
    public init?(word: String) {
        let w = word.trimmingCharacters(in: .whitespaces)
        if let a = ReviewAction(rawValue: w.lowercased()) { self = a; return }
        switch w {
        case "认定", "确认", "同意": self = .accept
        case "调整认定", "调整学时", "调整": self = .adjust
        case "不予认定", "不认定", "驳回": self = .reject
        default: return nil
        }
    }
}
