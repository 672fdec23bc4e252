import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// What a limit leaves unread is recorded on `Document.limits`, so a report can say it read only part of a file.
@Suite struct ReadLimitTests {
    func options(_ change: (inout ReadOptions) -> Void) -> ReadOptions {
        var o = ReadOptions.textOnly
        change(&o)
        return o
    }

    /// 300 characters on one line of a PDF page; the cap keeps the first 100 in poppler's order.
    @Test func pdfGlyphsPastTheCapAreLeftOutAndSaid() throws {
        let letters = (0..<300).map { i in String(UnicodeScalar(UInt8(65 + i % 26))) }.joined()
        let data = MiniPDF(pages: [.init(content: "BT /F1 2 Tf 10 700 Td (\(letters)) Tj ET")]).data()
        let full = try DocumentReader.read(data: data, options: .textOnly).get()
        #expect(full.pages[0].glyphsLeftOut == 0 && full.limits.isEmpty)
        let cut = try DocumentReader.read(data: data, options: options { $0.maxGlyphsPerPage = 100 }).get()
        let text = cut.pages[0].text.filter { !$0.isWhitespace }
        #expect(text.count == 100 && letters.hasPrefix(text))
        #expect(cut.pages[0].glyphsLeftOut == 200)
        let limit = try #require(cut.limits.first)
        #expect(limit.name == ReadLimit.maxGlyphsPerPage && limit.limit == 100 && limit.pages == [1])
        #expect(limit.message.contains("100"))
    }

    @Test func ofdGlyphsPastTheCapAreLeftOutAndSaid() throws {
        let words = String(repeating: "甲乙丙丁", count: 75)
        let ofd = MiniOFD.single(#"<ofd:TextObject ID="1" Boundary="0 0 200 20" Font="1" Size="0.5"><ofd:TextCode X="1" Y="5">"#
                                 + words + "</ofd:TextCode></ofd:TextObject>")
        let cut = try DocumentReader.read(data: ofd.data, options: options { $0.maxGlyphsPerPage = 100 }).get()
        #expect(cut.pages[0].text.filter { !$0.isWhitespace }.count == 100)
        #expect(cut.pages[0].glyphsLeftOut == 200)
        #expect(cut.limits.map(\.name) == [ReadLimit.maxGlyphsPerPage])
        let full = try DocumentReader.read(data: ofd.data, options: .textOnly).get()
        #expect(full.limits.isEmpty && full.pages[0].text.filter { !$0.isWhitespace }.count == 300)
    }

    @Test func pagesPastMaxPagesAreSaid() throws {
        let pdf = MiniPDF(pages: (1...3).map { .init(content: "BT /F1 12 Tf 72 700 Td (Page \($0)) Tj ET") }).data()
        let document = try DocumentReader.read(data: pdf, options: options { $0.maxPages = 1 }).get()
        #expect(document.pages.count == 1 && document.pageCount == 3)
        let limit = try #require(document.limits.first)
        #expect(limit.name == ReadLimit.maxPages && limit.limit == 1 && limit.pages == [2, 3])
        #expect(limit.message.contains("只读了前 1 页"))
        #expect(try DocumentReader.read(data: pdf, options: .textOnly).get().limits.isEmpty)

        var ofd = MiniOFD()
        ofd.pages = (0..<3).map { ("Pages/Page_\($0)/Content.xml", MiniOFD.page("")) }
        let o = try DocumentReader.read(data: ofd.data, options: options { $0.maxPages = 2 }).get()
        #expect(o.pageCount == 3 && o.limits.map(\.pages) == [[3]])
    }

    /// Two scanned pages (an image over each, no text) and no OCR page allowed: both left unread, and said so.
    @Test func pagesPastMaxOCRPagesAreSaid() throws {
        let image = "<< /Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Length 4 >>\nstream\nAAAA\nendstream"
        let draw = "q 500 0 0 780 40 30 cm /Im1 Do Q"
        let page = { (content: Int) in
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 3 0 R >> >> /Contents \(content) 0 R >>"
        }
        let pdf = MiniPDF.raw([
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [4 0 R 5 0 R] /Count 2 >>", image,
            page(6), page(6), "<< /Length \(draw.utf8.count) >>\nstream\n\(draw)\nendstream",
        ])
        var o = ReadOptions()
        o.ocr = .tesseract
        o.maxOCRPages = 0
        let document = try DocumentReader.read(data: pdf, options: o).get()
        #expect(document.pages.allSatisfy { $0.imageCoverage > 0.5 })
        let limit = try #require(document.limits.first { $0.name == ReadLimit.maxOCRPages })
        #expect(limit.pages == [1, 2] && limit.limit == 0)
        #expect(limit.message.contains("第 1、2 页未识别"))
    }

    /// `maxDecompressedBytes` bounds what an OFD's parts inflate to in all.
    @Test func ofdPartsPastMaxDecompressedBytesAreRefused() throws {
        var ofd = MiniOFD.single(#"<ofd:TextObject ID="1" Boundary="0 0 100 20" Font="1" Size="5"><ofd:TextCode X="1" Y="5">学时</ofd:TextCode></ofd:TextObject>"#)
        ofd.extraParts = [("Doc_0/Res/padding.bin", String(repeating: "x", count: 4000))]
        #expect(throws: Never.self) { _ = try DocumentReader.read(data: ofd.data, options: .textOnly).get() }
        guard case .failure(let e) = DocumentReader.read(data: ofd.data, options: options { $0.maxDecompressedBytes = 3000 }) else {
            Issue.record("read past maxDecompressedBytes"); return
        }
        #expect(e.code == "decompression-limit" && e.message.contains("解压"))
    }

    @Test func limitsAreCodable() throws {
        let limit = ReadLimit.pages(read: 300, of: 500)
        let back = try JSONDecoder().decode(ReadLimit.self, from: JSONEncoder().encode(limit))
        #expect(back == limit && back.pages.count == 200 && back.message.contains("共 500 页"))
    }
}
