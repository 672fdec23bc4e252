import Testing
import XueshiCore
@testable import XueshiRead

/// Glyphs laid out as a PDF would place them: CJK one em wide, ASCII half an em.
func glyphs(_ text: String, x: Double, y: Double, size: Double = 10, line: Int) -> [Glyph] {
    var out: [Glyph] = []
    var cursor = x
    for scalar in text.unicodeScalars {
        let width = scalar.isASCII ? size / 2 : size
        if scalar == " " { cursor += width; continue }
        out.append(Glyph(scalar: scalar, box: Box(x0: cursor, y0: y, x1: cursor + width, y1: y + size),
                         sourceLine: line, spaceBefore: false))
        cursor += width
    }
    return out
}

@Suite("Reading order")
struct LayoutTests {
    let layout = PageLayout(width: 595, height: 842)

    @Test func alignedColumnsAreReadLeftThenRight() {
        var input: [Glyph] = glyphs("两栏论文的标题在最上面", x: 200, y: 60, size: 16, line: 0)
        // Poppler sometimes runs a row across the gutter; rows share baselines here.
        for row in 0..<12 {
            let y = 120 + Double(row) * 15
            input += glyphs("左栏第\(row)行文字内容文字内容文字内容", x: 50, y: y, line: row + 1)
            input += glyphs("右栏第\(row)行文字内容文字内容文字内容", x: 310, y: y, line: row + 1)
        }
        input += glyphs("页脚 第1页", x: 270, y: 800, line: 99)
        let lines = layout.blocks(from: input).flatMap(\.lines).map(\.text)
        #expect(lines.first == "两栏论文的标题在最上面")
        #expect(lines.last == "页脚 第1页")
        let left = lines.indices.filter { lines[$0].hasPrefix("左栏") }
        let right = lines.indices.filter { lines[$0].hasPrefix("右栏") }
        #expect(left.count == 12 && right.count == 12)
        #expect(left.max()! < right.min()!)
        #expect(lines[left[0]] == "左栏第0行文字内容文字内容文字内容")
    }

    @Test func tableRowStaysOneLine() {
        var input = glyphs("姓名", x: 66, y: 127, size: 10.5, line: 0)
        input += glyphs("钱淼湘", x: 114.8, y: 127, size: 10.5, line: 1)
        input += glyphs("证件号码", x: 299.3, y: 127, size: 10.5, line: 1)
        input += glyphs("340602********8934", x: 358.6, y: 127, size: 12.6, line: 1)
        input += glyphs("工作单位", x: 55.5, y: 152, size: 10.5, line: 2)
        input += glyphs("蚌埠市第三人民医院", x: 114.8, y: 152, size: 10.5, line: 3)
        let blocks = layout.blocks(from: input)
        let lines = blocks.flatMap(\.lines)
        #expect(lines.map(\.text) == ["姓名 钱淼湘 证件号码 340602********8934", "工作单位 蚌埠市第三人民医院"])
        #expect(lines.allSatisfy { $0.text.count == $0.glyphs.count })
        #expect(blocks.count == 1)
    }

    @Test func scrambledOrderIsSortedTopToBottom() {
        let input = glyphs("第三行", x: 50, y: 140, line: 0) + glyphs("第一行", x: 50, y: 100, line: 1)
            + glyphs("第二行", x: 50, y: 120, line: 2)
        #expect(layout.blocks(from: input).flatMap(\.lines).map(\.text) == ["第一行", "第二行", "第三行"])
    }

    @Test func wordsGetOneSpaceWithABoxSpanningTheGap() {
        var input = glyphs("Hello", x: 50, y: 100, line: 0)
        input += glyphs("world", x: 82, y: 100, line: 0).map { var g = $0; g.spaceBefore = $0.scalar == "w"; return g }
        let line = layout.blocks(from: input)[0].lines[0]
        #expect(line.text == "Hello world")
        #expect(line.glyphs[5].x0 == 75 && line.glyphs[5].x1 == 82)
    }

    @Test func combiningMarksShareTheirBaseBox() {
        let input = glyphs("Cafe\u{301}", x: 50, y: 100, line: 0)
        let line = layout.blocks(from: input)[0].lines[0]
        #expect(line.text == "Café")
        #expect(line.glyphs.count == 4)
        #expect(line.glyphs[3] == Box(x0: 65, y0: 100, x1: 80, y1: 110))
    }

    @Test func blocksSplitOnGapsAndFontSize() {
        var input = glyphs("培训合格证书", x: 200, y: 100, size: 30, line: 0)
        input += glyphs("证明：某某已完成培训，学习日期", x: 100, y: 200, size: 14, line: 1)
        input += glyphs("2024年6月5日至9日，累计学时80。", x: 80, y: 230, size: 14, line: 2)
        input += glyphs("某某培训中心", x: 400, y: 400, size: 14, line: 3)
        input += glyphs("2024年6月9日", x: 405, y: 420, size: 14, line: 4)
        let blocks = layout.blocks(from: input).map { $0.lines.map(\.text) }
        #expect(blocks == [["培训合格证书"], ["证明：某某已完成培训，学习日期", "2024年6月5日至9日，累计学时80。"],
                           ["某某培训中心", "2024年6月9日"]])
    }

    @Test(arguments: [0, 90, 180, 270])
    func rotatedPagesReadInTheirTextDirection(_ rotate: Int) throws {
        let content = "BT /F1 20 Tf 72 700 Td (Hello rotated world) Tj 0 -30 Td (Second line) Tj ET"
        let data = MiniPDF(pages: [.init(content: content, rotate: rotate)]).data()
        let page = try #require(try DocumentReader.read(data: data).get().pages.first)
        #expect(page.lines.map(\.text) == ["Hello rotated world", "Second line"])
        #expect(rotate % 180 == 0 ? page.width == 595 : page.width == 842)
        for line in page.lines {
            #expect(line.fontSize > 15 && line.fontSize < 30)
            for g in line.glyphs {
                #expect(g.x0 >= 0 && g.x1 <= page.width && g.y0 >= 0 && g.y1 <= page.height && g.x0 <= g.x1 && g.y0 <= g.y1)
            }
        }
        // The first letter sits where the page turned it: the original top-left corner moves clockwise.
        let h = page.lines[0].glyphs[0]
        switch rotate {
        case 0: #expect(h.x0 < 100 && h.y0 < 150)
        case 90: #expect(h.x0 > 650 && h.y0 < 100)
        case 180: #expect(h.x0 > 450 && h.y0 > 650)
        default: #expect(h.x0 < 200 && h.y0 > 450)
        }
    }

    @Test func largePageStaysFast() {
        // 300 rows of two 30-character columns: about 18k glyphs, more than a dense six-page paper has per page.
        var input: [Glyph] = []
        for row in 0..<300 {
            let y = 20 + Double(row) * 9
            input += glyphs(String(repeating: "左", count: 30), x: 40, y: y, size: 7.5, line: 2 * row)
            input += glyphs(String(repeating: "右", count: 30), x: 320, y: y, size: 7.5, line: 2 * row + 1)
        }
        let clock = ContinuousClock()
        var lines: [Line] = []
        let tall = PageLayout(width: 595, height: 2800)
        let elapsed = clock.measure { lines = tall.blocks(from: input).flatMap(\.lines) }
        #expect(lines.count == 600)
        #expect(lines.prefix(300).allSatisfy { $0.text.hasPrefix("左") })
        #expect(elapsed < .seconds(2), "debug build: \(elapsed)")
    }

    @Test func emptyInput() {
        #expect(layout.blocks(from: []).isEmpty)
    }
}
