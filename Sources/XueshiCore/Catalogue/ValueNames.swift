/// Chinese names of the coded values some fields take (the extractor specs map what a document says to a code:
/// 全国 → national). A test checks every code a spec maps to has a name here.
public enum ValueNames {
    static let levels = ["international": "国际", "national": "全国性（国家级）", "provincial": "省级", "municipal": "市级",
                         "county": "县级"]
    static let names: [String: [String: String]] = [
        "conferenceLevel": levels, "awardLevel": levels, "projectLevel": levels,
        "patentType": ["invention": "发明专利", "utility": "实用新型专利", "design": "外观设计专利"],
        "result": ["pass": "合格", "fail": "不合格"],
        "role": ["attendee": "参会", "speaker": "报告人", "poster": "张贴报告", "organizer": "组织者"],
    ]

    /// The name of `value` in `field`, or the value itself when it is not a code.
    public static func chinese(_ field: String, _ value: String) -> String { names[field]?[value] ?? value }
    public static var all: [String: [String: String]] { names }
}
