import Testing
import XueshiNormalize

@Suite struct WidthTests {
    @Test(arguments: [
        ("学时：４０（含）", "学时:40(含)"),
        ("２０２５－０７－０１～０３", "2025-07-01~03"),
        ("ＺＬ　２０２４", "ZL 2024"),
        ("a\u{00A0}b\u{2003}c\u{202F}d", "a b c d"),
        ("，。、“”《》〔〕—", "，。、“”《》〔〕—"),
        ("２０２５年７月１日，共计３２学时。", "2025年7月1日，共计32学时。"),
        ("\u{2F47}\u{2F49}", "日月"),  // Kangxi radicals from PDF fonts
        ("", ""),
        ("plain ascii", "plain ascii"),
    ])
    func folds(input: String, expected: String) {
        let out = Normalize.foldWidth(input)
        #expect(out == expected)
        #expect(out.count == input.count)
    }

    @Test(arguments: ["e\u{301}１", "👍🏽Ａ", "\r\n　\r\n", "🇨🇳Ｂ", "\u{FF10}\u{0301}", "\u{200B}\u{301}Ａ"])
    func keepsCharacterCount(input: String) {
        #expect(Normalize.foldWidth(input).count == input.count)
    }

    @Test func cjkClassification() {
        for c: Character in ["中", "〇", "日", "，", "。", "、", "《", "》", "〔", "\u{20B9F}", "\u{2F47}"] {
            #expect(Normalize.isCJK(c), "\(c)")
        }
        for c: Character in ["a", "1", ":", " ", "“", "—", "é", "한", "(", "\u{3000}"] {
            #expect(!Normalize.isCJK(c), "\(c)")
        }
    }

    @Test(arguments: [
        ("专 利 号：    ZL 2024 1 8350932.3", "专利号: ZL 2024 1 8350932.3"),
        ("累计 40 学时", "累计40学时"),
        ("2025 年 7 月 1 日", "2025年7月1日"),
        ("  hello   world \n\t again  ", "hello world again"),
        ("自2023年5月4日起至2023年8月3\n日止", "自2023年5月4日起至2023年8月3日止"),
        ("学习日期2024年6月\n5日至9日", "学习日期2024年6月5日至9日"),
        ("姓名      钱淼湘        证件号码", "姓名钱淼湘证件号码"),
        ("100%       82         2", "100% 82 2"),
        ("学时 ， 合格", "学时，合格"),
        ("　全角　空格　", "全角空格"),
        ("", ""),
        ("   ", ""),
        ("6 CPD hours", "6 CPD hours"),
        ("专\u{200B}利\u{FEFF}号", "专利号"),
    ])
    func cleans(input: String, expected: String) {
        let (text, source) = Normalize.clean(input)
        #expect(text == expected)
        #expect(source.count == text.count)
        // Every output Character comes from the input position the map names (modulo width folding).
        let folded = Array(Normalize.foldWidth(input))
        for (i, c) in Array(text).enumerated() where c != " " {
            #expect(folded[source[i]] == c)
        }
        #expect(source == source.sorted())
    }

    @Test func cleanMapsOddInput() {
        for input in ["中 \n\u{301}x", "\u{301} 中", "🇺 🇸🇦 中", "a\r\n\r\nb", "中\u{200B}文"] {
            let (text, source) = Normalize.clean(input)
            #expect(source.count == text.count)
            #expect(source.allSatisfy { $0 >= 0 && $0 < Array(input).count })
        }
    }
}
