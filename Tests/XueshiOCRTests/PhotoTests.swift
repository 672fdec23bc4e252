import Foundation
import Testing
import XueshiCore
@testable import XueshiOCR

/// An Exif APP1 segment holding one IFD entry: Orientation = `value`, in either byte order.
func exifSegment(orientation value: UInt16, littleEndian: Bool = false) -> [UInt8] {
    func u16(_ v: UInt16) -> [UInt8] { littleEndian ? [UInt8(v & 0xFF), UInt8(v >> 8)] : [UInt8(v >> 8), UInt8(v & 0xFF)] }
    func u32(_ v: UInt32) -> [UInt8] { littleEndian ? u16(UInt16(v & 0xFFFF)) + u16(UInt16(v >> 16)) : u16(UInt16(v >> 16)) + u16(UInt16(v & 0xFFFF)) }
    var tiff: [UInt8] = littleEndian ? [0x49, 0x49] : [0x4D, 0x4D]
    tiff += u16(42) + u32(8) + u16(2)
    // A first entry of another tag (ImageWidth), then Orientation, SHORT, count 1.
    tiff += u16(0x0100) + u16(3) + u32(1) + u16(640) + [0, 0]
    tiff += u16(0x0112) + u16(3) + u32(1) + u16(value) + [0, 0]
    tiff += u32(0)
    let body: [UInt8] = [0x45, 0x78, 0x69, 0x66, 0, 0] + tiff
    let length = body.count + 2
    return [0xFF, 0xE1, UInt8(length >> 8), UInt8(length & 0xFF)] + body
}

/// A page of dark dash "lines" on white paper, RGB.
func paperPage(width: Int, height: Int) -> PixelImage {
    var px = [UInt8](repeating: 250, count: width * height * 3)
    for k in 0..<(height / 40) where k > 1 && k < height / 40 - 2 {
        for y in (k * 40)..<(k * 40 + 12) {
            for x in (width / 10)..<(width * 9 / 10) where (x / 16) % 6 != 5 {
                for c in 0..<3 { px[(y * width + x) * 3 + c] = 30 }
            }
        }
    }
    return PixelImage(width: width, height: height, channels: 3, pixels: px, scale: 200.0 / 72)
}

/// `page` photographed on a desk: warped onto the quad `corners` (TL, TR, BR, BL) of a dark brown background.
func photographed(_ page: PixelImage, corners q: [(x: Double, y: Double)], width: Int, height: Int) -> PixelImage {
    var px = [UInt8](repeating: 0, count: width * height * 3)
    for i in 0..<(width * height) { px[3 * i] = 70; px[3 * i + 1] = 50; px[3 * i + 2] = 40 }
    // Forward-map by inverse bilinear search is costly; instead sample the page for each desk pixel inside the quad
    // by inverting the bilinear map with a few Newton steps.
    for y in 0..<height {
        for x in 0..<width {
            var u = 0.5, v = 0.5
            for _ in 0..<8 {
                let px0 = (1 - u) * (1 - v) * q[0].x + u * (1 - v) * q[1].x + u * v * q[2].x + (1 - u) * v * q[3].x
                let py0 = (1 - u) * (1 - v) * q[0].y + u * (1 - v) * q[1].y + u * v * q[2].y + (1 - u) * v * q[3].y
                let dxu = (1 - v) * (q[1].x - q[0].x) + v * (q[2].x - q[3].x), dxv = (1 - u) * (q[3].x - q[0].x) + u * (q[2].x - q[1].x)
                let dyu = (1 - v) * (q[1].y - q[0].y) + v * (q[2].y - q[3].y), dyv = (1 - u) * (q[3].y - q[0].y) + u * (q[2].y - q[1].y)
                let det = dxu * dyv - dxv * dyu
                guard abs(det) > 1e-9 else { break }
                let ex = Double(x) - px0, ey = Double(y) - py0
                u += (ex * dyv - ey * dxv) / det
                v += (ey * dxu - ex * dyu) / det
            }
            guard u >= 0, u < 1, v >= 0, v < 1 else { continue }
            let sx = Int(u * Double(page.width)), sy = Int(v * Double(page.height))
            for c in 0..<3 { px[(y * width + x) * 3 + c] = page.pixels[(sy * page.width + sx) * 3 + c] }
        }
    }
    return PixelImage(width: width, height: height, channels: 3, pixels: px, scale: 200.0 / 72)
}

