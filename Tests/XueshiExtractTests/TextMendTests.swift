import Testing
import XueshiCore
@testable import XueshiExtract

/// Spaces inside CJK runs: a label spread to its neighbours' width is one word; a table's cells stay apart.
@Suite struct TextMendTests {
    /// Characters `pitch` points apart from `x`, each `size` wide; "_" leaves a space in the text at that slot.
    private func spread(_ text: String, x: Double, y: Double, size: Double = 12, pitch: Double) -> Line {
        var glyphs: [Box] = []
        var cx = x
        var out = ""
        for c in text {
            if c == "_" {
                out.append(" ")
                glyphs.append(Box(x0: cx - (pitch - size), y0: y, x1: cx, y1: y + size))
                continue
            }
            out.append(c)
            glyphs.append(Box(x0: cx, y0: y, x1: cx + size, y1: y + size))
            cx += pitch
        }
        return Line(text: out, glyphs: glyphs, box: Box(x0: x, y0: y, x1: cx, y1: y + size), fontSize: size)
    }

    private func string(_ line: Line) -> String {
        let page = Page(number: 1, width: 595, height: 842, blocks: [Block(lines: [line], box: line.box)], textSource: .textLayer)
        return TextView(document: Document(format: .pdf, pages: [page], byteCount: 1)).string
    }

    @Test func spreadLabelIsOneWord() {
        // 登 记 号: three characters at a pitch of two ems, then the value.
        #expect(string(spread("登_记_号:_2025SR0000001", x: 60, y: 100, pitch: 24)) == "登记号: 2025SR0000001")
    }

    @Test func tableCellsStayApart() {
        #expect(string(spread("男_浙江大学_信息安全", x: 60, y: 100, pitch: 24)) == "男 浙江大学 信息安全")
        // Single characters at uneven gaps are cells, not a spread label.
        var line = spread("甲_乙_丙", x: 60, y: 100, pitch: 24)
        line.glyphs[4] = Box(x0: 200, y0: 100, x1: 212, y1: 112)
        #expect(string(line) == "甲 乙 丙")
        // A form's blank date keeps the blanks.
        #expect(string(spread("年_月_日", x: 60, y: 100, pitch: 24)) == "年 月 日")
    }
}
