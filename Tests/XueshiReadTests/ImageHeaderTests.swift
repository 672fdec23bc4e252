import Foundation
import Testing
import XueshiCore
import XueshiOCR
@testable import XueshiRead

/// Image sizes are read from the headers wherever they lie, and an image with more pixels than
/// `ReadOptions.maxImagePixels` is refused before anything decodes it.
@Suite struct ImageHeaderTests {
    func size(_ d: Data) -> [Int]? { ImageHeader.read(d)?.size.map { [$0.width, $0.height] } }

    func error(_ d: Data, options: ReadOptions = .init()) -> ReadError? {
        if case .failure(let e) = DocumentReader.read(data: d, options: options) { return e }
        return nil
    }

    /// A frame header behind 384 KB of APP segments was past the 256 KB the sniffer read: the file was decoded.
    @Test func jpegFrameHeadersAreFoundPastLongSegments() {
        #expect(size(ImageBytes.jpeg(width: 640, height: 480, appSegments: 6)) == [640, 480])
        // SOF2 (progressive) counts; DHT (C4) does not, nor a frame with no height.
        #expect(size(ImageBytes.jpeg(width: 30, height: 20, marker: 0xC2)) == [30, 20])
        #expect(size(ImageBytes.jpeg(width: 30, height: 20, marker: 0xC4)) == nil)
        #expect(size(ImageBytes.jpeg(width: 30, height: 0)) == nil)
        let start = Date()
        let e = error(ImageBytes.jpeg(width: 9000, height: 9000, appSegments: 6))
        #expect(e?.code == "too-many-pixels")
        #expect(e?.message.contains("9000×9000") == true && e?.message.contains("MB") == false)
        #expect(Date().timeIntervalSince(start) < 2)
    }

    /// An IFD at 100 KB (past the 64 KB the sniffer read), either byte order; with several IFDs the largest counts.
    @Test func tiffIFDsAreFoundAnywhereInEitherOrder() {
        for little in [true, false] {
            #expect(size(ImageBytes.tiff(little: little, sizes: [(800, 600)], padding: 100_000)) == [800, 600])
            #expect(size(ImageBytes.tiff(little: little, sizes: [(100, 100), (3000, 2000), (10, 10)])) == [3000, 2000])
            let bomb = ImageBytes.tiff(little: little, sizes: [(70_000, 70_000)], padding: 100_000)
            #expect(error(bomb)?.code == "too-many-pixels", "little \(little)")
            let hidden = ImageBytes.tiff(little: little, sizes: [(100, 100), (60_000, 60_000)], padding: 70_000)
            #expect(error(hidden)?.code == "too-many-pixels", "little \(little)")
        }
        // An IFD chain that loops ends.
        var loop = ImageBytes.tiff(little: true, sizes: [(10, 10)])
        loop.replaceSubrange((loop.count - 4)..<loop.count, with: ImageBytes.le32(8))
        #expect(size(loop) == [10, 10])
    }

    @Test func gifFramesAddUp() {
        #expect(size(ImageBytes.gif(screen: (100, 80), frames: [(100, 80)])) == [100, 80])
        let frames = ImageBytes.gif(screen: (100, 100), frames: Array(repeating: (5000, 5000), count: 3))
        #expect(ImageHeader.read(frames)?.size?.decodedPixels == 75_000_000)
        #expect(error(frames)?.code == "too-many-pixels")
    }

    @Test func pngAndWebpHeaders() {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + Data("IHDR".utf8)
        png += Data(ImageBytes.be32(20_000) + ImageBytes.be32(20_000) + [8, 2, 0, 0, 0])
        #expect(size(png) == [20_000, 20_000])
        #expect(error(png)?.code == "too-many-pixels")
        var webp = Data("RIFF".utf8) + Data([0, 0, 0, 0]) + Data("WEBPVP8X".utf8) + Data([10, 0, 0, 0, 0, 0, 0, 0])
        webp += Data([0xFF, 0xFF, 0xFF, 0xFF, 0xFF, 0xFF])
        #expect(size(webp) == [1 << 24, 1 << 24])
        #expect(error(webp)?.code == "too-many-pixels")
    }

    /// BMP files were listed but never recognised ("BM" header): now read as images, either row order.
    @Test func bmpIsReadAsAnImage() throws {
        for topDown in [false, true] {
            let data = ImageBytes.bmp(width: 41, height: 30, topDown: topDown)
            #expect(size(data) == [41, 30])
            let document = try DocumentReader.read(data: data, options: .textOnly).get()
            #expect(document.format == .image && document.pages.first?.width == 41 && document.pages.first?.height == 30)
            let image = try PageDrawing.draw(data: data, page: 0, dpi: 72).get()
            #expect(image.width == 41 && image.height == 30)
            // The red row is the top one whichever order the rows were stored in.
            let top = Array(image.pixels[0..<3]), bottom = Array(image.pixels[(image.pixels.count - 3)...])
            #expect(top[0] > 200 && top[1] < 60 && top[2] < 60, "top-down \(topDown): \(top)")
            #expect(bottom.allSatisfy { $0 > 200 }, "top-down \(topDown): \(bottom)")
        }
        // Sane bounds: a negative width, a zero height, Int32.min rows.
        var bad = ImageBytes.bmp(width: 4, height: 4)
        bad.replaceSubrange(18..<22, with: ImageBytes.le32(-4))
        #expect(size(bad) == nil)
        var tall = ImageBytes.bmp(width: 4, height: 4)
        tall.replaceSubrange(22..<26, with: [0, 0, 0, 0x80])
        #expect(size(tall) == [4, 2_147_483_648])
        #expect(error(tall)?.code == "too-many-pixels")
        // "BM" alone is not a bitmap: a text file may start so.
        #expect(ImageHeader.format(Data("BMW owners' club: minutes of the meeting".utf8)) == nil)
    }