@Suite struct PhotoTests {
    @Test func readsTheExifOrientationOfAJPEG() {
        for little in [false, true] {
            let jpeg = Data([0xFF, 0xD8] + [0xFF, 0xE0, 0, 4, 0, 0] + exifSegment(orientation: 6, littleEndian: little) + [0xFF, 0xDA, 0, 2, 0xFF, 0xD9])
            #expect(ImageOrientation.read(jpeg) == 6)
        }
        #expect(ImageOrientation.read(Data([0xFF, 0xD8, 0xFF, 0xDA, 0, 2])) == nil)
    }

    @Test func readsThePNGeXIfChunk() {
        let tiff = Array(exifSegment(orientation: 8).dropFirst(10))
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        png += [0, 0, 0, 0] + Array("IHDR".utf8) + [0, 0, 0, 0]
        let n = tiff.count
        png += [UInt8(n >> 24), UInt8((n >> 16) & 0xFF), UInt8((n >> 8) & 0xFF), UInt8(n & 0xFF)] + Array("eXIf".utf8) + tiff + [0, 0, 0, 0]
        #expect(ImageOrientation.read(Data(png)) == 8)
        #expect(ImageOrientation.read(Data(tiff)) == 8)
    }

    @Test func turnsAPhotoUprightAsItsTagSays() {
        // 3 × 2 grey image; pixel values name their position.
        let img = PixelImage(width: 3, height: 2, channels: 1, pixels: [1, 2, 3, 4, 5, 6], scale: 1)
        // 6: stored turned anticlockwise, shown turned a quarter clockwise.
        let six = ImageOrientation.upright(img, orientation: 6)
        #expect(six.width == 2 && six.height == 3)
        #expect(six.pixels == [4, 1, 5, 2, 6, 3])
        #expect(ImageOrientation.upright(img, orientation: 3).pixels == [6, 5, 4, 3, 2, 1])
        #expect(ImageOrientation.upright(img, orientation: 2).pixels == [3, 2, 1, 6, 5, 4])
        // 5 is the transpose: row 0 of the result is column 0 of the stored image.
        #expect(ImageOrientation.upright(img, orientation: 5).pixels == [1, 4, 2, 5, 3, 6])
        #expect(ImageOrientation.upright(img, orientation: 1).pixels == img.pixels)
        #expect(ImageOrientation.upright(img, orientation: nil).pixels == img.pixels)
    }

    @Test func findsAndSquaresADocumentPhotographedOnADesk() throws {
        let page = paperPage(width: 420, height: 594)
        let corners: [(x: Double, y: Double)] = [(180, 90), (640, 130), (610, 760), (150, 720)]
        let photo = photographed(page, corners: corners, width: 800, height: 860)
        let quad = try #require(DocumentQuad.find(photo))
        for (found, truth) in zip(quad, corners) {
            #expect(abs(found.x - truth.x) < 14 && abs(found.y - truth.y) < 14, "\(found) against \(truth)")
        }
        let flat = try #require(DocumentQuad.straightened(photo))
        // Upright and about the page's proportions; the desk is gone (corners are paper-white, not brown).
        #expect(abs(Double(flat.height) / Double(flat.width) - 594.0 / 420) < 0.12)
        let corner = Array(flat.pixels[(5 * flat.width + 5) * 3..<((5 * flat.width + 5) * 3 + 3)])
        #expect(corner.allSatisfy { $0 > 200 }, "\(corner)")
    }

    @Test func leavesAPageThatFillsTheFrameAlone() {
        #expect(DocumentQuad.find(paperPage(width: 600, height: 800)) == nil)
        // A dark picture with no paper in it.
        let dark = PixelImage(width: 400, height: 300, channels: 3, pixels: [UInt8](repeating: 60, count: 400 * 300 * 3), scale: 1)
        #expect(DocumentQuad.find(dark) == nil)
    }
}
