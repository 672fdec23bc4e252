import Foundation
import Testing
@testable import XueshiRead

/// Delta lists, matrices, colours and path data on tiny inputs.
@Suite struct OFDNumbersTests {
    @Test func deltaRepeatForm() {
        #expect(OFDNumbers.deltas("g 3 1.5", count: 10) == [1.5, 1.5, 1.5])
        #expect(OFDNumbers.deltas("1 g 2 2.5 3", count: 10) == [1, 2.5, 2.5, 3])
        #expect(OFDNumbers.deltas("g 999999999 1", count: 4) == [1, 1, 1, 1])
        #expect(OFDNumbers.deltas("g 2", count: 4) == [])
        #expect(OFDNumbers.deltas(nil, count: 4) == [])
    }

    @Test func shortDeltaListsRepeatTheirLastValue() throws {
        let code = OFDElement(name: "TextCode", attributes: ["X": "1", "Y": "4", "DeltaX": "g 2 3 1.5"])
        let placed = OFDContentReader.place(code, scalars: Array("中文字12".unicodeScalars), size: 3, hScale: 1,
                                            startX: 0, startY: 0, firstLine: 0)
        #expect(placed.glyphs.map(\.x) == [1, 4, 7, 8.5, 10])
        #expect(placed.glyphs.allSatisfy { $0.y == 4 })
        // The last character has no delta: half an em for a digit.
        #expect(placed.glyphs.last?.advance == 1.5)
    }

    @Test func deltaYJumpStartsANewLine() {
        let code = OFDElement(name: "TextCode", attributes: ["X": "0", "Y": "5", "DeltaX": "2 -2 2", "DeltaY": "0 5 0"])
        let placed = OFDContentReader.place(code, scalars: Array("ABCD".unicodeScalars), size: 4, hScale: 1,
                                            startX: 0, startY: 0, firstLine: 3)
        #expect(placed.glyphs.map(\.line) == [3, 3, 4, 4])
        #expect(placed.glyphs.map(\.y) == [5, 5, 10, 10])
    }

    @Test func ctmWorksInsideTheBoundary() {
        let e = OFDElement(name: "TextObject", attributes: ["Boundary": "10 20 30 40", "CTM": "0.5 0 0 2 1 1"])
        let m = OFDContentReader.transform(e)
        let p = m.apply(2, 3)
        #expect(abs(p.x - (0.5 * 2 + 1 + 10)) < 1e-9)
        #expect(abs(p.y - (2 * 3 + 1 + 20)) < 1e-9)
        let plain = OFDContentReader.transform(OFDElement(name: "PathObject", attributes: ["Boundary": "5 6 1 1"]))
        #expect(plain == .translation(5, 6))
    }

    @Test func colours() {
        var res = OFDResources()
        res.colorSpaces["g"] = .init(type: "GRAY")
        res.colorSpaces["c"] = .init(type: "CMYK")
        res.colorSpaces["p"] = .init(type: "RGB", bitsPerComponent: 8, palette: ["255 0 0", "0 0 255"])
        res.colorSpaces["4"] = .init(type: "RGB", bitsPerComponent: 4)
        func c(_ a: [String: String]) -> OFDColor? { OFDColorReader.color(OFDElement(name: "FillColor", attributes: a), resources: res) }
        #expect(c(["Value": "255 0 0"]) == OFDColor(r: 1, g: 0, b: 0))
        #expect(c(["Value": "#ff #00 #ff"]) == OFDColor(r: 1, g: 0, b: 1))
        #expect(c(["Value": "51", "ColorSpace": "g"]) == OFDColor(r: 0.2, g: 0.2, b: 0.2))
        #expect(c(["Value": "0 255 255 0", "ColorSpace": "c"]) == OFDColor(r: 1, g: 0, b: 0))
        #expect(c(["Index": "1", "ColorSpace": "p"]) == OFDColor(r: 0, g: 0, b: 1))
        #expect(c(["Value": "15 0 0", "ColorSpace": "4"]) == OFDColor(r: 1, g: 0, b: 0))
        #expect(c(["Value": "0 0 0", "Alpha": "51"])?.alpha == 0.2)
        #expect(c([:]) == nil)
    }

    @Test func drawParamRelativeChain() {
        var res = OFDResources()
        res.drawParams["1"] = .init(relative: nil, lineWidth: 2, fill: OFDElement(name: "FillColor", attributes: ["Value": "255 0 0"]))
        res.drawParams["2"] = .init(relative: "1", lineWidth: nil)
        res.drawParams["3"] = .init(relative: "3", lineWidth: 1)
        #expect(res.drawParam("2")?.lineWidth == 2)
        #expect(res.drawParam("2")?.fill?["Value"] == "255 0 0")
        #expect(res.drawParam("3")?.lineWidth == 1)
    }

    @Test func abbreviatedData() {
        let c = OFDPathData.parse("S 0 0 M 1 1 L 2 2 Q 1 2 3 4 B 1 2 3 4 5 6 A 5 5 30 1 0 9 9 C L 1")
        #expect(c == [.move(0, 0), .move(1, 1), .line(2, 2), .quad(1, 2, 3, 4), .cubic(1, 2, 3, 4, 5, 6),
                      .arc(rx: 5, ry: 5, rotation: 30, large: true, sweep: false, x: 9, y: 9), .close])
        #expect(OFDPathData.parse("") == [])
        #expect(OFDPathData.parse("M x y L 1 2") == [])
    }
}
