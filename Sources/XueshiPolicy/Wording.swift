import XueshiCore
import XueshiNormalize

/// The Chinese a reviewer reads in a basis sentence: numbers, dates, facts and activities in plain words.
package enum Wording {
    package static func number(_ x: Double) -> String { FieldValue.number((x * 100).rounded() / 100).description }

    static func date(_ d: DayDate) -> String { "\(d.year)年\(d.month)月\(d.day)日" }

    /// 2025年7月1日至3日, 2025年6月30日至7月2日, 2024年12月30日至2025年1月2日.
    static func period(_ s: DayDate, _ e: DayDate) -> String {
        if s == e { return date(s) }
        if s.year != e.year { return "\(date(s))至\(date(e))" }
        if s.month != e.month { return "\(date(s))至\(e.month)月\(e.day)日" }
        return "\(date(s))至\(e.day)日"
    }

    /// When and what: 2025年7月1日至3日培训; 论文（2023年11月发表）; 专利（发证日期2022年9月13日）.
    static func activity(_ e: EvidenceFacts) -> String {
        let what = e.activityName
        if let s = e.day("startDate"), let t = e.day("endDate"), s <= t { return period(s, t) + what }
        if let t = e.day("endDate") { return date(t) + what }
        if let i = e.day("issueDate") { return "\(what)（发证日期\(date(i))）" }
        if let m = e.fields["publishedMonth"]?.value.string {
            let p = m.split(separator: "-").compactMap { Int($0) }
            if p.count == 2 { return "\(what)（\(p[0])年\(p[1])月发表）" }
        }
        return "\(what)（材料未载明日期）"
    }

    static let levels = ["national": "全国性", "provincial": "省级", "municipal": "市级", "international": "国际",
                         "county": "县级", "ministerial": "部级"]
    static let roles = ["attendee": "参会", "speaker": "作报告", "poster": "张贴论文", "organizer": "组织会议",
                        "visitor": "访学", "leader": "负责人", "member": "成员"]

    /// One fact as a reviewer would say it: 全国性会议, 作报告, 字数32万字, 排名第2.
    static func fact(_ name: String, _ v: FieldValue, kind: String = "") -> String {
        let s = v.description
        switch name {
        case "hours":
            let paper = kind.hasSuffix("certificate") ? "证书" : (kind == "online-learning-record" ? "学习记录" : "证明")
            return "\(paper)载明\(s)学时"
        case "days": return "为期\(s)天"
        case "halfDays": return "共\(s)个半天"
        case "months": return "为期\(s)个月"
        case "conferenceLevel": return "\(levels[s] ?? s)会议"
        case "projectLevel": return "\(levels[s] ?? s)项目"
        case "awardLevel": return "\(levels[s] ?? s)奖励"
        case "role", "projectRole": return roles[s] ?? s
        case "projectRank", "authorRank", "awardRank", "inventorRank": return "排名第\(s)"
        case "wordCount", "paperLength": return (name == "paperLength" ? "论文" : "字数") + characters(v.number ?? 0)
        case "authorCount": return "作者\(s)人"
        case "result": return s == "pass" ? "考试合格" : (s == "fail" ? "考试不合格" : "考试结果\(s)")
        case "credits": return "\(s)学分"
        case "hoursPerCredit": return "每学分\(s)学时"
        case "journal": return "刊于《\(s)》"
        case "patentType": return ["invention": "发明专利", "utility": "实用新型专利", "design": "外观设计专利"][s] ?? s
        case "years": return "周期\(s)年"
        default: return "\(name)为\(s)"
        }
    }

    /// 320000 → 32万字; 1800 → 1800字.
    static func characters(_ n: Double) -> String {
        n >= 10_000 ? "\(number(n / 10_000))万字" : "\(number(n))字"
    }

    /// The unit of a per-amount: 每千字, 每万字, 每个月, 每3天.
    static func every(_ every: Double, fact: String) -> String {
        let unit = ["wordCount": "字", "paperLength": "字", "months": "个月", "days": "天", "hours": "学时"][fact] ?? ""
        switch (every, unit) {
        case (1000, "字"): return "每千字"
        case (10_000, "字"): return "每万字"
        case (1, let u): return "每" + (u == "个月" ? "个月" : u)
        default: return "每\(number(every))\(unit)"
        }
    }

    /// Names of facts, for saying which one is missing.
    static let factName = [
        "hours": "学时", "days": "天数", "halfDays": "半天数", "months": "月数", "conferenceLevel": "会议级别",
        "role": "角色", "projectLevel": "项目级别", "projectRank": "项目排名", "projectRole": "项目角色",
        "wordCount": "字数", "paperLength": "论文字数", "authorCount": "作者人数", "authorRank": "作者排名",
        "journal": "期刊", "result": "考试结果", "awardLevel": "奖励级别", "awardRank": "获奖排名",
        "credits": "学分", "hoursPerCredit": "学分折算率", "years": "项目年数", "patentType": "专利类型",
        "journalTier": "期刊级别",
    ]

    /// Facts in the order a reviewer reads a certificate.
    static let order = ["conferenceLevel", "role", "projectLevel", "projectRole", "projectRank", "awardLevel", "awardRank",
                        "journal", "patentType", "authorCount", "authorRank", "result", "wordCount", "paperLength",
                        "hours", "credits", "hoursPerCredit", "days", "halfDays", "months", "years"]
}
