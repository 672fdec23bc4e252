import Foundation
import Testing
import XueshiCore
@testable import XueshiOCR

/// A white page with dark "text lines": rows of dashes with gaps, falling `slope` pixels per pixel to the right.
func syntheticPage(width: Int = 1200, height: Int = 1600, slope: Double = 0, lines: Int = 20, paper: UInt8 = 255) -> PixelImage {
    var px = [UInt8](repeating: paper, count: width * height)
    for k in 0..<lines {
        let y0 = 150 + k * 60
        for x in 150..<(width - 150) where (x / 24) % 5 != 4 && x % 24 < 20 {
            let y = y0 + Int(Double(x) * slope)
            for dy in 0..<18 where y + dy < height && y + dy >= 0 { px[(y + dy) * width + x] = 20 }
        }
    }
    return PixelImage(width: width, height: height, channels: 1, pixels: px, scale: 200.0 / 72)
}

@Suite struct PreprocessTests {
    @Test func quarterTurnsComeBackRound() {
        let img = syntheticPage(width: 300, height: 200, lines: 2)
        let back = Preprocess.rotate(Preprocess.rotate(img, quarters: 1), quarters: 3)
        #expect(back.width == img.width && back.height == img.height)
        #expect(back.pixels == img.pixels)
        let turned = Preprocess.rotate(img, quarters: 1)
        #expect(turned.width == 200 && turned.height == 300)
    }

    @Test func findsTheSkewOfTextLines() {
        let slope = tan(2.0 * .pi / 180)
        let angle = Preprocess.skewAngle(syntheticPage(slope: slope))
        #expect(abs(angle - 2.0) < 0.3, "found \(angle)")
        #expect(abs(Preprocess.skewAngle(syntheticPage())) < 0.3)
        // Undoing it levels the lines.
        let levelled = Preprocess.rotate(syntheticPage(slope: slope), degrees: angle)
        #expect(abs(Preprocess.skewAngle(levelled)) < 0.3)
    }

    @Test func tellsAPageOnItsSide() {
        let page = syntheticPage()
        #expect(Preprocess.linesRunAcross(page))
        #expect(!Preprocess.linesRunAcross(Preprocess.rotate(page, quarters: 1)))
    }

    @Test func evensGreyPaperButKeepsInk() {
        let page = syntheticPage(paper: 150)
        let even = Preprocess.evenPaper(page)
        // Paper far from the lines turns white; ink stays dark.
        #expect(even.pixels[20 * even.width + 20] > 240)
        let inkIndex = (150 + 5) * even.width + 160
        #expect(page.pixels[inkIndex] == 20)
        #expect(even.pixels[inkIndex] < 60)
    }

    @Test func sealInkIsTakenOutOfTheBodyOnly() {
        // A red square over black ink: inside the seal box the red turns pale, the black stays.
        var px = [UInt8](repeating: 255, count: 100 * 100 * 3)
        for i in 0..<(100 * 100) { px[3 * i] = 200; px[3 * i + 1] = 30; px[3 * i + 2] = 30 }
        for x in 0..<100 { let i = 50 * 100 + x; px[3 * i] = 10; px[3 * i + 1] = 10; px[3 * i + 2] = 10 }
        let img = PixelImage(width: 100, height: 100, channels: 3, pixels: px, scale: 1)
        let inside = Preprocess.grey(img, sealBoxes: [Box(x0: 0, y0: 0, x1: 100, y1: 100)])
        #expect(inside.pixels[10 * 100 + 10] >= 200)
        #expect(inside.pixels[50 * 100 + 10] < 30)
        let outside = Preprocess.grey(img, sealBoxes: [])
        #expect(outside.pixels[10 * 100 + 10] < 100)
    }

    @Test func unreadableImageBytesFailCleanly() {
        if case .success = ImageFiles.decode(Data([0xFF, 0xD8, 0xFF, 0x00, 0x01, 0x02])) { Issue.record("decoded junk") }
    }
}
