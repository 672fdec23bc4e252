import Foundation
import Testing
import XueshiCore

/// OFD through the built binary: a report with the page's facts, a malformed container as an error, a drawn page.
@Suite(.serialized) struct OFDCLITests {
    static let invoice = "Tests/XueshiReadTests/Fixtures/ofd/发票示例.ofd"

    @Test func scansAnOFDInvoiceAsNotEvidenceWithItsFacts() throws {
        let r = try xueshi("scan", "--format", "json", "--ocr", "off", Self.invoice)
        #expect(r.status == 0, "\(r.stderr)")
        let report = try #require(try JSONDecoder().decode([Report].self, from: Data(r.stdout.utf8)).first)
        #expect(report.format == .ofd)
        #expect(report.textSource == .textLayer)
        #expect(report.flags.contains { $0.code == "not-evidence" })
        #expect(report.fields["issueDate"]?.value == .string("2020-10-10"))
        #expect(report.fields["issuer"]?.value.string == "杭州融易算企业管理咨询有限公司")
        // Its QR code is read off the drawn page, and its signature is reported.
        #expect(report.fields["verificationCode"]?.value.string?.contains("99999951") == true)
        #expect(report.flags.contains { $0.code.hasPrefix("signature-") })
    }

    @Test func malformedContainersExitOneWithTheirCodes() throws {
        let r = try xueshi("scan", "--format", "jsonl", "corpus/broken-ofd")
        #expect(r.status == 1)
        let reports = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(Report.self, from: Data($0.utf8)) }
        #expect(reports.count >= 12)
        #expect(reports.allSatisfy { $0.error != nil })
        #expect(Set(reports.compactMap(\.error?.code)).isSuperset(of: ["corrupt", "not-a-document", "too-large", "encrypted"]))
    }

    @Test func drawsAnOFDPage() throws {
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("ofd-\(UUID().uuidString).png").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        let r = try xueshi("draw", "--dpi", "40", "--ocr", "off", "-o", out, Self.invoice)
        #expect(r.status == 0, "\(r.stderr)")
        let png = try #require(FileManager.default.contents(atPath: out))
        #expect(png.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
        // 210 × 140 mm at 40 dpi: 331 × 221 pixels (IHDR width and height, big-endian).
        let width = png[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = png[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(abs(width - 331) <= 1 && abs(height - 221) <= 1, "\(width)×\(height)")
    }
}
