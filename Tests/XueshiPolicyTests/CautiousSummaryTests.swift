import Testing
import XueshiCore
@testable import XueshiPolicy

/// `xueshi summary`'s cautious year: flagged and low-confidence items wait (待核) and never make 达标 until confirmed.
@Suite struct CautiousSummaryTests {
    func training(_ file: String, _ hours: Int, end: String = "2025-09-10", confidence: Double = 0.9, flags: [Flag] = []) -> Report {
        var r = report(file, evidence(.training, "training-certificate", ["hours": hours, "endDate": end], subject: .professional))
        r.confidence = confidence
        r.flags += flags
        r.sha256 = String(repeating: String(file.first ?? "0"), count: 64)
        return r
    }
    let noSeal = Flag(.noSealFound, severity: .warning, message: "未见红色公章，也没有有效的电子签名")

    @Test func flaggedAndLowConfidenceItemsWaitAndDoNotCount() {
        let reports = [training("a.pdf", 52), training("b.pdf", 20, flags: [noSeal]), training("c.pdf", 20, confidence: 0.62)]
        let s = shipped.summarize(reports, year: 2025, review: SummaryReview())
        #expect(s.items.map(\.status) == [.counted, .pending, .pending])
        #expect(s.items.map(\.counted) == [true, false, false])
        #expect(s.items[1].reason?.contains("未见公章") == true)
        #expect(s.items[2].reason == "置信度 0.62 低于 0.80")
        #expect(s.sure == 52 && s.total == 52 && s.pending == 40 && s.pendingItems == 2)
        #expect(!s.totalMet && s.metIfConfirmed)
        #expect(!s.conclusion.contains("已达标"))
        #expect(s.conclusion.contains("确定52学时") && s.conclusion.contains("待核40学时"))
        #expect(s.conclusion.contains("确定的学时未达标") && s.conclusion.contains("待核的40学时经确认后可达标"))
    }

    @Test func withoutAReviewEverythingWithAProposalCountsAsBefore() {
        let reports = [training("a.pdf", 52), training("b.pdf", 20, flags: [noSeal]), training("c.pdf", 20, confidence: 0.62)]
        let s = shipped.summarize(reports, year: 2025)
        #expect(s.items.allSatisfy { $0.counted && $0.status == .counted })
        #expect(s.total == 92 && s.totalMet && s.minConfidence == nil && s.pending == 0)
        #expect(s.items[1].note == "须核对：no-seal-found")
        #expect(s.conclusion.hasSuffix("已达标。"))
    }

    @Test func confirmationsAcceptAdjustAndReject() {
        let reports = [training("a.pdf", 52), training("b.pdf", 20, flags: [noSeal]), training("c.pdf", 20, confidence: 0.62),
                       training("d.pdf", 10)]
        let review = SummaryReview(confirmations: [
            Confirmation(file: "b.pdf", action: .accept, source: "c.csv:2"),
            Confirmation(sha256: String(repeating: "c", count: 64), action: .adjust, hours: 12, subject: .public, source: "c.csv:3"),
            Confirmation(file: "d.pdf", action: .reject, reason: "非本人", source: "c.csv:4"),
        ])
        let s = shipped.summarize(reports, year: 2025, review: review)
        #expect(s.items.map(\.status) == [.counted, .counted, .counted, .rejected])
        #expect(s.items[1].decision == .accept && s.items[1].confirmedBy == "c.csv:2")
        #expect(s.items[2].hours == 12 && s.items[2].subject == .public && s.items[2].proposedHours == 20)
        #expect(s.items[3].note == "审核人员不予认定：非本人")
        #expect(s.professional == 72 && s.public == 12 && s.total == 84 && s.pending == 0)
        #expect(!s.conclusion.contains("已达标") && s.conclusion.contains("尚缺"))
    }

    @Test func sureHoursThatMeetTheRequirementSayMet() {
        let reports = [training("a.pdf", 70), training("b.pdf", 25), training("c.pdf", 20, confidence: 0.5)]
        let s = shipped.summarize(reports, year: 2025, review: SummaryReview())
        #expect(s.totalMet && s.professionalMet && s.pending == 20)
        #expect(s.conclusion.contains("确定的学时已达标"))
    }

    @Test func pendingHoursThatWouldNotSufficeSaySo() {
        let s = shipped.summarize([training("a.pdf", 30), training("b.pdf", 10, confidence: 0.3)], year: 2025,
                                  review: SummaryReview(minConfidence: 0.5))
        #expect(!s.metIfConfirmed)
        #expect(s.conclusion.contains("即使全部确认，仍缺"))
    }

    @Test func anAcceptedItemWithoutAProposalStillDoesNotCount() {
        var r = training("a.pdf", 30)
        r.proposal = nil
        let s = shipped.summarize([r], year: 2025, review: SummaryReview(confirmations: [Confirmation(file: "a.pdf", action: .accept)]))
        #expect(s.items[0].status == .notCounted && s.items[0].note?.contains("调整认定") == true)
    }
}
