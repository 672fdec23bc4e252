extension Normalize {
    /// Every number followed by a unit, left to right.
    ///
    /// Chinese units: 学时, 课时, 小时/个小时, 学分, 天 and 工作日, 日 (duration only: 共5日, 为期3日), 个半天 (a count
    /// of half days: 3个半天 → 3), 周/星期, 个月 (月 alone only after 为期/共/计/满/历时/连续/时长), 年 (only 为期2年,
    /// 满2年), 千字/万字/字. "N个半小时"/"N个半月" and "N天半" add a half. 半天, 半个月 and 为期半年 count without a
    /// number. English: hours/hrs (also CPD, CME, CPE, contact … hours, and "credit hours"), credits/CEUs, days,
    /// weeks, months, half-days.
    ///
    /// `approximate` marks 约, 大约, 不少于, 不低于, 至少, 超过, 多于, 逾, 近 before the number; 余/多 between number and
    /// unit (40余学时, 3个多月); 以上, 左右, 有余, 余 after it; about, approximately, around, roughly, nearly, at least,
    /// more than, over, minimum of, "40+", "or more"; and the upper end of a range (3-5天).
    /// The range covers the qualifiers too ("约40学时"), not cue words like 为期 or 共计.
    ///
    /// Numbers inside dates are skipped (no 1日 or 7月 from 2025年7月1日, nor 9日 from 6月5日至9日), as are
    /// ordinals (第3天), numbers glued to letters (codes such as KC64647), and 一 in 统一/唯一/同一-like words.
    public static func findQuantities(in text: String) -> [Quantity] {
        QuantityScanner(s: Scan(text)).all()
    }
}

struct QuantityScanner {
    let s: Scan

    private static func scalars(_ list: [String]) -> [[UInt32]] { list.map { $0.unicodeScalars.map(\.value) } }

    private static let prefixQualifiers = scalars(["大约", "约", "不少于", "不低于", "不小于", "至少", "超过", "多于", "逾", "近", "~", "～"])
    private static let englishQualifiers = [
        "approximately", "approx.", "approx", "about", "around", "roughly", "nearly", "at least", "more than", "over",
        "minimum of",
    ]
    /// Not 多 after the unit: 学时多媒体 would read as approximate.
    private static let suffixQualifiers = scalars(["以上", "左右", "有余", "余"])
    private static let durationCues = scalars(["为期", "共", "计", "历时", "连续", "满", "长达", "时长", "持续"])
    private static let yearCues = scalars(["为期", "满"])
    /// Characters before a lone 一 that make it part of a word (统一, 唯一, 同一, 之一 …), not a count.
    private static let wordBeforeYi: Set<UInt32> = Set("统唯同之万逐单划归专整不均合".unicodeScalars.map(\.value))

    private static let ge = Han.v("个"), ban = Han.v("半"), yu2 = Han.v("余"), duo = Han.v("多"), zi = Han.v("字")

    func all() -> [Quantity] {
        var masked = [Bool](repeating: false, count: s.count)
        // Any year makes 7月1日 a date here, so its numbers are never read as durations.
        for d in DateScanner(s: s, defaultYear: 2000).all() {
            for k in d.range where k >= 0 && k < masked.count { masked[k] = true }
        }
        var out: [Quantity] = []
        for (r, v) in Normalize.numbers(s) where !masked[r.lowerBound] && !masked[r.upperBound - 1] {
            // The 55 of "1 hour 55 minutes" is inside the duration already read.
            if let last = out.last, r.lowerBound < last.range.upperBound { continue }
            if let q = quantity(r, v) { out.append(q) }
        }
        var halves = false
        for i in 0..<s.count where s.u[i] == Self.ban && !masked[i] {
            if let q = bareHalf(i) { out.append(q); halves = true }
        }
        if halves { out.sort { $0.range.lowerBound < $1.range.lowerBound } }
        return out
    }

    // MARK: Matching helpers

    private func has(_ w: [UInt32], at i: Int) -> Bool {
        guard i >= 0, i + w.count <= s.count else { return false }
        for (k, c) in w.enumerated() where s.u[i + k] != c { return false }
        return true
    }

