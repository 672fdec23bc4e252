/// What a reviewer calls each kind of document. Kinds are named in the extractor specs (data); a test checks that
/// every kind a spec can give has a name here.
public enum KindNames {
    static let names: [String: String] = [
        "training-certificate": "培训证书", "practice-certificate": "实践证明", "online-learning-record": "网络学习记录",
        "conference-proof": "学术会议证明", "conference-paper": "会议论文", "lecture-proof": "讲座证明",
        "academic-visit-proof": "访学证明", "journal-paper": "期刊论文", "monograph": "专著",
        "research-project": "科研项目", "patent": "专利", "software-copyright": "软件著作权", "award": "获奖证书",
        "exam-certificate": "考试合格证明", "acceptance-notice": "录用或受理通知", "other": "其他学习活动",
        "volunteer-service": "志愿服务证明", "language-test": "语言考试成绩", "student-activity": "学生活动证明",
        "unknown": "未识别",
    ]

    public static func chinese(_ kind: String) -> String { names[kind] ?? kind }
    public static var all: [String: String] { names }
}
