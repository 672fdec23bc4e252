import Foundation
import Testing
import XueshiCore
import XueshiPipeline

/// Words printed only as a logo are read by OCR when the text layer leaves the issuer unnamed, and only then:
/// a certificate that names its issuer in words never waits for an OCR engine to start.
@Suite struct LogoReadingTests {
    /// A wordmark of a dozen letter-sized bars in the bottom band, outside the text layer's lines.
    static let wordmark = (0..<12).map { "\(40 + $0 * 7) 60 4 14 re f" }.joined(separator: "\n")

    static let ocr = Pipeline.ocrAvailable(.auto)

    func scan(_ lines: [String]) throws -> (Report, Document) {
        var pdf = ProducerPDF()
        pdf.lines = lines
        pdf.drawing = Self.wordmark
        let result = scanner().scan(data: pdf.data(), name: "logo.pdf")
        return (result.report, try #require(result.document))
    }

    @Test(.enabled(if: LogoReadingTests.ocr)) func aNamedIssuerLeavesTheLogoUnread() throws {
        let (report, document) = try scan(ProducerPDF().lines)
        #expect(report.fields["issuer"] != nil, "\(report.fields.keys.sorted())")
        // Found and counted, not read: no OCR line joined the page.
        #expect(document.unreadLogos >= 1)
        #expect(document.pages[0].lines.allSatisfy { $0.score == nil })
    }

    @Test(.enabled(if: LogoReadingTests.ocr)) func anUnnamedIssuerHasTheLogoRead() throws {
        let lines = ProducerPDF().lines.filter { !$0.contains("Institute") }
        let (report, document) = try scan(lines)
        #expect(report.fields["issuer"] == nil)
        // Read on the second pass: nothing is left counted as unread.
        #expect(document.unreadLogos == 0)
    }

    @Test func withoutALogoNothingIsCounted() throws {
        let result = scanner().scan(data: ProducerPDF().data(), name: "plain.pdf")
        #expect(try #require(result.document).unreadLogos == 0)
    }
}
