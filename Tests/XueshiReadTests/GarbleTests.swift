import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

@Suite("Garbled text layers")
struct GarbleTests {
    static func page(font: String, content: String) throws -> Page {
        let data = MiniPDF(pages: [.init(content: content)], font: font).data()
        return try #require(try DocumentReader.read(data: data, options: .textOnly).get().pages.first)
    }

    @Test func privateUseGlyphNamesMakeAGarbledPage() throws {
        let names = (1...12).map { String(format: "/uniE%03X", $0) }.joined(separator: " ")
        // Widths matter: poppler-glib leaves zero-width glyphs out of the page text.
        let widths = Array(repeating: "600", count: 12).joined(separator: " ")
        let font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /FirstChar 65 /LastChar 76 /Widths [\(widths)] "
            + "/Encoding << /Type /Encoding /Differences [65 \(names)] >> >>"
        let page = try Self.page(font: font, content: "BT /F1 14 Tf 72 700 Td (ABCDEFGHIJKL) Tj ET")
        #expect(page.garbled)
        #expect(page.garbledRatio > 0.9)
        #expect(page.textSource == .none)
    }

    @Test func latin1SymbolsWhereChineseShouldBe() throws {
        // Bytes of GBK text shown through a single-byte encoding: "证明" as 0xD6A4 0xC3F7 and so on.
        let bytes = "\\326\\244\\303\\367\\310\\313\\312\\302\\276\\326\\261\\244\\327\\312\\270\\361"
        let helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
        let page = try Self.page(font: helvetica, content: "BT /F1 14 Tf 72 700 Td (\(bytes)) Tj ET")
        #expect(page.garbled)
        #expect(page.textSource == .none)
    }

    @Test func aFewSymbolsInACJKFontTipTheBalance() throws {
        let mostlyASCII = "BT /F1 14 Tf 72 700 Td (Report 2024 \\326\\244\\303\\367 ok) Tj ET"
        let plain = try Self.page(font: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                                  content: mostlyASCII)
        #expect(!plain.garbled)
        let cjk = try Self.page(font: "<< /Type /Font /Subtype /Type1 /BaseFont /SimSun /Encoding /WinAnsiEncoding >>",
                                content: mostlyASCII)
        #expect(cjk.garbled)
    }

    @Test func cidPlaceholders() throws {
        let page = try Self.page(font: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
                                 content: "BT /F1 12 Tf 72 700 Td (\\(cid:12\\)\\(cid:345\\)\\(cid:7\\)) Tj ET")
        #expect(page.garbled)
        #expect(page.garbledRatio > 0.9)
    }

    @Test func cleanTextIsNotGarbled() throws {
        let page = try Self.page(font: "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
                                 content: "BT /F1 12 Tf 72 700 Td (Certificate of completion \\267 40 hours \\260) Tj ET")
        #expect(!page.garbled)
        #expect(page.garbledRatio == 0)
        #expect(page.textSource == .textLayer)
        #expect(page.lines.map(\.text) == ["Certificate of completion · 40 hours °"])
    }

    @Test func counterRules() {
        var c = GarbleCounter()
        for s in "合格证书\u{FFFD}\u{E000}".unicodeScalars { c.add(s) }
        #expect(abs(c.ratio(cidCharacters: 0) { false } - 2.0 / 6.0) < 1e-9)
        #expect(CIDText.count(in: "a(cid:1)b(cid:)c(cid:23)") == 7 + 8)
        #expect(FontNames.isCJK("BCDEEE+SimSun") && FontNames.isCJK("STSong-Light") && !FontNames.isCJK("Helvetica"))
    }
}
