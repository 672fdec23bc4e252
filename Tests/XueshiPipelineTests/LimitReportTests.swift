import Foundation
import Testing
import XueshiCore
import XueshiPipeline

/// A file read only in part says so: the limit, and what was left unread.
@Suite struct LimitReportTests {
    @Test func pagesPastTheLimitAreFlaggedWithWhatWasRead() throws {
        var o = ScanOptions()
        o.read.ocr = .off
        o.read.maxPages = 1
        let r = Pipeline(library: library, policies: policies, options: o).scan(file: repo("corpus/docs/0954bc7dc2.pdf")).report
        #expect(r.error == nil)
        #expect(r.pages == 1)
        let flag = try #require(r.flags.first { $0.code == "limit-reached" })
        #expect(flag.severity == .warning)
        #expect(flag.message.contains("共 3 页"))
        #expect(flag.message.contains("前 1 页"))
    }

    @Test func aWholeReadingRaisesNoLimitFlag() {
        var o = ScanOptions()
        o.read.ocr = .off
        let r = Pipeline(library: library, policies: policies, options: o).scan(file: repo("corpus/docs/0954bc7dc2.pdf")).report
        #expect(r.pages == 3)
        #expect(!r.flags.contains { $0.code == "limit-reached" })
    }

    @Test func theOCRSecondsBudgetLeavesLaterPagesUnreadAndSaysSo() throws {
        var o = ScanOptions()
        o.read.ocr = .tesseract
        // No time at all: the first page needing OCR already finds the budget spent.
        o.read.ocrSecondsPerFile = 0
        let r = Pipeline(library: library, policies: policies, options: o).scan(file: repo("corpus/scans/SCAN_0032.pdf")).report
        let flag = try #require(r.flags.first { $0.code == "limit-reached" })
        #expect(flag.message.contains("时间预算"))
        #expect(r.flags.contains { $0.code == "needs-ocr" })
    }
}
