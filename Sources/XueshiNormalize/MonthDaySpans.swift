extension Normalize {
    /// Words that, shortly before "8.11—8.13", show it is a period and not two decimals.
    private static let periodCues: [String] = ["于", "时间", "时段", "日期", "期间", "会期", "举办", "自", "从", "(", "（"]

    /// "于8.11—8.13参加", "(6.16—6.18，包头)": month.day spans without a year, read in the document's year. Only
    /// with a connector, a valid calendar day on both sides and a cue word just before, since "1.5～2.5" is a range
    /// of numbers.
    static func monthDaySpans(in text: String, year: Int) -> [DateMatch] {
        let cs = Array(text)
        var out: [DateMatch] = []
        func num(_ i: Int) -> (Int, Int)? {
            var j = i, v = 0
            while j < cs.count, j - i < 2, let d = cs[j].wholeNumberValue, cs[j].isASCII { v = v * 10 + d; j += 1 }
            return j > i ? (v, j) : nil
        }
        func monthDay(_ i: Int) -> (Int, Int, Int)? {
            guard let (m, e1) = num(i), e1 < cs.count, cs[e1] == ".", let (d, e2) = num(e1 + 1) else { return nil }
            return (m, d, e2)
        }
        var i = 0
        while i < cs.count {
            let prevOK = i == 0 || !(cs[i - 1].isASCII && (cs[i - 1].isNumber || cs[i - 1].isLetter) || cs[i - 1] == ".")
            guard prevOK, cs[i].isASCII, cs[i].isNumber, let (m1, d1, e1) = monthDay(i) else { i += 1; continue }
            var j = e1
            while j < cs.count, cs[j] == " " { j += 1 }
            guard j < cs.count, "—–-~～〜至到".contains(cs[j]) else { i = e1; continue }
            j += 1
            while j < cs.count, cs[j] == "—" || cs[j] == " " { j += 1 }
            guard let (m2, d2, e2) = monthDay(j),
                  e2 >= cs.count || !(cs[e2].isASCII && cs[e2].isNumber || cs[e2] == "." || cs[e2] == "%") else { i = e1; continue }
            let before = String(cs[max(0, i - 8)..<i])
            let clause = before.split(whereSeparator: { "，。；,;".contains($0) }).last.map(String.init) ?? ""
            guard periodCues.contains(where: { clause.contains($0) || before.hasSuffix($0) }),
                  let a = DayDate(year: year, month: m1, day: d1),
                  let b = DayDate(year: m2 < m1 ? year + 1 : year, month: m2, day: d2), a <= b else { i = e1; continue }
            out.append(DateMatch(range: i..<e2, text: String(cs[i..<e2]), value: .span(a, b), yearInferred: true))
            i = e2
        }
        return out
    }
}
