import Testing
import XueshiNormalize

@Suite struct NumeralTests {
    @Test(arguments: [
        ("32", 32.0), ("32.5", 32.5), ("1,000", 1000), ("12,345.5", 12345.5), ("１２", 12), (" 40 ", 40),
        ("三十二", 32), ("十二", 12), ("十", 10), ("二十五", 25), ("一百二十", 120), ("一百零五", 105),
        ("一百二", 120), ("三千五", 3500), ("两万五", 25000), ("十万", 100_000), ("一千零五十", 1050),
        ("两", 2), ("零", 0), ("零点五", 0.5), ("十二点五", 12.5), ("二〇二五", 2025), ("二零二五", 2025),
        ("一九九八", 1998), ("廿四", 24), ("卅", 30), ("壹佰贰拾", 120), ("一亿二千万", 120_000_000),
        ("1.5万", 15000), ("3千", 3000),
    ])
    func parses(input: String, expected: Double) {
        #expect(Normalize.number(input) == expected)
    }

    @Test(arguments: [
        "", " ", "abc", "百", "千", "万", "亿", "十十", "1,00", "1,0000", "32学时", "12a", "点五", "十二点", "一二十",
        "1.2.3", "--", "2025-07", "万万", "百千", String(repeating: "9", count: 400),
    ])
    func rejects(input: String) {
        #expect(Normalize.number(input) == nil)
    }

    @Test func findsRuns() {
        let text = "共计三十二学时，合计1,000元，得分32.5，二〇二五年，统一，百分之百"
        let found = Normalize.findNumbers(in: text)
        #expect(found.map(\.value) == [32, 1000, 32.5, 2025, 1])
        #expect(found.map { slice(text, $0.range) } == ["三十二", "1,000", "32.5", "二〇二五", "一"])
    }

    @Test func dottedSequencesAreNotDecimals() {
        #expect(Normalize.findNumbers(in: "2025.07.01").map(\.value) == [2025, 7, 1])
        #expect(Normalize.findNumbers(in: "v 1.5 ok").map(\.value) == [1.5])
        #expect(Normalize.findNumbers(in: "１２学时").map(\.value) == [12])
        #expect(Normalize.findNumbers(in: "十二点五学时").map(\.value) == [12.5])
        #expect(Normalize.findNumbers(in: "一点也不").map(\.value) == [1])
        #expect(Normalize.findNumbers(in: "万一").map(\.value) == [1])
        #expect(Normalize.findNumbers(in: "").isEmpty)
    }
}
