import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// The OFD renderer on hand-built pages: where paths, arcs, images, text and seals land, in pixels.
/// At 254 dpi a millimetre is 10 pixels, so probes in mm are easy to read.
@Suite struct OFDRenderTests {
    typealias F = OFDRenderFixtures
    let dpi = 254.0

    @Test func filledRectangleIsRedInsideWhiteOutside() throws {
        let path = OFDPathObject(transform: .identity, commands: F.rect(10, 10, 30, 20), fill: F.red, stroke: nil)
        let image = try #require(OFDRenderer.render(F.page([.path(path)]), package: try F.package(), dpi: dpi, grey: false))
        #expect(image.width == 1000 && image.height == 1000)
        #expect(abs(image.scale - dpi / 72) < 1e-9)
        #expect(F.isRed(F.rgb(image, 25, 20)))
        #expect(F.isRed(F.rgb(image, 10.2, 10.2)) && F.isRed(F.rgb(image, 39.8, 29.8)))
        #expect(F.isWhite(F.rgb(image, 9.8, 20)) && F.isWhite(F.rgb(image, 40.2, 20)) && F.isWhite(F.rgb(image, 25, 30.2)))
        #expect(F.isWhite(F.rgb(image, 70, 70)))
    }

    @Test func transformPlacesTheObjectAndStrokeHasItsWidth() throws {
        // Unit square scaled ×20 and moved to (50, 60); stroke 1 mm (in object space before the ×2 of the CTM).
        let m = OFDMatrix(a: 20, d: 20, e: 50, f: 60)
        let filled = OFDPathObject(transform: m, commands: F.rect(0, 0, 1, 1), fill: F.red, stroke: nil)
        let stroked = OFDPathObject(transform: OFDMatrix(a: 2, d: 2, e: 10, f: 10),
                                    commands: [.move(0, 10), .line(20, 10)], fill: nil, stroke: .black, lineWidth: 1)
        let image = try #require(OFDRenderer.render(F.page([.path(filled), .path(stroked)]), package: try F.package(),
                                                    dpi: dpi, grey: false))
        #expect(F.isRed(F.rgb(image, 60, 70)))
        #expect(F.isWhite(F.rgb(image, 49, 70)) && F.isWhite(F.rgb(image, 71, 70)))
        // The line runs along y = 30 mm from x = 10 to 50, 2 mm thick.
        #expect(F.rgb(image, 30, 30).r < 30 && F.rgb(image, 30, 30.8).r < 30)
        #expect(F.isWhite(F.rgb(image, 30, 31.3)) && F.isWhite(F.rgb(image, 30, 28.7)))
    }

    @Test func evenOddLeavesTheHole() throws {
        let ring = F.rect(10, 10, 40, 40) + F.rect(20, 20, 20, 20)
        let evenOdd = OFDPathObject(transform: .identity, commands: ring, fill: F.red, stroke: nil, evenOdd: true)
        let winding = OFDPathObject(transform: .translation(50, 50), commands: ring, fill: F.red, stroke: nil)
        let image = try #require(OFDRenderer.render(F.page([.path(evenOdd), .path(winding)], width: 110, height: 110),
                                                    package: try F.package(), dpi: dpi, grey: false))
        #expect(F.isRed(F.rgb(image, 15, 30)) && F.isWhite(F.rgb(image, 30, 30)))
        // Both squares turn the same way: non-zero fills the middle too.
        #expect(F.isRed(F.rgb(image, 65, 80)) && F.isRed(F.rgb(image, 80, 80)))
    }

    @Test func strokedArcPassesThroughTheExpectedPoints() throws {
        // A quarter circle about (50, 50) from the top (50, 20) to the right (80, 50), clockwise on the page.
        let quarter = OFDPathObject(transform: .identity, commands: [
            .move(50, 20), .arc(rx: 30, ry: 30, rotation: 0, large: false, sweep: true, x: 80, y: 50),
        ], fill: nil, stroke: .black, lineWidth: 0.6)
        // Radii too small (2) for a 20 mm chord: scaled up to a half circle of radius 10 about (20, 80), over the top.
        let half = OFDPathObject(transform: .identity, commands: [
            .move(10, 80), .arc(rx: 2, ry: 2, rotation: 0, large: false, sweep: true, x: 30, y: 80),
        ], fill: nil, stroke: .black, lineWidth: 0.6)
        let image = try #require(OFDRenderer.render(F.page([.path(quarter), .path(half)]), package: try F.package(),
                                                    dpi: dpi, grey: false))
        let s = 30 / 2.0.squareRoot()
        #expect(F.ink(image, x0: 50 + s - 0.3, y0: 50 - s - 0.3, x1: 50 + s + 0.3, y1: 50 - s + 0.3) > 10)
        // Not the other small arc (about (80, 20)), nor the chord.
        #expect(F.ink(image, x0: 80 - s - 1, y0: 20 + s - 1, x1: 80 - s + 1, y1: 20 + s + 1) == 0)
        #expect(F.ink(image, x0: 64, y0: 34, x1: 66, y1: 36) == 0)
        #expect(F.ink(image, x0: 19.7, y0: 69.7, x1: 20.3, y1: 70.3) > 10)
        #expect(F.ink(image, x0: 19, y0: 85, x1: 21, y1: 95) == 0)
    }

    @Test func endpointArcHonoursRotationAndFlags() throws {
        // Rotated 90°: the ellipse's 10 mm x radius runs down the page, its 5 mm y radius across.
        func mid(sweep: Bool) throws -> (Double, Double) {
            let c = try #require(OFDEndpointArc.cubics(fromX: 0, y: -10, rx: 10, ry: 5, rotation: 90, large: false,
                                                       sweep: sweep, toX: 0, y: 10))
            #expect(c.count == 2)
            #expect(abs(c[1].x) < 1e-9 && abs(c[1].y - 10) < 1e-9)
            return (c[0].x, c[0].y)
        }
        let clockwise = try mid(sweep: true), counter = try mid(sweep: false)
        #expect(abs(clockwise.0 - 5) < 1e-9 && abs(clockwise.1) < 1e-9)
        #expect(abs(counter.0 + 5) < 1e-9 && abs(counter.1) < 1e-9)
        // Large arc: three quarters of the circle about (0, 10) from (0, 0) to (10, 10).
        let large = try #require(OFDEndpointArc.cubics(fromX: 0, y: 0, rx: 10, ry: 10, rotation: 0, large: true,
                                                       sweep: false, toX: 10, y: 10))
        #expect(large.count == 3)
        #expect(OFDEndpointArc.cubics(fromX: 0, y: 0, rx: 0, ry: 5, rotation: 0, large: false, sweep: true, toX: 1, y: 1) == nil)
        #expect(OFDEndpointArc.cubics(fromX: 1, y: 1, rx: 3, ry: 5, rotation: 0, large: false, sweep: true, toX: 1, y: 1)?.isEmpty == true)
    }

    @Test func imageLandsInItsBoxAndAlphaKeepsThePageBelow() throws {
        let parts = ["Doc_0/Res/green.png": F.solidPNG(r: 0, g: 0.8, b: 0), "Doc_0/Res/seal.png": F.sealPNG(size: 200)]
        let green = OFDImageObject(transform: OFDMatrix(a: 30, d: 10, e: 20, f: 20), resource: "1", file: "Doc_0/Res/green.png")
        let black = OFDPathObject(transform: .identity, commands: F.rect(50, 50, 40, 40), fill: .black, stroke: nil)
        let seal = OFDImageObject(transform: OFDMatrix(a: 40, d: 40, e: 50, f: 50), resource: "2", file: "Doc_0/Res/seal.png")
        let (image, report) = OFDRenderer.renderReporting(F.page([.image(green), .path(black), .image(seal)]),
                                                          package: try F.package(parts), dpi: dpi, grey: false)
        let img = try #require(image)
        let g = F.rgb(img, 35, 25)
        #expect(g.g > 180 && g.r < 30 && g.b < 30)
        #expect(F.isWhite(F.rgb(img, 35, 31)) && F.isWhite(F.rgb(img, 19, 25)) && F.isWhite(F.rgb(img, 51, 25)))
        // The seal's transparent ground leaves the black square black; its ring is red.
        let under = F.rgb(img, 60, 60)
        #expect(under.r < 20 && under.g < 20)
        #expect(F.isRed(F.rgb(img, 70, 50.9)) || F.rgb(img, 70, 50.9).r > 150)
        #expect(report.images == 2 && report.undecodedImages.isEmpty)
    }

    @Test func clipsLimitTheObjectToTheirIntersection() throws {
        // A 40 mm green image at (10, 10), clipped to a circle of radius 15 about its centre (given in a space
        // scaled ×10, as producers write clip areas), and a red square clipped to two overlapping rectangles.
        let parts = ["Doc_0/Res/green.png": F.solidPNG(r: 0, g: 0.8, b: 0)]
        var image = OFDImageObject(transform: OFDMatrix(a: 40, d: 40, e: 10, f: 10), resource: "1", file: "Doc_0/Res/green.png")
        image.clips = [OFDClip(areas: [.init(transform: OFDMatrix(a: 0.1, d: 0.1, e: 30, f: 30), commands: [
            .move(-150, 0), .arc(rx: 150, ry: 150, rotation: 0, large: true, sweep: true, x: 150, y: 0),
            .arc(rx: 150, ry: 150, rotation: 0, large: true, sweep: true, x: -150, y: 0), .close,
        ])])]
        var square = OFDPathObject(transform: .identity, commands: F.rect(60, 60, 30, 30), fill: F.red, stroke: nil)
        square.clips = [OFDClip(areas: [.init(transform: .identity, commands: F.rect(50, 50, 25, 50))]),
                        OFDClip(areas: [.init(transform: .translation(65, 0), commands: F.rect(0, 0, 100, 100))])]
        var empty = OFDPathObject(transform: .identity, commands: F.rect(5, 80, 10, 10), fill: .black, stroke: nil)
        empty.clips = [OFDClip(areas: [.init(transform: .identity, commands: [.move(0, 0)])])]
        let img = try #require(OFDRenderer.render(F.page([.image(image), .path(square), .path(empty)]),
                                                  package: try F.package(parts), dpi: dpi, grey: false))
        let centre = F.rgb(img, 30, 30), edge = F.rgb(img, 30, 16)
        #expect(centre.g > 180 && centre.r < 30 && edge.g > 180)
        #expect(F.isWhite(F.rgb(img, 12, 12)) && F.isWhite(F.rgb(img, 48, 48)) && F.isWhite(F.rgb(img, 30, 14)))
        // Only x in 65...75 of the square survives both clips.
        #expect(F.isRed(F.rgb(img, 70, 75)))
        #expect(F.isWhite(F.rgb(img, 62, 75)) && F.isWhite(F.rgb(img, 80, 75)))
        #expect(F.isWhite(F.rgb(img, 10, 85)))
    }

    @Test func undecodableImageIsSkippedAndCounted() throws {
        let parts = ["Doc_0/Res/bad.jpg": Data("not a picture".utf8)]
        let bad = OFDImageObject(transform: OFDMatrix(a: 30, d: 30, e: 10, f: 10), resource: "1", file: "Doc_0/Res/bad.jpg")
        let missing = OFDImageObject(transform: OFDMatrix(a: 30, d: 30, e: 10, f: 10), resource: "2", file: "Doc_0/Res/none.png")
        let unnamed = OFDImageObject(transform: OFDMatrix(a: 30, d: 30, e: 10, f: 10), resource: "3", file: nil)
        let box = OFDPathObject(transform: .identity, commands: F.rect(60, 60, 10, 10), fill: F.red, stroke: nil)
        let (image, report) = OFDRenderer.renderReporting(F.page([.image(bad), .image(missing), .image(unnamed), .path(box)]),
                                                          package: try F.package(parts), dpi: 72, grey: false)
        let img = try #require(image)
        #expect(F.isRed(F.rgb(img, 65, 65)) && F.isWhite(F.rgb(img, 25, 25)))
        #expect(Set(report.undecodedImages) == ["Doc_0/Res/bad.jpg", "Doc_0/Res/none.png", "3"])
        #expect(report.images == 0 && !report.complete && !report.notes.isEmpty)
    }

    @Test func imagePixelBudgetKeepsSealsFirst() throws {
        // Budget 500 pixels: the 20 × 20 seal picture (400) is decoded first, then the 8 × 8 image (64); the
        // second 8 × 8 one no longer fits.
        let parts = ["Doc_0/Res/a.png": F.solidPNG(r: 0, g: 0, b: 1), "Doc_0/Res/b.png": F.solidPNG(r: 0, g: 1, b: 0)]
        let a = OFDImageObject(transform: OFDMatrix(a: 10, d: 10, e: 10, f: 10), resource: "1", file: "Doc_0/Res/a.png")
        let b = OFDImageObject(transform: OFDMatrix(a: 10, d: 10, e: 30, f: 10), resource: "2", file: "Doc_0/Res/b.png")
        let stamp = OFDStampPicture(page: 0, box: (50, 50, 20, 20), type: "png", data: F.solidPNG(r: 1, g: 0, b: 0, size: 20))
        var limits = OFDDrawLimits()
        limits.maxImagePixels = 500
        let (image, report) = OFDRenderer.renderReporting(F.page([.image(a), .image(b)]), package: try F.package(parts),
                                                          dpi: 72, grey: false, stamps: [stamp], limits: limits)
        let img = try #require(image)
        #expect(F.isRed(F.rgb(img, 60, 60)) && F.rgb(img, 15, 15).b > 200 && F.isWhite(F.rgb(img, 35, 15)))
        #expect(report.images == 1 && report.stamps == 1 && report.undecodedImages == ["Doc_0/Res/b.png"])
    }

    @Test func textWithTheEmbeddedFontInksInsideTheGlyph() throws {
        let font = OFDFont(id: "F1", name: "DejaVu Sans", family: "DejaVu Sans", file: "Doc_0/Res/font_1.ttf")
        let parts = ["Doc_0/Res/font_1.ttf": try Data(contentsOf: URL(fileURLWithPath: F.dejaVuPath))]
        // "H" 10 mm high em at (20, 50) on the baseline: its cap height is ~7.3 mm, its advance ~7.5 mm.
        let text = OFDTextObject(transform: .identity, glyphs: [OFDGlyph(scalar: "H", x: 20, y: 50)], font: "F1", size: 10)
        let (image, report) = OFDRenderer.renderReporting(F.page([.text(text)]), package: try F.package(parts, fonts: [font]),
                                                          dpi: dpi, grey: true)
        let img = try #require(image)
        #expect(img.channels == 1)
        #expect(F.ink(img, x0: 20, y0: 42, x1: 28, y1: 50.2) > 500)
        // The left stem is solid; the counter between stems above the bar is empty.
        #expect(F.ink(img, x0: 21, y0: 44, x1: 22, y1: 45) > 50)
        #expect(F.ink(img, x0: 23.5, y0: 43.5, x1: 25, y1: 45) == 0)
        #expect(F.ink(img, x0: 0, y0: 0, x1: 100, y1: 41) == 0 && F.ink(img, x0: 0, y0: 51, x1: 100, y1: 100) == 0)
        #expect(F.ink(img, x0: 30, y0: 0, x1: 100, y1: 100) == 0)
        #expect(report.glyphs == 1 && report.fallbackGlyphs == 0 && report.fontsNotLoaded.isEmpty && report.complete)
    }

    @Test func glyphIndexAndHorizontalScaleAndSyntheticBold() throws {
        let font = OFDFont(id: "F1", name: "DejaVu Sans", file: "Doc_0/Res/f.ttf")
        let pkg = try F.package(["Doc_0/Res/f.ttf": try Data(contentsOf: URL(fileURLWithPath: F.dejaVuPath))], fonts: [font])
        // DejaVu Sans's glyph 43 is "H": the scalar "?" is ignored when the index is given.
        func inked(_ t: OFDTextObject) throws -> Int {
            let img = try #require(OFDRenderer.render(F.page([.text(t)]), package: pkg, dpi: dpi, grey: true))
            return F.ink(img, x0: 0, y0: 0, x1: 100, y1: 100)
        }
        let byIndex = OFDTextObject(transform: .identity, glyphs: [OFDGlyph(scalar: "?", x: 20, y: 50, glyphIndex: 43)],
                                    font: "F1", size: 10)
        let byChar = OFDTextObject(transform: .identity, glyphs: [OFDGlyph(scalar: "H", x: 20, y: 50)], font: "F1", size: 10)
        #expect(try inked(byIndex) == inked(byChar))
        var wide = byChar; wide.hScale = 2
        #expect(try Double(inked(wide)) > 1.7 * Double(inked(byChar)))
        var bold = byChar; bold.weight = 700
        #expect(try Double(inked(bold)) > 1.1 * Double(inked(byChar)))
    }

    @Test func cjkWithoutEmbeddedFontIsDrawnByTheFallback() throws {
        let noFile = OFDFont(id: "F1", name: "宋体", family: "宋体")
        let broken = OFDFont(id: "F2", name: "楷体", file: "Doc_0/Res/broken.ttf")
        let latin = OFDFont(id: "F3", name: "DejaVu Sans", file: "Doc_0/Res/dv.ttf")
        let parts = ["Doc_0/Res/broken.ttf": Data(repeating: 7, count: 500),
                     "Doc_0/Res/dv.ttf": try Data(contentsOf: URL(fileURLWithPath: F.dejaVuPath))]
        let pkg = try F.package(parts, fonts: [noFile, broken, latin])
        let a = OFDTextObject(transform: .identity, glyphs: [OFDGlyph(scalar: "中", x: 10, y: 30)], font: "F1", size: 10)
        let b = OFDTextObject(transform: .identity, glyphs: [OFDGlyph(scalar: "国", x: 40, y: 30)], font: "F2", size: 10)
        // DejaVu has no CJK: "文" falls back, "A" stays embedded.
        let c = OFDTextObject(transform: .identity, glyphs: [OFDGlyph(scalar: "A", x: 10, y: 70), OFDGlyph(scalar: "文", x: 20, y: 70)],
                              font: "F3", size: 10)
        let (image, report) = OFDRenderer.renderReporting(F.page([.text(a), .text(b), .text(c)]), package: pkg, dpi: dpi, grey: true)
        let img = try #require(image)
        #expect(F.ink(img, x0: 10, y0: 21, x1: 20, y1: 31) > 300)
        #expect(F.ink(img, x0: 40, y0: 21, x1: 50, y1: 31) > 300)
        #expect(F.ink(img, x0: 20, y0: 61, x1: 30, y1: 71) > 300)
        #expect(F.ink(img, x0: 10, y0: 61, x1: 18, y1: 71) > 200)
        #expect(report.fallbackGlyphs == 3 && report.glyphs == 4 && report.missingGlyphs == 0)
        #expect(report.fontsNotLoaded == ["楷体 (Doc_0/Res/broken.ttf)"])
    }

    @Test func regionRenderMatchesTheCropOfTheFullRender() throws {
        let font = OFDFont(id: "F1", name: "DejaVu Sans", file: "Doc_0/Res/f.ttf")
        let pkg = try F.package(["Doc_0/Res/f.ttf": try Data(contentsOf: URL(fileURLWithPath: F.dejaVuPath)),
                                 "Doc_0/Res/seal.png": F.sealPNG(size: 120)], fonts: [font])
        let objects: [OFDObject] = [
            .path(OFDPathObject(transform: .identity, commands: F.rect(5, 5, 60, 40), fill: F.blue, stroke: .black, lineWidth: 0.5)),
            .path(OFDPathObject(transform: .identity, commands: [.move(10, 60), .arc(rx: 15, ry: 8, rotation: 30, large: true,
                                                                                        sweep: false, x: 40, y: 70)],
                                fill: nil, stroke: F.red, lineWidth: 0.8)),
            .image(OFDImageObject(transform: OFDMatrix(a: 30, d: 30, e: 40, f: 30), resource: "s", file: "Doc_0/Res/seal.png")),
            .text(OFDTextObject(transform: .identity, glyphs: "Region 中".unicodeScalars.enumerated().map {
                OFDGlyph(scalar: $0.element, x: 12 + Double($0.offset) * 5, y: 55) }, font: "F1", size: 6)),
        ]
        let page = F.page(objects)
        // 144 dpi: 2 pixels a point, so a region on whole points starts on a whole pixel.
        let full = try #require(OFDRenderer.render(page, package: pkg, dpi: 144, grey: false))
        let region = Box(x0: 20, y0: 30, x1: 150, y1: 210)
        let part = try #require(OFDRenderer.render(page, package: pkg, dpi: 144, grey: false, region: region))
        #expect(part.width == 260 && part.height == 360 && part.originX == 20 && part.originY == 30)
        var worst = 0, differing = 0
        for y in 0..<part.height {
            for x in 0..<part.width {
                for ch in 0..<3 {
                    let a = Int(part.pixels[3 * (y * part.width + x) + ch])
                    let b = Int(full.pixels[3 * ((y + 60) * full.width + x + 40) + ch])
                    worst = max(worst, abs(a - b))
                    if a != b { differing += 1 }
                }
            }
        }
        #expect(worst <= 3, "worst channel difference \(worst), \(differing) differing")
        #expect(F.ink(part, x0: 10, y0: 10, x1: 50, y1: 40) > 1000)
    }

    @Test func regionRenderDecodesOnlyTheImagesItReaches() throws {
        let parts = ["Doc_0/Res/bad.jpg": Data("not a picture".utf8), "Doc_0/Res/green.png": F.solidPNG(r: 0, g: 0.8, b: 0)]
        let far = OFDImageObject(transform: OFDMatrix(a: 20, d: 20, e: 70, f: 70), resource: "1", file: "Doc_0/Res/bad.jpg")
        let near = OFDImageObject(transform: OFDMatrix(a: 20, d: 20, e: 5, f: 5), resource: "2", file: "Doc_0/Res/green.png")
        let page = F.page([.image(far), .image(near)])
        let pkg = try F.package(parts)
        let k = OFDPage.pointsPerMM
        let (part, report) = OFDRenderer.renderReporting(page, package: pkg, dpi: 100, grey: false,
                                                         region: Box(x0: 0, y0: 0, x1: 40 * k, y1: 40 * k))
        #expect(part != nil && report.images == 1 && report.undecodedImages.isEmpty)
        #expect(OFDRenderer.coverage(page: page, package: pkg).undecodedImages == ["Doc_0/Res/bad.jpg"])
    }

    @Test func sealPictureStampIsFoundBySealFinder() throws {
        let page = F.page([.path(OFDPathObject(transform: .identity, commands: F.rect(20, 20, 170, 0.5), fill: .black, stroke: nil))],
                          width: 210, height: 297)
        let stamp = OFDStampPicture(page: 0, box: (120, 200, 40, 40), type: "PNG", data: F.sealPNG())
        let elsewhere = OFDStampPicture(page: 3, box: (20, 20, 40, 40), type: "png", data: F.sealPNG())
        let (image, report) = OFDRenderer.renderReporting(page, package: try F.package(), dpi: 150, grey: false,
                                                          stamps: [stamp, elsewhere])
        let img = try #require(image)
        let seals = SealFinder.find(in: img, page: 0)
        let seal = try #require(seals.first)
        #expect(seals.count == 1)
        let k = OFDPage.pointsPerMM
        #expect(abs(seal.box.midX - 140 * k) < 4 && abs(seal.box.midY - 220 * k) < 4)
        #expect(abs(seal.box.width - 40 * k) < 6)
        #expect(report.stamps == 1 && report.stampsSkipped.isEmpty)
    }

    @Test func nestedOFDStampIsDrawnWhenItOpensAndCountedWhenNot() throws {
        // The seal document's own page: 40 × 40 mm with a red ring about its centre.
        let ring = OFDPathObject(transform: .identity, commands: [
            .move(2, 20), .arc(rx: 18, ry: 18, rotation: 0, large: true, sweep: true, x: 38, y: 20),
            .arc(rx: 18, ry: 18, rotation: 0, large: true, sweep: true, x: 2, y: 20), .close,
        ], fill: nil, stroke: F.red, lineWidth: 1.5)
        let sealPage = F.page([.path(ring)], width: 40, height: 40)
        let sealPackage = try F.package(pages: [sealPage])
        let stamp = OFDStampPicture(page: 0, box: (100, 150, 40, 40), type: "ofd", data: Data("zip".utf8))
        let page = F.page([], width: 210, height: 297)

        let (none, skipped) = OFDRenderer.renderReporting(page, package: try F.package(), dpi: 100, grey: false, stamps: [stamp])
        #expect(skipped.stampsSkipped == ["ofd": 1] && skipped.stamps == 0)
        #expect(F.ink(try #require(none), x0: 0, y0: 0, x1: 210, y1: 297) == 0)

        let (drawn, report) = OFDRenderer.renderReporting(page, package: try F.package(), dpi: 100, grey: false, stamps: [stamp],
                                                          openNested: { _ in sealPackage })
        let img = try #require(drawn)
        #expect(F.isRed(F.rgb(img, 102, 170)) && F.isRed(F.rgb(img, 120, 152)) && F.isWhite(F.rgb(img, 120, 170)))
        // The nested page's own objects are not counted among the page's.
        #expect(report.stamps == 1 && report.stampsSkipped.isEmpty && report.paths == 0)
        #expect(SealFinder.find(in: img, page: 0).count == 1)
    }

    @Test func brokenGeometryIsSkippedAndTheRestDrawn() throws {
        let nan = OFDPathObject(transform: .identity, commands: [.move(.nan, 5), .line(10, .infinity), .move(10, 10),
                                                                 .line(30, 10), .line(30, 30), .line(10, 30), .close],
                                fill: F.red, stroke: nil)
        let singular = OFDPathObject(transform: OFDMatrix(a: 0, b: 0, c: 0, d: 0), commands: F.rect(0, 0, 1, 1), fill: .black, stroke: nil)
        let infinite = OFDPathObject(transform: OFDMatrix(a: .infinity, d: 1), commands: F.rect(0, 0, 1, 1), fill: .black, stroke: nil)
        let text = OFDTextObject(transform: .identity, glyphs: [OFDGlyph(scalar: "中", x: .nan, y: 1)], font: nil, size: 5)
        let tiny = OFDTextObject(transform: .identity, glyphs: [OFDGlyph(scalar: "中", x: 1, y: 1)], font: nil, size: 0)
        let after = OFDPathObject(transform: .identity, commands: F.rect(60, 60, 10, 10), fill: F.blue, stroke: nil)
        var page = F.page([.path(nan), .path(singular), .path(infinite), .text(text), .text(tiny), .path(after)])
        page.skipped = ["CompositeObject": 2]
        let (image, report) = OFDRenderer.renderReporting(page, package: try F.package(), dpi: 100, grey: false)
        let img = try #require(image)
        #expect(F.isRed(F.rgb(img, 20, 20)))
        let blue = F.rgb(img, 65, 65)
        #expect(blue.b > 200 && blue.r < 30)
        #expect(report.invalidGeometry == 6)
        #expect(report.skippedObjects == ["CompositeObject": 2])
        #expect(report.notes.contains { $0.contains("CompositeObject") })
    }

    @Test func hostilePathCountIsCut() throws {
        // 3 million commands shared by 30 objects (one array, copy-on-write): 1 million past the cap. Tiny dashes
        // spread over the page, so drawing them is cheap and the test measures the cap, not cairo.
        var dashes: [OFDPathCommand] = []
        for i in 0..<50_000 {
            let x = 5 + Double(i % 300) * 0.3, y = 5 + Double(i / 300) * 0.5
            dashes += [.move(x, y), .line(x + 0.05, y)]
        }
        let objects = (0..<30).map { _ in OFDObject.path(OFDPathObject(transform: .identity, commands: dashes, fill: nil,
                                                                       stroke: .black, lineWidth: 0.1)) }
        let start = Date()
        let (image, report) = OFDRenderer.renderReporting(F.page(objects), package: try F.package(), dpi: 72, grey: true)
        let seconds = Date().timeIntervalSince(start)
        #expect(image != nil)
        #expect(report.commandsCut == 1_000_000 && report.paths == 20 && !report.timedOut)
        #expect(seconds < 20, "took \(seconds) s")
        // One path past the per-path cap is drawn up to it.
        var limits = OFDDrawLimits()
        limits.maxCommandsPerPath = 60_000
        let one = OFDRenderer.renderReporting(F.page([objects[0]]), package: try F.package(), dpi: 72, grey: true, limits: limits)
        #expect(one.report.commandsCut == 40_000 && one.report.paths == 1)
    }

    @Test func denseEdgesRunOutOfTimeNotMinutes() throws {
        // Zigzags piled into one small area: every edge crosses the same pixel rows, the scan converter's worst case.
        var zigzag: [OFDPathCommand] = [.move(10, 10)]
        for i in 1..<20_000 { zigzag.append(.line(10 + Double(i % 50), 10 + Double(i % 7))) }
        let objects = (0..<40).map { _ in OFDObject.path(OFDPathObject(transform: .identity, commands: zigzag, fill: nil,
                                                                       stroke: .black, lineWidth: 0.1)) }
        let stamp = OFDStampPicture(page: 0, box: (50, 50, 40, 40), type: "png", data: F.sealPNG(size: 100))
        var limits = OFDDrawLimits()
        limits.maxSeconds = 0.3
        let start = Date()
        let (image, report) = OFDRenderer.renderReporting(F.page(objects), package: try F.package(), dpi: 72, grey: false,
                                                          stamps: [stamp], limits: limits)
        let seconds = Date().timeIntervalSince(start)
        #expect(report.timedOut && report.objectsCut > 0 && report.paths + report.objectsCut == 40)
        #expect(seconds < 8, "took \(seconds) s")
        // The seal is drawn all the same.
        let img = try #require(image)
        #expect(report.stamps == 1 && F.rgb(img, 50.5, 70).r > 150)
    }

    @Test func concurrentRendersAgree() async throws {
        // Embedded and fallback faces under load from several tasks at once (the render lock serialises FreeType).
        let dejaVu = try Data(contentsOf: URL(fileURLWithPath: F.dejaVuPath))
        let glyphs = "Seal 印章 2026".unicodeScalars.enumerated().map { OFDGlyph(scalar: $0.element, x: 5 + Double($0.offset) * 6, y: 20) }
        let page = F.page([.text(OFDTextObject(transform: .identity, glyphs: glyphs, font: "F1", size: 6))])
        let renders = await withTaskGroup(of: [UInt8]?.self) { group in
            for _ in 0..<6 {
                group.addTask {
                    let font = OFDFont(id: "F1", name: "DejaVu Sans", file: "Doc_0/Res/f.ttf")
                    guard let pkg = try? F.package(["Doc_0/Res/f.ttf": dejaVu], fonts: [font]) else { return nil }
                    return OFDRenderer.render(page, package: pkg, dpi: 150, grey: true)?.pixels
                }
            }
            var out: [[UInt8]?] = []
            for await r in group { out.append(r) }
            return out
        }
        let first = try #require(renders.first ?? nil)
        #expect(renders.count == 6 && renders.allSatisfy { $0 == first })
        #expect(first.contains { $0 < 100 })
    }

    @Test func tooLargeOrEmptyPagesAreRefused() throws {
        let pkg = try F.package()
        #expect(OFDRenderer.render(F.page([], width: 2000, height: 2000), package: pkg, dpi: 600, grey: true) == nil)
        #expect(OFDRenderer.render(F.page([], width: 0, height: 100), package: pkg, dpi: 72, grey: true) == nil)
        #expect(OFDRenderer.render(F.page([]), package: pkg, dpi: 72, grey: true, region: Box(x0: 500, y0: 500, x1: 600, y1: 600)) == nil)
        let report = OFDRenderer.coverage(page: F.page([]), package: pkg, stamps: [
            OFDStampPicture(page: 0, box: (0, 0, 10, 10), type: "svg", data: Data("<svg/>".utf8)),
        ])
        #expect(report.stampsSkipped == ["svg": 1])
    }
}
