import Testing
import XueshiCore
@testable import XueshiPolicy

/// Numbers printed on a document are the document's: however large, the arithmetic on them must not trap.
@Suite struct HostileNumberTests {
    /// "为期99999999999999999999天" read as days: the daily-cap check converted it to Int unchecked.
    @Test func daysPastInt64DoNotTrapTheDailyCap() {
        for days in [1e20, 9.3e18, 1e308] {
            let o = shipped.propose(evidence(.training, "training-certificate",
                                             ["hours": 40, "days": days, "endDate": "2025-09-09"]))
            #expect(!o.flags.contains { $0.code == "hours-exceed-daily-cap" }, "\(days)")
        }
        // Huge hours over a few days are still flagged, with finite figures in the message.
        let o = shipped.propose(evidence(.training, "training-certificate",
                                         ["hours": 1e300, "days": 3, "endDate": "2025-09-09"]))
        #expect(o.flags.contains { $0.code == "hours-exceed-daily-cap" })
    }

    @Test func spanDaysAreClampedNotTrapped() {
        let e = evidence(.training, "training-certificate", ["days": 1e20])
        #expect(e.spanDays == EvidenceFacts.maxSpanDays)
        #expect(evidence(.training, "training-certificate", ["days": 2.5]).spanDays == 3)
    }

    /// A rank of 1e20 (or a fraction, or infinity's neighbours) is no place in a ladder, and no trap.
    @Test func ladderRanksBeyondIntAreNoPlace() {
        let ladder = Arithmetic.ladder(fact: "projectRank", values: [40, 35, 30], unit: nil)
        for rank in [1e20, 9.3e18, -1e20, 2.5, 0, 4] {
            #expect(ladder.compute(evidence(.research, "research-project", ["projectRank": rank])) == nil, "\(rank)")
        }
        #expect(ladder.compute(evidence(.research, "research-project", ["projectRank": 2]))?.hours == 35)
    }

    /// 1e308 days at 8 a day is infinity: no proposal rather than a report that cannot be written.
    @Test func arithmeticThatOverflowsProposesNothing() {
        let perDay = Arithmetic.perDay(hours: 8, halfDays: false, cap: nil)
        #expect(perDay.compute(evidence(.training, "training-certificate", ["days": 1e308])) == nil)
        #expect(perDay.compute(evidence(.training, "training-certificate", ["days": 2]))?.hours == 16)
        let per = Arithmetic.per(fact: "wordCount", every: 1e-300, hours: 1e10, cap: nil, roundDown: false)
        #expect(per.compute(evidence(.research, "paper", ["wordCount": 1e10])) == nil)
    }
}