    /// Headers that say nothing usable: not decoded (with OCR on, a damaged file; with it off, an unread page).
    @Test func imagesOfUnknowableSizeAreNotDecoded() throws {
        let noFrame = Data([0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x04, 0, 0, 0xFF, 0xDA, 0x00, 0x02]) + Data(count: 4096)
        #expect(size(noFrame) == nil)
        #expect(error(noFrame)?.code == "corrupt")
        #expect(try DocumentReader.read(data: noFrame, options: .textOnly).get().pages.first?.width == 0)
        if case .success = ImageFiles.decode(noFrame) { Issue.record("decoded an image of unknown size") }
    }

    @Test func maxImagePixelsIsTheLimit() throws {
        let png = OFDRenderFixtures.solidPNG(r: 0, g: 0, b: 0, size: 200)
        var options = ReadOptions()
        options.ocr = .off
        options.maxImagePixels = 10_000
        let e = try #require(error(png, options: options))
        #expect(e.code == "too-many-pixels" && e.message.contains("200×200"))
        #expect(try PageDrawing.draw(data: png, page: 0, dpi: 72).get().width == 200)
        guard case .failure(let d) = PageDrawing.draw(data: png, page: 0, dpi: 72, options: options) else {
            Issue.record("drawn past maxImagePixels"); return
        }
        #expect(d.code == "too-many-pixels")
        // Past the old fixed 60-million ceiling when the option allows it: the header decides, not a constant.
        options.maxImagePixels = 100_000_000
        #expect(error(ImageBytes.tiff(little: true, sizes: [(9000, 9000)]), options: options) == nil)
    }

    /// Pictures inside an OFD are held to the same limit (`OFDDrawLimits(options)`), from their headers.
    @Test func ofdPicturesPastTheLimitAreNotDecoded() throws {
        let parts = ["Doc_0/Res/small.png": OFDRenderFixtures.solidPNG(r: 0, g: 0, b: 1, size: 8),
                     "Doc_0/Res/big.png": OFDRenderFixtures.solidPNG(r: 0, g: 1, b: 0, size: 20)]
        let small = OFDImageObject(transform: OFDMatrix(a: 10, d: 10, e: 10, f: 10), resource: "1", file: "Doc_0/Res/small.png")
        let big = OFDImageObject(transform: OFDMatrix(a: 10, d: 10, e: 30, f: 10), resource: "2", file: "Doc_0/Res/big.png")
        var options = ReadOptions()
        options.maxImagePixels = 100
        let (image, report) = OFDRenderer.renderReporting(OFDRenderFixtures.page([.image(small), .image(big)]),
                                                          package: try OFDRenderFixtures.package(parts), dpi: 72,
                                                          grey: false, limits: OFDDrawLimits(options))
        #expect(image != nil)
        #expect(report.images == 1 && report.undecodedImages == ["Doc_0/Res/big.png"])
        // And the drawn page itself to maxPagePixels.
        options.maxPagePixels = 100
        let (none, _) = OFDRenderer.renderReporting(OFDRenderFixtures.page([]), package: try OFDRenderFixtures.package(),
                                                    dpi: 72, grey: false, limits: OFDDrawLimits(options))
        #expect(none == nil)
    }

    /// An image XObject declaring 100000 × 100000 pixels: poppler would decode it to draw the page, so the page is
    /// read as text and not drawn, and the document says so.
    static func pdf(imageWidth: Int, imageHeight: Int) -> Data {
        let image = "<< /Type /XObject /Subtype /Image /Width \(imageWidth) /Height \(imageHeight) /ColorSpace /DeviceGray "
            + "/BitsPerComponent 8 /Length 4 >>\nstream\nAAAA\nendstream"
        let content = "BT /F1 12 Tf 72 700 Td (Certificate) Tj ET q 100 0 0 100 72 500 cm /Im1 Do Q"
        return MiniPDF.raw([
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> /XObject << /Im1 6 0 R >> >> /Contents 4 0 R >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>", image,
        ])
    }

    @Test func aPDFImagePastTheLimitLeavesItsPagesUndrawn() throws {
        let huge = Self.pdf(imageWidth: 100_000, imageHeight: 100_000)
        let document = try DocumentReader.read(data: huge, options: .textOnly).get()
        #expect(document.pages.first?.text.contains("Certificate") == true)
        #expect(document.sealScannedPages.isEmpty)
        let limit = try #require(document.limits.first { $0.name == ReadLimit.maxImagePixels })
        #expect(limit.message.contains("100000×100000"))
        guard case .failure(let e) = PageDrawing.draw(data: huge, page: 0, dpi: 72) else { Issue.record("drawn"); return }
        #expect(e.code == "too-many-pixels")

        let small = Self.pdf(imageWidth: 2, imageHeight: 2)
        let fine = try DocumentReader.read(data: small, options: .textOnly).get()
        #expect(fine.limits.isEmpty && fine.sealScannedPages == [1])
        #expect(PDFImageScan.largest(small).map { [$0.width, $0.height] } == [2, 2])
    }
}
