/// Chinese names of the coded values some fields take (the extractor specs map what a document says to a code:
/// 全国 → national). The first name is the one shown; the others are what people also write for it (a label or
/// a reviewer's note saying 发明 means the code invention). A test checks every code a spec maps to has a name.
public enum ValueNames {
    static let levels: [String: [String]] = [
        "international": ["国际"], "national": ["国家级", "全国性", "全国"], "provincial": ["省级", "省部级"],
        "municipal": ["市级", "地市级"], "county": ["县级"],
    ]
    static let words: [String: [String: [String]]] = [
        "conferenceLevel": levels, "awardLevel": levels, "projectLevel": levels,
        "patentType": ["invention": ["发明专利", "发明"], "utility": ["实用新型专利", "实用新型"],
                       "design": ["外观设计专利", "外观设计"]],
        "result": ["pass": ["合格", "通过"], "fail": ["不合格", "未通过"]],
        "role": ["attendee": ["参会"], "speaker": ["报告人", "主讲"], "poster": ["张贴报告"], "organizer": ["组织者"]],
    ]

    /// The name of `value` in `field`, or the value itself when it is not a code.
    public static func chinese(_ field: String, _ value: String) -> String { words[field]?[value]?.first ?? value }

    /// Every name of `value` in `field` (empty when it is not a code).
    public static func names(_ field: String, _ value: String) -> [String] { words[field]?[value] ?? [] }

    public static var all: [String: [String: String]] { words.mapValues { $0.compactMapValues(\.first) } }
}
