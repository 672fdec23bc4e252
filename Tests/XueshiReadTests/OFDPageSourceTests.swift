import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// OFD behind the page source: what the PDF path does through rendering (OCR of pages without text, seals, codes)
/// happens on OFD pages too.
@Suite struct OFDPageSourceTests {
    /// A scan placed on an OFD page as its only object (an image-only e-document).
    static func scannedOFD() throws -> Data {
        let jpeg = try Data(contentsOf: Samples.root.appendingPathComponent("corpus/scans/SCAN_0015.jpg"))
        var o = MiniOFD.single("<ofd:ImageObject ID=\"20\" Boundary=\"0 0 210 297\" CTM=\"210 0 0 297 0 0\" ResourceID=\"30\"/>")
        o.extraResources = "<ofd:MultiMedias><ofd:MultiMedia ID=\"30\" Type=\"Image\"><ofd:MediaFile>scan.jpg</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>"
        var zip = o.zip
        zip.add("Doc_0/Res/scan.jpg", jpeg)
        return zip.data
    }

    @Test func anImageOnlyPageHasNoTextUntilOCRReadsIt() throws {
        let data = try Self.scannedOFD()
        let plain = try DocumentReader.read(data: data, options: .textOnly).get()
        #expect(plain.format == .ofd)
        #expect(plain.pages.first?.blocks.isEmpty == true)
        #expect((plain.pages.first?.imageCoverage ?? 0) > 0.9)

        let read = try DocumentReader.read(data: data, options: ReadOptions()).get()
        let page = try #require(read.pages.first)
        #expect(page.textSource == .ocr)
        #expect(page.ocr?.reason == "no-text-layer")
        let text = page.text.filter { !$0.isWhitespace }
        #expect(text.contains("学时") && text.contains("24"), "\(text.prefix(200))")
    }

    @Test func theSourceGivesImageBoxesInPoints() throws {
        let package = try OFDReader.open(data: Self.scannedOFD(), options: .textOnly).get()
        let source = OFDPages(package: package, stamps: [])
        let boxes = source.imageBoxes(0)
        #expect(boxes.count == 1)
        #expect(abs(boxes[0].x1 - 595.3) < 1 && abs(boxes[0].y1 - 841.9) < 1)
        #expect(source.imageBoxes(7).isEmpty && source.render(7, dpi: 72, grey: true) == nil)
    }

    @Test func sealsAndCodesAreFoundOnDrawnOFDPages() throws {
        // The e-invoice: its QR code is a picture, its seal a stamp drawn from the signature.
        let d = try DocumentReader.read(data: OFDTest.fixture("发票示例.ofd"), options: .textOnly).get()
        #expect(d.sealScannedPages == [1])
        #expect(d.codes.contains { $0.payload.contains("99999951") })
        #expect(!d.signatures.isEmpty)
        // A certificate whose round seal exists only as its signature's stamp: found on the drawn page.
        let signed = try Data(contentsOf: Samples.root.appendingPathComponent("corpus/ofd-verify/签章证书1.ofd"))
        let c = try DocumentReader.read(data: signed, options: .textOnly).get()
        #expect(c.signatures.first?.seal != nil)
        let seal = try #require(c.seals.first)
        let stamp = try #require(c.signatures.first?.seal?.box)
        #expect(seal.box.overlapRatio(stamp) > 0.5, "\(seal.box) \(stamp)")
    }
}
