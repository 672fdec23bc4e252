import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// Where codes are looked for on a drawn page: loose ink shaped like a code, not text, seals, portraits or frames.
@Suite("Code candidates")
struct CodeCandidatesTests {
    /// A white A4 page at 72 dpi (595 × 842 px) with dark pixels where `ink(x, y)` says (in `colour` when given).
    func page(colour: (UInt8, UInt8, UInt8) = (0, 0, 0), _ ink: (Int, Int) -> Bool) -> PixelImage {
        let w = 595, h = 842
        var px = [UInt8](repeating: 255, count: w * h * 3)
        for y in 0..<h {
            for x in 0..<w where ink(x, y) {
                let i = 3 * (y * w + x)
                px[i] = colour.0; px[i + 1] = colour.1; px[i + 2] = colour.2
            }
        }
        return PixelImage(width: w, height: h, channels: 3, pixels: px, scale: 1)
    }

    /// A QR-like square of 2-pixel modules at (x0, y0), `modules` a side, dark where a seeded pattern says.
    func qr(_ x: Int, _ y: Int, x0: Int, y0: Int, modules: Int, seed: UInt64) -> Bool {
        guard x >= x0, y >= y0, x < x0 + 2 * modules, y < y0 + 2 * modules else { return false }
        var h = seed &+ UInt64((x - x0) / 2) &* 0x9E37_79B9_7F4A_7C15 &+ UInt64((y - y0) / 2) &* 0xC2B2_AE3D_27D4_EB4F
        h ^= h >> 29; h = h &* 0xBF58_476D_1CE4_E5B9; h ^= h >> 32
        return h & 1 == 0
    }

    /// Bars 1–3 px wide with spaces up to 5 px: a barcode's widest space breaks cells of ink apart.
    func barcode(_ x: Int, _ y: Int, x0: Int, y0: Int) -> Bool {
        let widths = [2, 1, 3, 5, 1, 2, 2, 4, 3, 1, 1, 5, 2, 2, 3, 1, 4, 2, 1, 3, 2, 5, 1, 1, 3, 2, 2, 4, 1, 2, 3, 1]
        guard y >= y0, y < y0 + 32, x >= x0 else { return false }
        var at = x0
        for (i, w) in widths.enumerated() {
            if x < at + w { return i % 2 == 0 }
            at += w
        }
        return false
    }

    @Test func aCodeBesideTextIsACandidateAndTheTextIsNot() {
        let img = page { x, y in
            qr(x, y, x0: 80, y0: 600, modules: 33, seed: 7) || (y >= 100 && y < 112 && x >= 100 && x < 190 && x % 7 < 4)
        }
        let text = [Box(x0: 99, y0: 99, x1: 191, y1: 113)]
        let plan = CodeCandidates.plan(img, text: text)
        #expect(!plan.wholePage)
        #expect(plan.regions.count == 1, "\(plan.regions)")
        let r = plan.regions[0]
        #expect(r.x0 <= 80 && r.y0 <= 600 && r.x1 >= 146 && r.y1 >= 666, "\(r)")
        // The same strokes outside any glyph box would be loose ink too: it is the text layer that explains them.
        #expect(CodeCandidates.plan(img, text: []).regions.count == 2)
    }

    @Test func aBarcodeWithWideSpacesStaysOnePatch() throws {
        let img = page { x, y in barcode(x, y, x0: 100, y0: 480) }
        let plan = CodeCandidates.plan(img, text: [])
        #expect(plan.regions.count == 1, "\(plan.regions)")
        let r = try #require(plan.regions.first)
        #expect(r.width >= 80, "the bars are one patch, not pieces: \(plan.regions)")
    }

    @Test func portraitsFramesAndSealsAreNotCodes() {
        // A flat dark silhouette (a drawn portrait), a thin page frame, a red ring.
        let img = page { x, y in
            let portrait = (x - 120) * (x - 120) + (y - 300) * (y - 300) < 30 * 30 || (x >= 85 && x < 155 && y >= 330 && y < 380)
            let frame = (x >= 20 && x < 22) || (x >= 573 && x < 575) || (y >= 20 && y < 22) || (y >= 820 && y < 822)
            return portrait || frame
        }
        #expect(CodeCandidates.plan(img, text: []) == .init())
        let seal = page(colour: (220, 30, 30)) { x, y in
            let d = (x - 400) * (x - 400) + (y - 700) * (y - 700)
            return d < 55 * 55 && d > 50 * 50 || qr(x, y, x0: 380, y0: 680, modules: 20, seed: 3)
        }
        // Red ink is a seal's, whatever its pattern.
        #expect(CodeCandidates.plan(seal, text: []).regions.isEmpty)
    }

    @Test func aCodeInsideASealsRingIsACandidate() {
        // An electronic signature's seal: a red ring with a black QR code inside it (an OFD e-receipt's).
        let w = 595
        var px = page { _, _ in false }.pixels
        for y in 600..<800 {
            for x in 300..<500 {
                let d = (x - 400) * (x - 400) + (y - 700) * (y - 700)
                let i = 3 * (y * w + x)
                if d < 80 * 80 && d > 75 * 75 { px[i] = 220; px[i + 1] = 30; px[i + 2] = 30 }
                if qr(x, y, x0: 370, y0: 670, modules: 29, seed: 11) { px[i] = 0; px[i + 1] = 0; px[i + 2] = 0 }
            }
        }
        let img = PixelImage(width: w, height: 842, channels: 3, pixels: px, scale: 1)
        let plan = CodeCandidates.plan(img, text: [])
        #expect(plan.regions.count == 1 && plan.regions[0].x0 <= 370 && plan.regions[0].x1 >= 428, "\(plan.regions)")
    }

    @Test func aDenseBackgroundSendsThePageToTheWholePageReading() {
        // A photo pasted over most of the page: dense loose ink far larger than any code.
        let img = page { x, y in x > 40 && x < 560 && y > 60 && y < 700 && (x * 31 + y * 17) % 5 < 3 }
        #expect(CodeCandidates.plan(img, text: []).wholePage)
    }

    @Test func halvingAveragesBlocksOfFour() {
        let img = PixelImage(width: 4, height: 2, channels: 3,
                             pixels: [0, 0, 0, 255, 255, 255, 10, 10, 10, 10, 10, 10,
                                      0, 0, 0, 255, 255, 255, 10, 10, 10, 10, 10, 10], scale: 1)
        let half = img.halvedGrey()
        #expect(half.width == 2 && half.height == 1 && half.channels == 1 && half.scale == 0.5)
        #expect(half.pixels == [128, 10])
    }
}
