import Testing
import XueshiCore
@testable import XueshiPolicy

/// The 2025 standard: printed hours where every source agrees; everything else provisional, flagged and capped.
@Suite struct Anhui2025Tests {
    static let after = "2025-09-10"
    static let rows: [Row] = [
        Row("training-printed", .training, "training-certificate", ["hours": "24", "days": "3"], 24),
        Row("online-public-printed", .online, "online-learning-record", ["hours": "30"], 30, text: "安徽省专业技术人员继续教育公需科目"),
        Row("online-printed", .online, "online-learning-record", ["hours": "23"], 23),
        Row("activity-printed", .academic, "lecture-proof", ["hours": "4"], 4),
        Row("activity-printed", .academic, "conference-proof", ["hours": "12", "conferenceLevel": "national", "role": "attendee"], 12),
        Row("conference-national-attendee", .academic, "conference-proof", ["conferenceLevel": "national", "role": "attendee"], 6),
        Row("conference-national-paper", .academic, "conference-proof", ["conferenceLevel": "national", "role": "speaker", "paperLength": "3000"], 14),
        Row("conference-provincial-attendee", .academic, "conference-proof", ["conferenceLevel": "provincial", "role": "attendee"], 5),
        Row("conference-provincial-paper", .academic, "conference-proof", ["conferenceLevel": "provincial", "role": "poster", "paperLength": "1000"], 8),
        Row("conference-municipal", .academic, "conference-proof", ["conferenceLevel": "municipal", "role": "attendee"], 3),
        Row("training-days", .training, "training-certificate", ["days": "10"], 60),
        Row("training-days", .training, "training-certificate", ["days": "20"], 72),
        Row("practice-months", .practice, "practice-certificate", ["months": "12"], 72),
        Row("paper-national", .research, "journal-paper", ["journalTier": "national", "wordCount": "3000"], 15),
        Row("paper-provincial", .research, "journal-paper", ["journalTier": "provincial", "wordCount": "3000"], 9),
        Row("book", .research, "monograph", ["wordCount": "100000"], 50),
        Row("project-national", .research, "research-project", ["projectLevel": "national", "projectRank": "5"], 36),
        Row("project-provincial", .research, "research-project", ["projectLevel": "provincial", "projectRank": "2"], 60),
        Row("project-municipal", .research, "research-project", ["projectLevel": "municipal", "projectRank": "1"], 20),
        Row("patent", .research, "patent", ["patentType": "utility"], 20),
        Row("exam-passed", .exam, "exam-certificate", ["result": "pass"], 40),
        Row("award-national", .other, "award", ["awardLevel": "national"], 60),
        Row("award-municipal", .other, "award", ["awardLevel": "municipal"], 20),
    ]

    @Test(arguments: rows) func ruleGivesItsFigure(_ row: Row) throws {
        var e = row.evidence
        e.fields["endDate"] = Field(value: .string(Self.after), confidence: 0.95)
        let o = shipped.propose(e)
        let p = try #require(o.proposal, "\(row)")
        #expect(p.policy == "anhui-2025")
        #expect(p.rule == row.rule, "\(row)")
        #expect(p.hours == row.hours, "\(row): \(p.basis)")
        let provisional = shipped.rule(of: p)?.certainty == .unknown
        #expect(o.flags.contains { $0.code == "policy-value-provisional" } == provisional)
        if provisional {
            #expect((p.confidence ?? 1) <= 0.4)
            #expect(p.basis.contains("暂定"))
        }
    }

    @Test func theBasisIsOneCheckableSentence() throws {
        let e = evidence(.training, "training-certificate",
                         ["startDate": "2025-07-01", "endDate": "2025-07-03", "hours": 24], subject: .professional)
        let p = try #require(shipped.propose(e).proposal)
        #expect(p.basis.hasPrefix("2025年7月1日至3日培训，证书载明24学时；"))
        #expect(p.basis.contains("皖人社秘〔2025〕109号"))
        #expect(p.basis.contains("（规则 training-printed）"))
        #expect(p.basis.hasSuffix("按所载学时认定24学时。"))
        #expect(p.subject == .professional)
        #expect((p.confidence ?? 0) > 0.8)
    }

    @Test func subjectFollowsTheRuleElseTheDocument() throws {
        let pub = try #require(shipped.propose(evidence(.online, "online-learning-record", ["hours": 30, "endDate": Self.after],
                                                        text: "公需科目")).proposal)
        #expect(pub.subject == .public)
        let mixed = try #require(shipped.propose(evidence(.online, "online-learning-record", ["hours": 20, "endDate": Self.after])).proposal)
        #expect(mixed.subject == .unknown)
        let award = try #require(shipped.propose(evidence(.other, "award", ["awardLevel": "provincial", "endDate": Self.after],
                                                          subject: .professional)).proposal)
        #expect(award.subject == .professional)
    }
}
