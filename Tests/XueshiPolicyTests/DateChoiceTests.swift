import Testing
import XueshiCore
@testable import XueshiPolicy

/// Which standard: the activity's end date, else its issue date, picks it; --policy overrides.
@Suite struct DateChoiceTests {
    func conference(_ fields: [String: Any]) -> EvidenceFacts {
        evidence(.academic, "conference-proof", fields.merging(["conferenceLevel": "national", "role": "attendee"]) { a, _ in a })
    }

    @Test func theBoundaryIsTheThirteenthOfJune() {
        let before = shipped.propose(conference(["startDate": "2025-06-11", "endDate": "2025-06-12"]))
        let after = shipped.propose(conference(["startDate": "2025-06-12", "endDate": "2025-06-13"]))
        #expect(before.proposal?.policy == "anhui-2001")
        #expect(after.proposal?.policy == "anhui-2025")
        // The same figure, but only the 2001 one is published.
        #expect(!before.flags.contains { $0.code == "policy-value-provisional" })
        #expect(after.flags.contains { $0.code == "policy-value-provisional" })
    }

    @Test func theIssueDateStandsInForAMissingEnd() {
        #expect(shipped.propose(conference(["issueDate": "2025-06-12"])).policy == "anhui-2001")
        #expect(shipped.propose(conference(["issueDate": "2025-06-13"])).policy == "anhui-2025")
        // The end of the activity wins over a later issue date.
        #expect(shipped.propose(conference(["endDate": "2025-06-10", "issueDate": "2025-06-20"])).policy == "anhui-2001")
    }

    @Test func theOverrideWinsOverTheDate() {
        let o = shipped.propose(conference(["endDate": "2025-06-12"]), policyId: "anhui-2025")
        #expect(o.proposal?.policy == "anhui-2025")
    }

    @Test func noDateGivesALowConfidenceProposalAndAFlag() throws {
        let o = shipped.propose(evidence(.training, "training-certificate", ["hours": 24]))
        let p = try #require(o.proposal)
        #expect(p.policy == "anhui-2025")
        #expect((p.confidence ?? 1) <= 0.3)
        #expect(o.flags.contains { $0.code == "policy-date-unknown" })
    }

    @Test func aDateBeforeEveryStandardIsOutsideThePolicyPeriod() {
        let o = shipped.propose(evidence(.training, "training-certificate", ["hours": 24, "endDate": "1999-05-01"]))
        #expect(o.proposal == nil)
        #expect(o.flags.contains { $0.code == "outside-policy-period" && $0.severity == .warning })
    }

    @Test func aMonthAcrossTheBoundaryIsSaidToBeUncertain() throws {
        let p = try #require(shipped.propose(evidence(.research, "monograph", ["wordCount": 100_000, "publishedMonth": "2025-06"])).proposal)
        #expect(p.policy == "anhui-2025")
        #expect(p.basis.contains("跨越新旧标准分界"))
        let may = try #require(shipped.propose(evidence(.research, "monograph", ["wordCount": 100_000, "publishedMonth": "2025-05"])).proposal)
        #expect(may.policy == "anhui-2001")
        #expect(!may.basis.contains("分界"))
    }

    @Test func notEvidenceGetsNothing() {
        let o = shipped.propose(evidence(.unknown, "unknown", ["issueDate": "2025-07-01"]))
        #expect(o.proposal == nil && o.flags.isEmpty)
    }
}
