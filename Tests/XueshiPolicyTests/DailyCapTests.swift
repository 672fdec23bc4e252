import Testing
import XueshiCore
@testable import XueshiPolicy

@Suite struct DailyCapTests {
    @Test func moreHoursThanTheDaysAllowAreFlagged() throws {
        let o = shipped.propose(evidence(.training, "training-certificate",
                                         ["hours": 80, "startDate": "2024-06-05", "endDate": "2024-06-09"]))
        let f = try #require(o.flags.first { $0.code == "hours-exceed-daily-cap" })
        #expect(f.severity == .warning)
        #expect(f.message.contains("80学时") && f.message.contains("5天") && f.message.contains("40学时"))
        // The proposal still states what the certificate prints; the flag asks the reviewer to look.
        #expect(o.proposal?.hours == 80)
    }

    @Test func fullDaysPass() {
        let o = shipped.propose(evidence(.training, "training-certificate", ["hours": 40, "days": 5, "endDate": "2025-09-09"]))
        #expect(!o.flags.contains { $0.code == "hours-exceed-daily-cap" })
    }

    @Test func onlineStudyHasNoDailyCap() {
        let o = shipped.propose(evidence(.online, "online-learning-record",
                                         ["hours": 30, "startDate": "2025-11-16", "endDate": "2025-11-16"]))
        #expect(!o.flags.contains { $0.code == "hours-exceed-daily-cap" })
    }
}
