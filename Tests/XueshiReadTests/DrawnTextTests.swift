import Foundation
import Testing
import XueshiCore
import XueshiOCR
@testable import XueshiRead

/// Words drawn as filled shapes, the way a print driver without fonts writes them: `text` set in Helvetica is
/// rendered, and every dark pixel run becomes a filled rectangle, so the PDF holds paths and no text or image.
func outlinedOperators(_ text: String, size: Double, at origin: (x: Double, y: Double), page: (w: Double, h: Double)) -> String {
    let source = MiniPDF(pages: [.init(width: page.w, height: page.h,
                                       content: "BT /F1 \(size) Tf \(origin.x) \(origin.y) Td (\(text)) Tj ET")]).data()
    guard let img = PageRenderer.render(pdf: source, page: 0, dpi: 144, grey: true) else { return "" }
    let s = img.scale
    var ops = "0 0 0 rg\n"
    for y in 0..<img.height {
        var x = 0
        while x < img.width {
            guard img.pixels[y * img.width + x] < 128 else { x += 1; continue }
            let start = x
            while x < img.width && img.pixels[y * img.width + x] < 128 { x += 1 }
            ops += String(format: "%.2f %.2f %.2f %.2f re\n", Double(start) / s, page.h - Double(y + 1) / s,
                          Double(x - start) / s, 1 / s)
        }
    }
    return ops + "f\n"
}

func readWith(_ ocr: OCRChoice, _ data: Data) throws -> Document {
    var o = ReadOptions()
    o.ocr = ocr
    return try DocumentReader.read(data: data, options: o).get()
}

let tesseractInstalled = (try? TesseractEngine(workers: 1)) != nil

@Suite(.serialized) struct DrawnTextTests {
    static let outlined: Data = {
        let page = (w: 420.0, h: 240.0)
        let ops = outlinedOperators("Certificate of Completion", size: 26, at: (30, 160), page: page)
            + outlinedOperators("Northwind Academy 40 hours", size: 20, at: (30, 100), page: page)
        return MiniPDF(pages: [.init(width: page.w, height: page.h, content: ops)]).data()
    }()

    @Test func aPageOfOutlinedWordsIsSentToOCR() throws {
        let doc = try readWith(.off, Self.outlined)
        let page = try #require(doc.pages.first)
        #expect(page.blocks.isEmpty && page.imageCoverage == 0)
        #expect(PageOCR.reason(page, ink: { 0.1 }) == "outlined-text")
        // A blank page, or one with a frame only, is not.
        #expect(PageOCR.reason(page, ink: { 0 }) == nil)
        let blank = MiniPDF(pages: [.init(width: 420, height: 240, content: "0 0 0 RG 1 w 10 10 400 220 re S")]).data()
        let blankPage = try #require(try readWith(.off, blank).pages.first)
        let ink = try #require(PageRenderer.render(pdf: blank, page: 0, dpi: VectorInk.dpi, grey: true))
        #expect(VectorInk.share(ink) < VectorInk.outlinedShare)
        #expect(PageOCR.reason(blankPage, ink: { VectorInk.share(ink) }) == nil)
        let drawn = try #require(PageRenderer.render(pdf: Self.outlined, page: 0, dpi: VectorInk.dpi, grey: true))
        #expect(VectorInk.share(drawn) >= VectorInk.outlinedShare)
    }

    @Test(.enabled(if: tesseractInstalled)) func outlinedWordsAreReadByOCR() throws {
        let doc = try readWith(.tesseract, Self.outlined)
        let page = try #require(doc.pages.first)
        #expect(page.ocr?.reason == "outlined-text")
        #expect(page.textSource == .ocr)
        #expect(page.text.contains("Northwind"), "\(page.text)")
        #expect(page.text.contains("40 hours"), "\(page.text)")
    }

    /// A born-digital certificate whose issuer is only a drawn wordmark in the bottom band.
    static func withWordmark(_ mark: Bool) -> Data {
        let page = (w: 600.0, h: 420.0)
        var ops = "BT /F1 28 Tf 120 340 Td (Certificate of Completion) Tj ET\n"
            + "BT /F1 16 Tf 120 290 Td (This certifies that Jane Example) Tj ET\n"
            + "BT /F1 16 Tf 120 260 Td (completed Data Skills in 4 hours) Tj ET\n"
        if mark { ops += outlinedOperators("Kestrel Learn", size: 22, at: (40, 40), page: page) }
        return MiniPDF(pages: [.init(width: page.w, height: page.h, content: ops)]).data()
    }

