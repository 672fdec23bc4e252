import Testing
import XueshiCore
@testable import XueshiPolicy

/// Jiangsu's figures through the same format: only with `--policy jiangsu`, never chosen by date in Anhui.
@Suite struct JiangsuTests {
    static let rows: [Row] = [
        Row("training-printed", .training, "training-certificate", ["hours": "16", "days": "2"], 16),
        Row("training-days", .training, "training-certificate", ["days": "3"], 12),
        Row("online-printed", .online, "online-learning-record", ["hours": "10"], 10),
        Row("conference-national-attendee", .academic, "conference-proof", ["conferenceLevel": "national", "role": "attendee"], 10),
        Row("conference-national-paper", .academic, "conference-proof", ["conferenceLevel": "national", "role": "speaker", "paperLength": "2000"], 30),
        Row("conference-national-paper", .academic, "conference-proof", ["conferenceLevel": "national", "role": "speaker", "paperLength": "5000"], 40),
        Row("conference-provincial-attendee", .academic, "conference-proof", ["conferenceLevel": "provincial", "role": "attendee"], 8),
        Row("conference-provincial-paper", .academic, "conference-proof", ["conferenceLevel": "provincial", "role": "poster", "paperLength": "1200"], 23),
        Row("conference-provincial-paper", .academic, "conference-proof", ["conferenceLevel": "provincial", "role": "poster", "paperLength": "2400"], 33),
        Row("teaching-ce-course", .academic, "lecture-proof", ["hours": "6"], 12, text: "为本市继续教育课程授课"),
        Row("lecture", .academic, "lecture-proof", ["hours": "2"], 6),
        Row("abroad", .academic, "academic-visit-proof", ["days": "3"], 24, text: "赴境外学习交流"),
        Row("abroad", .training, "training-certificate", ["days": "5"], 30, text: "出国培训"),
        Row("credits", .training, "training-certificate", ["credits": "6", "hoursPerCredit": "10"], 60),
        Row("exam-passed", .exam, "exam-certificate", ["result": "pass"], 40),
    ]

    @Test(arguments: rows) func ruleGivesItsFigure(_ row: Row) throws {
        var e = row.evidence
        e.fields["endDate"] = Field(value: .string("2024-03-01"), confidence: 0.95)
        let p = try #require(shipped.propose(e, policyId: "jiangsu").proposal, "\(row)")
        #expect(p.policy == "jiangsu")
        #expect(p.rule == row.rule, "\(row)")
        #expect(p.hours == row.hours, "\(row): \(p.basis)")
    }

    @Test func anotherRegionIsNeverPickedByDate() {
        let e = evidence(.training, "training-certificate", ["hours": 16, "endDate": "2024-03-01"])
        #expect(shipped.propose(e).proposal?.policy == "anhui-2001")
    }
}
