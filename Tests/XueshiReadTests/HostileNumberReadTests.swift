import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// Numbers a file states (page sizes, byte ranges, repeat and glyph counts, image sides) sized or offset things
/// unchecked, and Swift traps on an out-of-range conversion or an overflow: each of these took the process down.
@Suite struct HostileNumberReadTests {
    static let huge = "100000000000000000000"  // 10^20: no Int holds it, once scaled to pixels

    /// A MediaBox of 10^20 points: the renderer converted the pixel size to Int unchecked, then multiplied.
    @Test func aPageOfTenToTheTwentyPointsIsReadButNotDrawn() throws {
        for box in ["[0 0 \(Self.huge) \(Self.huge)]", "[0 0 \(Self.huge) 842]", "[0 0 595 9223372036854775807]"] {
            let data = MiniPDF(pages: [.init(content: "BT /F1 24 Tf 72 700 Td (Hello huge) Tj ET", mediaBox: box)]).data()
            let document = try DocumentReader.read(data: data, options: .textOnly).get()
            #expect(document.pages.count == 1, "\(box)")
            // Reading draws pages for seals and codes: this one is too large to draw, and is simply not looked at.
            #expect(document.sealScannedPages.isEmpty, "\(box)")
            guard case .failure(let e) = PageDrawing.draw(data: data, page: 0, dpi: 72) else {
                Issue.record("a 10^20-point page was drawn: \(box)"); continue
            }
            #expect(e.code == "not-drawn")
        }
    }

    @Test func pageRendersHonourMaxPagePixels() throws {
        let data = MiniPDF.hello()
        // A4 at 72 dpi is 595 × 842 = 500,990 pixels.
        #expect(throws: Never.self) { _ = try PageDrawing.draw(data: data, page: 0, dpi: 72).get() }
        var small = ReadOptions()
        small.maxPagePixels = 400_000
        guard case .failure(let e) = PageDrawing.draw(data: data, page: 0, dpi: 72, options: small) else {
            Issue.record("drawn past maxPagePixels"); return
        }
        #expect(e.code == "not-drawn")
        // Reading with the same limit draws nothing for seals either.
        small.ocr = .off
        #expect(try DocumentReader.read(data: data, options: small).get().sealScannedPages.isEmpty)
        #expect(try DocumentReader.read(data: data, options: .textOnly).get().sealScannedPages == [1])
    }

    @Test func renderSizesNeverTrap() {
        for (w, h, scale) in [(1e20, 1e20, 1.0), (Double.infinity, 10, 1), (10, .nan, 1), (1e300, 1e300, 1e300),
                              (-5, 10, 1), (10, 10, -1), (10, 10, .infinity), (9.3e18, 1, 1)] {
            #expect(RenderSize.pixels(width: w, height: h, scale: scale, maxPixels: .max) == nil, "\(w) \(h) \(scale)")
        }
        #expect(RenderSize.pixels(width: 595, height: 842, scale: 1, maxPixels: 16_000_000).map { [$0.width, $0.height] } == [595, 842])
        #expect(RenderSize.pixels(width: 595.2, height: 841.9, scale: 2, maxPixels: 16_000_000).map { [$0.width, $0.height] } == [1191, 1684])
        #expect(RenderSize.pixels(width: 595, height: 842, scale: 1, maxPixels: 500_000) == nil)
    }

    // MARK: - Byte ranges