    private func has(_ w: String, at i: Int) -> Bool { has(w.unicodeScalars.map(\.value), at: i) }

    /// Start of the word in `list` that ends at `end`, if one does.
    private func ending(_ list: [[UInt32]], at end: Int) -> Int? {
        for w in list where has(w, at: end - w.count) { return end - w.count }
        return nil
    }

    private func skipSpaceBack(_ i: Int) -> Int {
        var j = i
        while j > 0, Scalars.isHSpace(s.u[j - 1]) { j -= 1 }
        return j
    }

    // MARK: Quantities

    private func quantity(_ r: Range<Int>, _ v: Double) -> Quantity? {
        let prev = s[r.lowerBound - 1]
        if Scalars.isLetter(prev) || prev == Han.di { return nil }
        if r.count == 1, !Scalars.isDigit(s[r.lowerBound]), Self.wordBeforeYi.contains(prev) { return nil }
        // "6 AMA PRA Category 1 Credits": the 1 names the category.
        if s.hasPrefix("category ", at: r.lowerBound - 9) { return nil }

        var approx = false
        var value = v
        var p = r.upperBound
        var unit: QuantityUnit?
        var cue = Cue.none

        // 三万字, 1.5万字 parse as 三万 / 1.5 then 万字: split the multiplier off when 字 follows.
        let last = s[r.upperBound - 1]
        if !Scalars.isDigit(s[r.lowerBound]), r.count > 1, let m = Numerals.unit(last), m == 1e3 || m == 1e4 {
            var q = r.upperBound
            if s[q] == Self.yu2 || s[q] == Self.duo { q += 1 }
            if s[q] == Self.zi, let base = Numerals.chinese(s.u[r.lowerBound..<(r.upperBound - 1)]) {
                value = base; unit = m == 1e3 ? .thousandCharacters : .tenThousandCharacters
                approx = q > r.upperBound
                p = q + 1
            }
        }

        if unit == nil {
            p = s.skipSpace(p, newlines: false)  // a break after a number ends a table cell ("印张 20.0" over "字数")
            if s[p] == Self.yu2 || s[p] == Self.duo || s[p] == 0x2B { approx = true; p = s.skipSpace(p + 1, newlines: false) }
            if let m = chineseUnit(p) ?? englishUnit(p) {
                // 个多/个余 inside the unit qualifies it too.
                if s[p] == Self.ge, s[p + 1] == Self.yu2 || s[p + 1] == Self.duo { approx = true }
                unit = m.unit; p = m.end; value = value * m.scale + m.add; cue = m.cue
                // "1 hour 55 minutes", "1h 55m": the minutes belong to the same duration.
                if m.unit == .hour, m.scale == 1, let (minutes, e) = minutesAfter(p) { value += minutes / 60; p = e }
            }
        }
        guard let unit else { return nil }

        // Qualifiers before the number.
        var start = r.lowerBound
        let back = skipSpaceBack(r.lowerBound)
        if let q = ending(Self.prefixQualifiers, at: back) {
            start = q; approx = true
        } else if let q = englishQualifier(endingAt: back) {
            start = q; approx = true
        } else if back > 0, DateScanner.isDash(s.u[back - 1]) || s.u[back - 1] == Han.zhi || s.u[back - 1] == Han.dao,
                  back >= 2, Scalars.isDigit(s.u[back - 2]) || Numerals.isChinese(s.u[back - 2]) {
            approx = true  // 3-5天: the upper end of a range
        }
        if cue != .none {
            let b = skipSpaceBack(start)
            guard ending(cue == .year ? Self.yearCues : Self.durationCues, at: b) != nil else { return nil }
        }

        // Qualifiers after the unit.
        if let e = Self.suffixQualifiers.first(where: { has($0, at: p) }) {
            p += e.count; approx = true
        } else {
            let q = s.skipSpace(p, newlines: false)
            if let o = s.word("or", at: q), let e = s.word("more", at: s.skipSpace(o)) { p = e; approx = true }
        }
        let range = start..<p
        return Quantity(range: range, text: s.text(range), value: value, unit: unit, approximate: approx)
    }

