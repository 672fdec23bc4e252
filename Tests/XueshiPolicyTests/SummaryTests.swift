import Testing
import XueshiCore
@testable import XueshiPolicy

/// The year's arithmetic: the one-way rule (专业 fills 公需, never the reverse) and the highest-option rule.
@Suite struct SummaryTests {
    func training(_ file: String, _ hours: Int, _ end: String = "2025-09-10") -> Report {
        report(file, evidence(.training, "training-certificate", ["hours": hours, "endDate": end], subject: .professional))
    }
    func publicTopic(_ file: String, _ hours: Int, _ end: String = "2025-10-01") -> Report {
        report(file, evidence(.online, "online-learning-record", ["hours": hours, "issueDate": end], text: "公需科目"))
    }
    func patent(_ file: String, _ issued: String = "2025-11-01") -> Report {
        report(file, evidence(.research, "patent", ["issueDate": issued], subject: .professional))
    }
    func award(_ file: String, _ level: String) -> Report {
        report(file, evidence(.other, "award", ["awardLevel": level, "issueDate": "2025-12-01"], subject: .professional))
    }

    @Test func aSurplusOfProfessionalFillsPublic() {
        let s = shipped.summarize([training("a.pdf", 60), training("b.pdf", 40)], year: 2025)
        #expect(s.policy == "anhui-2025")
        #expect(s.professional == 100 && s.public == 0)
        #expect(s.professionalToPublic == 40)
        #expect(s.totalMet && s.professionalMet)
        #expect(s.missingTotal == 0 && s.missingPublic == 0 && s.missingProfessional == 0)
        #expect(s.conclusion.contains("已达标"))
    }

    @Test func publicNeverCountsAsProfessional() {
        let s = shipped.summarize([publicTopic("a.pdf", 60), publicTopic("b.pdf", 30)], year: 2025)
        #expect(s.public == 90 && s.professional == 0)
        #expect(s.totalMet)
        #expect(!s.professionalMet)
        #expect(s.missingProfessional == 60)
        #expect(s.conclusion.contains("尚缺专业60学时"))
    }

    @Test func twoConvertedOptionsCountOnlyTheHighest() {
        let s = shipped.summarize([award("a.pdf", "provincial"), patent("b.pdf"), training("c.pdf", 30)], year: 2025)
        let counted = s.items.filter(\.counted).map(\.file)
        #expect(counted == ["a.pdf", "c.pdf"])
        let dropped = s.items.first { $0.file == "b.pdf" }
        #expect(dropped?.counted == false)
        #expect(dropped?.note?.contains("就高原则") == true)
        #expect(s.professional == 70)
        #expect(s.missingPublic == 20 && s.missingTotal == 20)
    }

    @Test func convertedClaimsAddUpWhereTheStandardSaysSo() {
        let s = shipped.summarize([patent("a.pdf", "2024-03-01"), patent("b.pdf", "2024-05-01")], year: 2024)
        #expect(s.policy == "anhui-2001")
        #expect(s.items.allSatisfy { $0.counted })
        #expect(s.professional == 40)
    }

    @Test func nothingCounted() {
        let s = shipped.summarize([], year: 2025)
        #expect(s.total == 0 && !s.totalMet && !s.professionalMet)
        #expect(s.missingProfessional == 60 && s.missingPublic == 30 && s.missingTotal == 90)
        #expect(s.conclusion.contains("尚缺专业60学时、公需（或专业）30学时"))
    }

    @Test func otherYearsAndNonEvidenceAreListedNotCounted() {
        var notice = Report(file: "n.pdf", sha256: String(repeating: "0", count: 64), mode: .unknown)
        notice.flags = [Flag(code: "not-evidence", severity: .warning, message: "…")]
        let s = shipped.summarize([training("old.pdf", 24, "2024-05-01"), notice, training("new.pdf", 24)], year: 2025)
        #expect(s.items.map(\.counted) == [false, false, true])
        #expect(s.items[0].note?.contains("属于2024年度") == true)
        #expect(s.items[1].note?.contains("非证明材料") == true)
        #expect(s.total == 24)
    }

    @Test func anUnknownSubjectCountsTowardTheTotalOnly() {
        let mixed = report("m.pdf", evidence(.online, "online-learning-record", ["hours": 30, "endDate": "2025-08-01"]))
        let s = shipped.summarize([training("a.pdf", 60), mixed], year: 2025)
        #expect(s.unassigned == 30 && s.professional == 60)
        #expect(s.totalMet && s.professionalMet)
        #expect(s.items[1].note?.contains("科目未定") == true)
    }
}
