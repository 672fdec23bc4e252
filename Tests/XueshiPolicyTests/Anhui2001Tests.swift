import Testing
import XueshiCore
@testable import XueshiPolicy

/// The 2001 table, figure by figure: each row is a document's facts and the hours the published table gives.
@Suite struct Anhui2001Tests {
    static let before = "2024-05-10"
    static let rows: [Row] = [
        Row("conference-national-attendee", .academic, "conference-proof", ["conferenceLevel": "national", "role": "attendee"], 6),
        Row("conference-national-paper", .academic, "conference-proof", ["conferenceLevel": "national", "role": "speaker", "paperLength": "1800"], 11),
        Row("conference-national-paper", .academic, "conference-proof", ["conferenceLevel": "national", "role": "speaker", "paperLength": "2000"], 11),
        Row("conference-national-paper", .academic, "conference-proof", ["conferenceLevel": "national", "role": "poster", "paperLength": "2001"], 14),
        Row("conference-provincial-attendee", .academic, "conference-proof", ["conferenceLevel": "provincial", "role": "attendee"], 5),
        Row("conference-provincial-paper", .academic, "conference-proof", ["conferenceLevel": "provincial", "role": "speaker", "paperLength": "1500"], 8),
        Row("conference-provincial-paper", .academic, "conference-proof", ["conferenceLevel": "provincial", "role": "speaker", "paperLength": "6000"], 10),
        Row("training-printed", .training, "training-certificate", ["hours": "24", "days": "3"], 24),
        Row("online-public-printed", .online, "online-learning-record", ["hours": "30"], 30, text: "公需科目学习合格证明"),
        Row("online-printed", .online, "online-learning-record", ["hours": "19"], 19),
        Row("activity-printed", .academic, "lecture-proof", ["hours": "3", "role": "speaker"], 3),
        Row("paper-national", .research, "journal-paper", ["journalTier": "national", "wordCount": "4000", "authorRank": "1"], 20),
        Row("paper-national", .research, "journal-paper", ["journalTier": "core", "wordCount": "6500"], 32.5),
        Row("paper-provincial", .research, "journal-paper", ["journalTier": "provincial", "wordCount": "5000", "authorRank": "3"], 15),
        Row("research-beyond-third-author", .research, "journal-paper", ["journalTier": "national", "wordCount": "5000", "authorRank": "4"], 0),
        Row("paper-supplement", .research, "journal-paper", ["journalTier": "national", "wordCount": "5000"], 0, text: "2023年增刊"),
        Row("book", .research, "monograph", ["wordCount": "320000"], 160),
        Row("book", .research, "monograph", ["wordCount": "185000"], 92.5),
        Row("project-national", .research, "research-project", ["projectLevel": "national", "projectRank": "1"], 72),
        Row("project-national", .research, "research-project", ["projectLevel": "national", "projectRank": "2"], 60),
        Row("project-national", .research, "research-project", ["projectLevel": "national", "projectRank": "3"], 50),
        Row("project-national", .research, "research-project", ["projectLevel": "national", "projectRank": "4"], 40),
        Row("project-national", .research, "research-project", ["projectLevel": "national", "projectRank": "5"], 36),
        Row("project-national-sub", .research, "research-project", ["projectLevel": "national", "projectRank": "1"], 40, text: "子课题"),
        Row("project-national-sub", .research, "research-project", ["projectLevel": "national", "projectRank": "2"], 35, text: "子课题"),
        Row("project-national-sub", .research, "research-project", ["projectLevel": "national", "projectRank": "3"], 30, text: "子课题"),
        Row("project-provincial", .research, "research-project", ["projectLevel": "provincial", "projectRank": "1"], 72),
        Row("project-provincial", .research, "research-project", ["projectLevel": "provincial", "projectRank": "2"], 60),
        Row("project-provincial", .research, "research-project", ["projectLevel": "provincial", "projectRank": "3"], 50),
        Row("project-provincial-sub", .research, "research-project", ["projectLevel": "provincial", "projectRank": "1"], 30, text: "子项目"),
        Row("project-provincial-sub", .research, "research-project", ["projectLevel": "provincial", "projectRank": "2"], 25, text: "子项目"),
        Row("project-provincial-sub", .research, "research-project", ["projectLevel": "provincial", "projectRank": "3"], 20, text: "子项目"),
        // Provisional values: what the deployer chose where nothing is published.
        Row("conference-municipal", .academic, "conference-proof", ["conferenceLevel": "municipal", "role": "attendee"], 3),
        Row("conference-international", .academic, "conference-proof", ["conferenceLevel": "international", "role": "attendee"], 6),
        Row("training-days", .training, "training-certificate", ["days": "4"], 24),
        Row("practice-months", .practice, "practice-certificate", ["months": "3"], 30),
        Row("patent", .research, "patent", ["patentType": "invention"], 20),
        Row("exam-passed", .exam, "exam-certificate", ["result": "pass"], 40),
        Row("award-provincial", .other, "award", ["awardLevel": "provincial"], 40),
    ]

    @Test(arguments: rows) func ruleGivesItsFigure(_ row: Row) throws {
        var e = row.evidence
        e.fields["endDate"] = Field(value: .string(Self.before), confidence: 0.95)
        let p = try #require(shipped.propose(e).proposal, "\(row)")
        #expect(p.policy == "anhui-2001")
        #expect(p.rule == row.rule, "\(row)")
        #expect(p.hours == row.hours, "\(row): \(p.basis)")
        #expect(p.basis.contains(row.rule))
    }

    @Test func aRankBeyondTheLadderGetsNoFigure() {
        var e = evidence(.research, "research-project", ["projectLevel": "provincial", "projectRank": 4, "endDate": Self.before])
        e.text = ""
        let o = shipped.propose(e)
        #expect(o.proposal == nil)
        #expect(o.flags.contains { $0.code == "proposal-unavailable" })
    }

    @Test func aMissingRankIsNamed() {
        let o = shipped.propose(evidence(.research, "research-project", ["projectLevel": "national", "endDate": Self.before]))
        #expect(o.proposal == nil)
        let f = o.flags.first { $0.code == "proposal-unavailable" }
        #expect(f?.message.contains("项目排名") == true)
    }

    @Test func aSpeakerWithoutAPaperLengthGetsTheLowestBandAndSaysSo() throws {
        let p = try #require(shipped.propose(evidence(.academic, "conference-proof",
            ["conferenceLevel": "national", "role": "speaker", "endDate": Self.before])).proposal)
        #expect(p.hours == 11)
        #expect(p.basis.contains("按最低档"))
        #expect((p.confidence ?? 1) <= 0.6)
    }

    @Test func publishedFiguresCarryNoProvisionalFlag() throws {
        let o = shipped.propose(evidence(.academic, "conference-proof",
            ["conferenceLevel": "national", "role": "attendee", "endDate": Self.before]))
        #expect(!o.flags.contains { $0.code == "policy-value-provisional" })
        #expect(o.proposal?.subject == .professional)
    }
}
