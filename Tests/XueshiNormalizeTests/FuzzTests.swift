import Testing
import XueshiNormalize

/// Nothing traps and every offset stays inside the text, whatever the input.
@Suite struct FuzzTests {
    static let alphabet: [String] = [
        "0", "1", "2", "3", "5", "7", "9", "2025", "12", "31", "-", "/", ".", ",", ":", " ", "\n", "\r\n", "\t",
        "年", "月", "日", "号", "至", "到", "起", "于", "—", "–", "~", "〜", "～", "、", "，", "。", "（", "）",
        "一", "二", "十", "百", "千", "万", "亿", "两", "零", "〇", "点", "廿", "半", "个", "天", "周", "学时", "课时",
        "小时", "学分", "字", "约", "余", "多", "以上", "为期", "满", "第", "July", "Jan", "May", "to", "of", "st",
        "hours", "credits", "CPD", "about", "a", "Z", "：", "０", "９", "\u{3000}", "\u{00A0}", "\u{301}", "👍🏽",
        "🇨", "🇳", "\u{200B}", "\u{FEFF}", "\u{2F47}", "𠮟", "é", "\u{0}", "\u{FFFF}", "99999999999999999999",
    ]

    static func randomText(_ g: inout SplitMix) -> String {
        let n = Int(g.next() % 24)
        var s = ""
        for _ in 0..<n { s += alphabet[Int(g.next() % UInt64(alphabet.count))] }
        return s
    }

    @Test func nothingTraps() {
        var g = SplitMix(state: 20_250_701)
        for _ in 0..<3000 {
            let text = Self.randomText(&g)
            let count = text.count
            #expect(Normalize.foldWidth(text).count == count)
            let (cleaned, source) = Normalize.clean(text)
            #expect(source.count == cleaned.count)
            #expect(source.allSatisfy { $0 >= 0 && $0 < max(count, 1) })
            _ = Normalize.number(text)
            for (r, _) in Normalize.findNumbers(in: text) {
                #expect(r.lowerBound >= 0 && r.upperBound <= count && !r.isEmpty)
            }
            var last = 0
            for m in Normalize.findDates(in: text, defaultYear: 2025) {
                #expect(m.range.lowerBound >= last && m.range.upperBound <= count)
                #expect(slice(text, m.range) == m.text)
                last = m.range.upperBound
            }
            for q in Normalize.findQuantities(in: text) {
                #expect(q.range.lowerBound >= 0 && q.range.upperBound <= count)
                #expect(slice(text, q.range) == q.text)
                #expect(q.value.isFinite)
            }
            _ = Normalize.yearHint(in: text)
        }
    }

    @Test func randomScalars() {
        var g = SplitMix(state: 42)
        for _ in 0..<1000 {
            var scalars = String.UnicodeScalarView()
            for _ in 0..<Int(g.next() % 16) {
                let v = UInt32(g.next() % 0x11_0000)
                if let s = Unicode.Scalar(v) { scalars.append(s) }
            }
            let text = String(scalars)
            #expect(Normalize.foldWidth(text).count == text.count)
            let (cleaned, source) = Normalize.clean(text)
            #expect(source.count == cleaned.count)
            _ = Normalize.number(text)
            _ = Normalize.findNumbers(in: text)
            for m in Normalize.findDates(in: text, defaultYear: nil) { #expect(slice(text, m.range) == m.text) }
            for q in Normalize.findQuantities(in: text) { #expect(slice(text, q.range) == q.text) }
        }
    }

    @Test func longInputIsFast() {
        let page = String(repeating: "学习日期2024年6月5日至9日，累计学时80，为期5天。ISSN 1000-0860 July 1-3, 2025 ", count: 400)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = Normalize.clean(page)
            _ = Normalize.findDates(in: page, defaultYear: 2025)
            _ = Normalize.findQuantities(in: page)
        }
        #expect(Normalize.findDates(in: page, defaultYear: nil).count == 800)
        #expect(elapsed < .seconds(5))
    }

    /// Long runs of one kind must not make any scanner quadratic.
    @Test(arguments: ["1", "一", "百", "年", " ", "-", "2025年7月", "7月1日至", "a", "July ", "1-", "个", "半", "., ", "1 ", "1年", "July 1-", "7月1日—", "2025-07-01 - ", "一月一日至", "\n"])
    func adversarialRuns(unit: String) {
        let text = String(repeating: unit, count: 20_000 / unit.count)
        let clock = ContinuousClock()
        let elapsed = clock.measure {
            _ = Normalize.clean(text)
            _ = Normalize.findNumbers(in: text)
            _ = Normalize.findDates(in: text, defaultYear: 2025)
            _ = Normalize.findQuantities(in: text)
            _ = Normalize.yearHint(in: text)
            _ = Normalize.number(text)
        }
        #expect(elapsed < .seconds(2))
    }
}