    private func englishQualifier(endingAt end: Int) -> Int? {
        for w in Self.englishQualifiers {
            let start = end - w.unicodeScalars.count
            if start >= 0, s.hasPrefix(w, at: start), !Scalars.isLetter(s[start - 1]) { return start }
        }
        return nil
    }

    /// Which words must precede the number for the unit to be a duration.
    enum Cue { case none, duration, year }

    struct UnitMatch {
        var unit: QuantityUnit
        var end: Int
        var add: Double = 0
        var cue: Cue = .none
        /// Minutes are read as hours: "42 minutes" is 0.7 hours.
        var scale: Double = 1
    }

    private struct UnitWord {
        let word: [UInt32]
        let unit: QuantityUnit
        var add: Double = 0
        var cue: Cue = .none
        /// Continuations that make it another word: 周岁 (age), 周年 (anniversary), 年度, 年级, 字数 (a label that
        /// cleaning glues to the number before it: "印张 11.6\n字数").
        var notBefore: [UInt32] = []

        init(_ w: String, _ unit: QuantityUnit, add: Double = 0, cue: Cue = .none, notBefore: String = "") {
            word = w.unicodeScalars.map(\.value); self.unit = unit; self.add = add; self.cue = cue
            self.notBefore = notBefore.unicodeScalars.map(\.value)
        }
    }

    /// After 个半: 3个半天 counts half days; 1个半小时 and 1个半月 add a half.
    private static let afterGeBan: [UnitWord] = [
        UnitWord("天", .halfDay), UnitWord("日", .halfDay), UnitWord("小时", .xiaoshi, add: 0.5),
        UnitWord("钟头", .xiaoshi, add: 0.5), UnitWord("月", .month, add: 0.5),
    ]
    /// After 个 (or 个多, 个余).
    private static let afterGe: [UnitWord] = [
        UnitWord("学时", .xueshi), UnitWord("课时", .keshi), UnitWord("小时", .xiaoshi), UnitWord("钟头", .xiaoshi),
        UnitWord("学分", .credit), UnitWord("工作日", .day), UnitWord("星期", .week), UnitWord("月", .month),
    ]
    /// Directly after the number. Longer words first.
    private static let plain: [UnitWord] = [
        UnitWord("学时", .xueshi), UnitWord("课时", .keshi), UnitWord("小时", .xiaoshi), UnitWord("钟头", .xiaoshi),
        UnitWord("学分", .credit), UnitWord("工作日", .day), UnitWord("星期", .week), UnitWord("天半", .day, add: 0.5),
        UnitWord("天", .day), UnitWord("日", .day, cue: .duration), UnitWord("周", .week, notBefore: "岁年"),
        UnitWord("月", .month, cue: .duration), UnitWord("年", .year, cue: .year, notBefore: "度级"),
        UnitWord("千字", .thousandCharacters), UnitWord("万字", .tenThousandCharacters), UnitWord("字", .character, notBefore: "数号体符"),
    ]

    private func unit(from table: [UnitWord], at p: Int) -> UnitMatch? {
        for w in table where has(w.word, at: p) {
            let end = p + w.word.count
            if w.notBefore.contains(s[end]) { continue }
            return UnitMatch(unit: w.unit, end: end, add: w.add, cue: w.cue)
        }
        return nil
    }

    private func chineseUnit(_ p: Int) -> UnitMatch? {
        guard s[p] == Self.ge else { return unit(from: Self.plain, at: p) }
        let q = p + 1
        if s[q] == Self.ban { return unit(from: Self.afterGeBan, at: q + 1) }
        if s[q] == Self.yu2 || s[q] == Self.duo { return unit(from: Self.afterGe, at: q + 1) }
        return unit(from: Self.afterGe, at: q)
    }

    private static let englishQualifierWords: Set<String> = [
        "cpd", "cme", "cpe", "ce", "cne", "cle", "contact", "clock", "training", "learning", "study", "class",
        "classroom", "lecture", "instructional", "teaching", "academic", "education", "educational", "continuing",
        "professional", "development", "total", "online", "accredited", "approved",
    ]

