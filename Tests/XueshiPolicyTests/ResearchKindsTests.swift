import Testing
import XueshiCore
@testable import XueshiPolicy

/// Kinds no standard converts (yet): no proposal, and a message that says why rather than a list of missing facts.
@Suite struct ResearchKindsTests {
    @Test(arguments: [Mode.research, Mode.academic])
    func acceptanceNoticeGetsNoProposal(_ mode: Mode) {
        for date in ["2024-03-18", "2025-09-01"] {
            let o = shipped.propose(evidence(mode, "acceptance-notice", ["issueDate": date, "hours": 8]))
            #expect(o.proposal == nil)
            let f = o.flags.first { $0.code == "proposal-unavailable" }
            #expect(f?.severity == .info)
            #expect(f?.message.contains("录用") == true)
        }
    }

    @Test func softwareCopyrightIsFlaggedCleanly() {
        // The kind's spec names what it proves (`activity: 软件著作权`); the message says it.
        let o = shipped.propose(evidence(.research, "software-copyright", ["issueDate": "2024-01-15"], activity: "软件著作权"))
        #expect(o.proposal == nil)
        let f = o.flags.first { $0.code == "proposal-unavailable" }
        #expect(f?.message.contains("软件著作权") == true)
    }

    @Test func conferencePaperIsFlaggedCleanly() {
        let o = shipped.propose(evidence(.research, "conference-paper", [:]))
        #expect(o.proposal == nil)
        #expect(o.flags.contains { $0.code == "proposal-unavailable" })
    }
}