    @Test func drawnWordmarksAreFoundOutsideTheTextLayer() throws {
        let doc = try readWith(.off, Self.withWordmark(true))
        let page = try #require(doc.pages.first)
        let coarse = try #require(PageRenderer.render(pdf: Self.withWordmark(true), page: 0, dpi: VectorInk.dpi, grey: true))
        let regions = LogoText.drawnRegions(coarse, on: page)
        #expect(regions.count == 1, "\(regions)")
        if let r = regions.first { #expect(r.x0 < 60 && r.y0 > 340 && r.x1 > 150, "\(r)") }
        // The text layer's own words are not candidates.
        let plain = try #require(PageRenderer.render(pdf: Self.withWordmark(false), page: 0, dpi: VectorInk.dpi, grey: true))
        #expect(LogoText.drawnRegions(plain, on: try readWith(.off, Self.withWordmark(false)).pages[0]).isEmpty)
    }

    @Test func logoImagesAreSmallAndClearOfText() {
        let page = Page(number: 1, width: 600, height: 400, blocks: [
            Block(lines: [Line(text: "Certificate", glyphs: [], box: Box(x0: 100, y0: 100, x1: 400, y1: 130), fontSize: 24)],
                  box: Box(x0: 100, y0: 100, x1: 400, y1: 130))], textSource: .textLayer)
        let logo = Box(x0: 20, y0: 20, x1: 140, y1: 60)
        let background = Box(x0: 0, y0: 0, x1: 600, y1: 400)
        let underText = Box(x0: 90, y0: 90, x1: 200, y1: 140)
        let portrait = Box(x0: 450, y0: 150, x1: 520, y1: 260)
        #expect(LogoText.candidates([logo, background, underText, portrait], on: page) == [logo])
    }

    @Test(.enabled(if: tesseractInstalled)) func aDrawnWordmarkJoinsThePageAsItsOwnLines() throws {
        let doc = try readWith(.tesseract, Self.withWordmark(true))
        let page = try #require(doc.pages.first)
        #expect(page.textSource == .textLayer)
        #expect(page.ocr == nil)
        let mark = try #require(page.lines.first { $0.text.contains("Kestrel") }, "\(page.text)")
        #expect(mark.score != nil)
        // Reading order: the wordmark at the foot of the page comes last.
        #expect(page.lines.last?.text.contains("Kestrel") == true)
        // No wordmark, no OCR lines.
        let plain = try readWith(.tesseract, Self.withWordmark(false))
        #expect(plain.pages[0].lines.allSatisfy { $0.score == nil })
    }

    @Test(.enabled(if: tesseractInstalled)) func deferredLogosAreCountedNotRead() throws {
        var o = ReadOptions()
        o.ocr = .tesseract
        o.logos = .deferred
        let doc = try DocumentReader.read(data: Self.withWordmark(true), options: o).get()
        #expect(doc.unreadLogos == 1)
        #expect(doc.pages[0].lines.allSatisfy { $0.score == nil })
        #expect(try DocumentReader.read(data: Self.withWordmark(false), options: o).get().unreadLogos == 0)
        // Read at once, they are not counted.
        #expect(try readWith(.tesseract, Self.withWordmark(true)).unreadLogos == 0)
    }

    @Test func engineLetterBoxesSpanTheLineHeight() {
        // Tesseract's boxes hug the ink: "hours" with a short "r" and gaps a third of its height apart.
        let xs: [(Double, Double, Double, Double)] = [(0, 0, 10, 20), (12, 6, 21, 20), (26, 6, 35, 20), (38, 6, 44, 20), (49, 6, 57, 20)]
        let boxes = xs.map { Box(x0: $0.0, y0: $0.1, x1: $0.2, y1: $0.3) }
        let line = OCRLine(text: "hours", box: Box(x0: 0, y0: 0, x1: 57, y1: 20), score: 0.95, charBoxes: boxes)
        let blocks = OCRReader.layout([line], scale: 1, width: 200, height: 100)
        #expect(blocks.first?.lines.first?.text == "hours")
    }

    @Test func englishPagesOnlyAreReadAgainInEnglish() {
        func l(_ t: String) -> OCRLine { OCRLine(text: t, box: Box(x0: 0, y0: 0, x1: 100, y1: 10), score: 0.9) }
        #expect(OCRReader.isEnglish([l("Certificate of Completion"), l("Jane Example")]))
        // A Chinese certificate with English labels under each field.
        let bilingual = [l("姓名: 张三"), l("Full Name"), l("资格名称: 软件设计师"), l("Qualification"), l("资格级别: 中级"),
                         l("Qualification Level"), l("批准日期: 2015.11.07"), l("Approval Date"), l("签发单位盖章"), l("Issued by")]
        #expect(!OCRReader.isEnglish(bilingual))
    }
}