    private func englishUnit(_ p0: Int) -> UnitMatch? {
        var p = p0
        if s[p] == 0x2D, Scalars.isLetter(s[p + 1]) { p += 1 }  // 6-hour
        var words = 0
        while words < 4 {
            let e = s.lettersEnd(p)
            guard e > p, !Scalars.isLetter(s[p - 1]) || p == p0 else { return nil }
            let w = s.lowercased(p, e)
            switch w {
            case "hour", "hours", "hr", "hrs", "pdh", "pdhs": return UnitMatch(unit: .hour, end: e)
            // "1h 55m": a bare h only glued to its number.
            case "h" where p == p0 && Scalars.isDigit(s[p0 - 1]): return UnitMatch(unit: .hour, end: e)
            case "minute", "minutes", "min", "mins": return UnitMatch(unit: .minute, end: e, scale: 1.0 / 60)
            case "credit", "credits", "ceu", "ceus":
                // "credit hours" are hours; credits alone are credits.
                let q = s[e] == 0x2D ? e + 1 : s.skipSpace(e, newlines: false)
                let e2 = s.lettersEnd(q)
                if ["hour", "hours", "hr", "hrs"].contains(s.lowercased(q, e2)) { return UnitMatch(unit: .hour, end: e2) }
                return UnitMatch(unit: .credit, end: e)
            case "day", "days": return UnitMatch(unit: .day, end: e)
            case "week", "weeks": return UnitMatch(unit: .week, end: e)
            case "month", "months": return UnitMatch(unit: .month, end: e)
            case "half":
                if s[e] == 0x2D || s[e] == 0x20 {
                    let e2 = s.lettersEnd(e + 1)
                    if ["day", "days"].contains(s.lowercased(e + 1, e2)) { return UnitMatch(unit: .halfDay, end: e2) }
                }
                return nil
            default:
                guard Self.englishQualifierWords.contains(w) else { return nil }
            }
            p = s.skipSpace(e, newlines: false)
            if s[p] == 0x2D { p += 1 }
            words += 1
        }
        return nil
    }

    /// The minutes of "1 hour 55 minutes" or "1h 55m" after the hour unit ends at `p`: their count and end.
    private func minutesAfter(_ p: Int) -> (Double, Int)? {
        var q = s.skipSpace(p, newlines: false)
        if let e = s.word("and", at: q) { q = s.skipSpace(e, newlines: false) }
        let de = s.digitsEnd(q)
        guard de > q, de - q <= 2, let n = s.intValue(q, de), n < 60 else { return nil }
        let u = s.skipSpace(de, newlines: false)
        let ue = s.lettersEnd(u)
        guard ue > u else { return nil }
        let w = s.lowercased(u, ue)
        if ["minute", "minutes", "min", "mins"].contains(w) || (w == "m" && u == de) { return (Double(n), ue) }
        return nil
    }

    /// 半天, 半日 (with a cue), 半个月, 为期半年: a half with no number before it.
    private func bareHalf(_ i: Int) -> Quantity? {
        let prev = s[i - 1]
        if prev == Self.ge || Numerals.isChinese(prev) || Scalars.isDigit(prev) || prev == Han.di { return nil }
        let b = skipSpaceBack(i)
        let (unit, value, end): (QuantityUnit, Double, Int)
        if has("天", at: i + 1) {
            (unit, value, end) = (.halfDay, 1, i + 2)
        } else if has("日", at: i + 1), ending(Self.durationCues, at: b) != nil {
            (unit, value, end) = (.halfDay, 1, i + 2)
        } else if has("个月", at: i + 1) {
            (unit, value, end) = (.month, 0.5, i + 3)
        } else if has("年", at: i + 1), !has("年度", at: i + 1), ending(Self.yearCues, at: b) != nil {
            (unit, value, end) = (.year, 0.5, i + 2)
        } else {
            return nil
        }
        var start = i
        var approx = false
        if let q = ending(Self.prefixQualifiers, at: b) { start = q; approx = true }
        let r = start..<end
        return Quantity(range: r, text: s.text(r), value: value, unit: unit, approximate: approx)
    }
}