    /// `a + b` of a /ByteRange past Int64 trapped; a negative end indexed before the data.
    @Test func byteRangesThatCannotBeAreNoRange() {
        let max = "9223372036854775807"
        for range in ["[0 \(max) \(max) 10]", "[0 100 -50 20]", "[0 -100 200 20]", "[0 100 50 20]",
                      "[0 100 200 99999999999999999999]", "[-5 100 200 20]", "[0 1 \(max) 1]"] {
            let data = Data("%PDF-1.7\n/ByteRange \(range) /Contents <00>\n%%EOF\n".utf8)
            #expect(SignatureReader.byteRangeEnds(data) == [nil], "\(range)")
        }
        let good = Data("/ByteRange [0 10 30 12] x /ByteRange [ 0 100 150 50 ]".utf8)
        #expect(SignatureReader.byteRangeEnds(good) == [42, 200])
        let bytes = Data("abc  ".utf8)
        for end in [Int.min, -1, -100, Int.max] { #expect(!SignatureReader.coversToEnd(bytes, end: end, length: bytes.count)) }
        #expect(SignatureReader.coversToEnd(bytes, end: 3, length: bytes.count))
    }

    /// The same, through a whole read: poppler finds the signature field, the range is read from the bytes.
    @Test func aSignatureWithAnOverflowingRangeReadsWithoutOne() throws {
        for range in ["[0 9223372036854775807 9223372036854775807 10]", "[0 100 -50 20]", "[0 100 200 -400]"] {
            let document = try DocumentReader.read(data: MiniPDF.signed(byteRange: range), options: .textOnly).get()
            let signature = try #require(document.signatures.first, "\(range)")
            #expect(signature.signedLength == nil && !signature.coversWholeFile, "\(range)")
        }
    }

    // MARK: - OFD counts

    /// "g 1000000000000 5": a repeat count of 10^12 builds only the deltas the text has characters for.
    @Test func deltaRepeatsOfTenToTheTwelveAreBounded() throws {
        let start = Date()
        #expect(OFDNumbers.deltas("g 1000000000000 5", count: 3) == [5, 5, 5])
        #expect(OFDNumbers.deltas("g 1e12 5 2", count: 4) == [5, 5, 5, 5])
        #expect(OFDNumbers.deltas("g 1e308 5 g 1e12 3", count: 2) == [5, 5])
        #expect(OFDNumbers.deltas("g nan 5 1", count: 3).isEmpty)
        #expect(OFDNumbers.deltas("1 g -5 5 2", count: 3) == [1])
        let ofd = MiniOFD.single(#"<ofd:TextObject ID="1" Boundary="0 0 100 20" Font="1" Size="5"><ofd:TextCode X="1" Y="5" DeltaX="g 1000000000000 5">学时证明</ofd:TextCode></ofd:TextObject>"#)
        let document = try DocumentReader.read(data: ofd.data, options: .textOnly).get()
        #expect(document.pages.first?.text.contains("学时证明") == true)
        #expect(Date().timeIntervalSince(start) < 10)
    }

    /// GlyphCount="9223372036854775807" on a TextCode with no text: the count of glyphs without text overflowed.
    @Test func glyphCountsPastIntDoNotOverflow() throws {
        let cg = #"<ofd:CGTransform CodePosition="0" CodeCount="9223372036854775807" GlyphCount="9223372036854775807"><ofd:Glyphs>1 2</ofd:Glyphs></ofd:CGTransform>"#
        let objects = #"<ofd:TextObject ID="1" Boundary="0 0 100 20" Font="1" Size="5">"# + cg + cg
            + #"<ofd:TextCode X="1" Y="5"></ofd:TextCode></ofd:TextObject>"#
            + #"<ofd:TextObject ID="2" Boundary="0 20 100 20" Font="1" Size="5">"# + cg
            + #"<ofd:TextCode X="1" Y="25">证书</ofd:TextCode></ofd:TextObject>"#
        let document = try DocumentReader.read(data: MiniOFD.single(objects).data, options: .textOnly).get()
        #expect(document.pages.count == 1)
    }

    /// A PNG inside an OFD claiming 2^32 − 1 pixels a side: the pixel count overflowed Int before the limit check.
    @Test func anOFDPictureOfFourBillionPixelsASideIsRefused() {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + Data("IHDR".utf8)
        png += Data([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 8, 2, 0, 0, 0]) + Data(count: 64)
        #expect(OFDImageSurface.decode(png) == nil)
        #expect(OFDImageSurface.decode(png, maxPixels: .max) == nil)
    }
}
