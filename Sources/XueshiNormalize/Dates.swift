extension Normalize {
    /// Every date in `text`, left to right, non-overlapping; at each position the longest reading wins.
    ///
    /// Chinese: 2025年7月1日, 2025年07月01日, 2025 年 7 月 1 日, 2025年7月1号, 二〇二五年七月一日, 二零二五年七月三十一日;
    /// 2025年7月 → `.month`; 7月1日 → `.day` in `defaultYear` (skipped when nil). A year alone (2025年, 2025年度)
    /// is no date, nor is an impossible one (2月30日, 13月): the whole phrase is dropped, not read as a month.
    ///
    /// Numeric: 2025-07-01, 2025/07/01, 2025.7.1; 2025-07, 2025/07, 2025.07 → `.month` only when nothing
    /// number-like touches it (not in 1000-0860, 11-1757/TV, 2024-289-4205, a DOI); 25/07/2025 and 07/25/2025
    /// only when a part above 12 (or equal parts) settles day and month. Bare 8-digit runs (20250701) are skipped:
    /// certificate numbers look the same.
    ///
    /// English: July 1, 2025; 1 July 2025; Jul. 1st, 2025; 1st of July 2025; June 2025 → `.month`.
    ///
    /// Spans become one `.span` match: 2025年7月1日至3日, 至7月3日, —2025年7月3日, 2025年7月1—3日, 7月1日—7月3日,
    /// 自2023年5月4日起至2023年8月3日止 (the match runs from the first date to the last, without 自/止),
    /// 2025.7.1-2025.7.3, 2025.7.1-7.3, 2025/07/01 - 2025/07/03, July 1-3, 2025, 1-3 July 2025,
    /// July 1 – July 3, 2025, from 1 July 2025 to 3 July 2025, 2025-07-01 to 2025-07-03. Connectors: 至, 到, 起至,
    /// 起到, dashes (- – — ― −, doubled too), tildes (~ 〜 ～), to, until, till, through, thru. Not 至于.
    ///
    /// `yearInferred` is true when a year came from `defaultYear`, or when a span end missing its year crossed
    /// New Year and had its year moved (2024年12月30日至1月2日 → 2025-01-02; 12月30日至2025年1月2日 → 2024-12-30).
    /// When neither end prints a year and the span crosses New Year, the end keeps `defaultYear` and the start
    /// moves back a year (12月2日—3月22日 with 2024 → 2023-12-02…2024-03-22): documents are dated after the event. A year printed once and shared by
    /// both ends of a span (2025年7月1日至3日) counts as printed. A span whose printed end precedes its start is
    /// returned as is, for the checks to flag.
    ///
    /// `numericOrder` reads slash or dash dates whose day and month could swap (8/5/2023); without it they are
    /// skipped. `numericOrder(in:)` finds the order a document uses.
    public static func findDates(in text: String, defaultYear: Int?, numericOrder: NumericDateOrder? = nil) -> [DateMatch] {
        let found = DateScanner(s: Scan(text), defaultYear: defaultYear, order: numericOrder).all()
        guard let year = defaultYear else { return found }
        let extra = monthDaySpans(in: text, year: year).filter { m in !found.contains { $0.range.overlaps(m.range) } }
        return extra.isEmpty ? found : (found + extra).sorted { $0.range.lowerBound < $1.range.lowerBound }
    }

    /// The year a document is most likely about, to pass as `defaultYear`: the most frequent start year (1990–2099)
    /// among the dates whose year is printed, ties going to the later year. When the text has no such date,
    /// falls back to years written before 年 (2025年度, 2025年公路桥梁培训班). Nil when there is neither.
    public static func yearHint(in text: String) -> Int? {
        let scan = Scan(text)
        var counts: [Int: Int] = [:]
        for m in DateScanner(s: scan, defaultYear: nil).all() {
            let year: Int?
            switch m.value {
            case .day(let d): year = d.year
            case .span(let a, _): year = a.year
            case .month(let mo): year = mo.year
            }
            if let y = year, (1990...2099).contains(y) { counts[y, default: 0] += 1 }
        }
        if counts.isEmpty {
            var i = 0
            while i < scan.count {
                guard Scalars.isDigit(scan.u[i]) else { i += 1; continue }
                let e = scan.digitsEnd(i)
                if e - i == 4, !Scalars.isDigit(scan[i - 1]), scan[scan.skipSpace(e)] == Han.nian,
                   let y = scan.intValue(i, e), (1990...2099).contains(y) {
                    counts[y, default: 0] += 1
                }
                i = e
            }
        }
        return counts.max { a, b in a.value != b.value ? a.value < b.value : a.key < b.key }?.key
    }
}

extension Normalize {
    /// The order a document writes numeric dates in: settled by a date whose first or second part is above 12
    /// (31/10/2021 day first, 02/16/2028 month first; the more frequent wins). With none, English text is read
    /// month first (as US issuers print 8/5/2023), unsettled; Chinese text gets nil (its dates lead with the year).
    public static func numericOrder(in text: String) -> NumericDateOrder? {
        let u = Array(text.unicodeScalars)
        var dayFirst = 0, monthFirst = 0
        func num(_ i: inout Int) -> Int? {
            let a = i
            while i < u.count, ("0"..."9").contains(u[i]) { i += 1 }
            return i > a && i - a <= 4 ? Int(String(String.UnicodeScalarView(u[a..<i]))) : nil
        }
        var i = 0
        while i < u.count {
            guard ("0"..."9").contains(u[i]), i == 0 || !(u[i - 1].properties.isAlphabetic || ("0"..."9").contains(u[i - 1])) else {
                i += 1; continue
            }
            var j = i
            guard let a = num(&j), j - i <= 2, j < u.count, u[j] == "/" || u[j] == "-" else { i = j + 1; continue }
            let sep = u[j]; j += 1
            let k0 = j
            guard let b = num(&j), j - k0 <= 2, j < u.count, u[j] == sep else { i = j; continue }
            j += 1
            let y0 = j
            guard num(&j) != nil, j - y0 == 4 else { i = j; continue }
            if a > 12, a <= 31, b <= 12 { dayFirst += 1 } else if b > 12, b <= 31, a <= 12 { monthFirst += 1 }
            i = j
        }
        if dayFirst != monthFirst { return NumericDateOrder(monthFirst: monthFirst > dayFirst, settled: true) }
        let latin = text.unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic }.count
        let cjk = text.unicodeScalars.filter { (0x4E00...0x9FFF).contains($0.value) }.count
        return latin > 4 * cjk ? NumericDateOrder(monthFirst: true, settled: false) : nil
    }
}

/// One scan for dates. Reads candidate "atoms" (a date, or part of one, as printed), then tries to extend each
/// into a span through a connector, and keeps the longest reading at each position.
struct DateScanner {
    let s: Scan
    let defaultYear: Int?
    /// How to read 8/5/2023; nil skips such dates.
    var order: NumericDateOrder? = nil

    enum Style: Equatable {
        case chinese
        case numeric(UInt32)  // the separator
        case english
    }

    struct Atom {
        var start: Int
        var end: Int
        var year: Int?
        var month: Int?
        var day: Int?
        var style: Style
        /// A Chinese day with its 日/号; "2025年7月1" can only head a span like 2025年7月1—3日.
        var marked = true
        /// Chinese: where a reading as month only ends, for an unmarked day that heads no span.
        var monthEnd: Int?
        /// Day and month could swap and only the default order decided them.
        var ambiguous = false
    }

    func all() -> [DateMatch] {
        var out: [DateMatch] = []
        var i = 0
        let n = s.count
        while i < n {
            let c = s.u[i]
            if Scalars.isLetter(c) {
                if let m = best(at: i) { out.append(m); i = max(m.range.upperBound, i + 1); continue }
                // A month name only starts a word, so the rest of this word starts nothing.
                i = max(s.lettersEnd(i), i + 1)
                continue
            }
            if Scalars.isDigit(c) || Numerals.isChinese(c), let m = best(at: i) {
                out.append(m); i = max(m.range.upperBound, i + 1); continue
            }
            i += 1
        }
        return out
    }

    private func best(at i: Int) -> DateMatch? {
        var atoms: [Atom] = []
        let c = s.u[i]
        if Scalars.isLetter(c) {
            if let a = englishMonthFirst(i) { atoms.append(a) }
        } else {
            if let a = chinese(i, boundary: true) { atoms.append(a) }
            if let a = chineseMonthDay(i, boundary: true) { atoms.append(a) }
            if Scalars.isDigit(c), numericBoundary(i) {
                if let a = numericYMD(i) { atoms.append(a) }
                if let a = numericDMY(i) { atoms.append(a) }
                if let a = englishDayFirst(i) { atoms.append(a) }
                if let a = englishDay(i, withYear: false) { atoms.append(a) }
            }
        }
        var best: DateMatch?
        for a in atoms {
            if let m = resolve(a), m.range.count > (best?.range.count ?? 0) { best = m }
        }
        return best
    }

    // MARK: Reading numbers

    /// Four Arabic digits, or four Chinese digits read one by one (二〇二五).
    private func year(_ i: Int) -> (Int, Int)? {
        if Scalars.isDigit(s[i]) {
            let e = s.digitsEnd(i)
            guard e - i == 4, let y = s.intValue(i, e) else { return nil }
            return (y, e)
        }
        var y = 0
        var chinese = 0
        for k in i..<(i + 4) {
            // Typists mix an Arabic 0 or a letter O into Chinese years: 二0二五, 二O二四.
            let zeroLike = k > i && [0x30, 0x4F, 0x6F, 0xFF10, 0xFF2F].contains(s[k])
            guard let d = Numerals.digit(s[k]) ?? (zeroLike ? 0 : nil), s[k] != Numerals.liang, s[k] != Numerals.liang2 else { return nil }
            if !zeroLike { chinese += 1 }
            y = y * 10 + d
        }
        guard chinese >= 3 else { return nil }
        guard !Numerals.isChinese(s[i + 4]) else { return nil }
        return (y, i + 4)
    }

    /// A month or day number: one or two Arabic digits, or a small Chinese numeral (七, 十二, 二十四, 廿四).
    private func small(_ i: Int) -> (Int, Int)? {
        if Scalars.isDigit(s[i]) {
            let e = s.digitsEnd(i)
            guard e - i <= 2, let v = s.intValue(i, e) else { return nil }
            return (v, e)
        }
        var e = i
        while e - i < 5, Numerals.isSmall(s[e]) { e += 1 }
        guard e > i, e - i < 5, !Numerals.isChinese(s[e]), let v = Numerals.chinese(s.u[i..<e]),
              v == v.rounded(), v >= 0, v < 100 else { return nil }
        return (Int(v), e)
    }

    private func isDayMarker(_ v: UInt32) -> Bool { v == Han.ri || v == Han.hao || v == Han.hao2 }

    private func startsNumber(_ v: UInt32) -> Bool { Scalars.isDigit(v) || Numerals.isChinese(v) }

    // MARK: Chinese atoms

    /// 2025年7月1日 (or its month-only prefix 2025年7月).
    private func chinese(_ i: Int, boundary: Bool) -> Atom? {
        if boundary {
            let prev = s[i - 1]
            if Scalars.isDigit(s[i]) ? Scalars.isDigit(prev) : Numerals.isChinese(prev) { return nil }
        }
        guard let (y, p0) = year(i) else { return nil }
        var p = s.skipSpace(p0)
        guard s[p] == Han.nian else { return nil }
        p = s.skipSpace(p + 1)
        guard let (m, p1) = small(p), MonthDate(year: y, month: m) != nil else { return nil }
        p = s.skipSpace(p1)
        guard s[p] == Han.yue else { return nil }
        let monthEnd = p + 1
        var atom = Atom(start: i, end: monthEnd, year: y, month: m, day: nil, style: .chinese)
        let q = s.skipSpace(monthEnd)
        if let (d, q1) = small(q) {
            let r = s.skipSpace(q1)
            if isDayMarker(s[r]) {
                guard DayDate(year: y, month: m, day: d) != nil else { return nil }
                atom.day = d; atom.end = r + 1
            } else if DayDate(year: y, month: m, day: d) != nil {
                atom.day = d; atom.end = q1; atom.marked = false; atom.monthEnd = monthEnd
            }
        }
        return atom
    }

    /// 7月1日, 七月一日: no year.
    private func chineseMonthDay(_ i: Int, boundary: Bool) -> Atom? {
        if boundary {
            let prev = s[i - 1]
            guard !startsNumber(prev), !Scalars.isLetter(prev) else { return nil }
            // After 年 it would be the tail of a year-first date that failed (1800年7月1日): not a date.
            let k = (0..<i).reversed().first { !Scalars.isSpace(s.u[$0]) }
            if let k, s.u[k] == Han.nian { return nil }
        }
        guard let (m, p1) = small(i), (1...12).contains(m) else { return nil }
        let p = s.skipSpace(p1)
        guard s[p] == Han.yue else { return nil }
        let q = s.skipSpace(p + 1)
        guard let (d, q1) = small(q), d >= 1, d <= DayDate.daysIn(month: m, year: 2000) else { return nil }
        let r = s.skipSpace(q1)
        guard isDayMarker(s[r]) else { return nil }
        return Atom(start: i, end: r + 1, year: nil, month: m, day: d, style: .chinese)
    }

    /// 3日: only as the end of a span.
    private func chineseDay(_ i: Int) -> Atom? {
        guard let (d, p) = small(i), (1...31).contains(d) else { return nil }
        let r = s.skipSpace(p)
        guard isDayMarker(s[r]) else { return nil }
        return Atom(start: i, end: r + 1, year: nil, month: nil, day: d, style: .chinese)
    }

    // MARK: Numeric atoms

    // U+2212: typesetters print 2022−01−05 with a minus sign.
    private func isNumericSeparator(_ v: UInt32) -> Bool { v == 0x2D || v == 0x2F || v == 0x2E || v == 0x2212 }

    /// Not inside a longer number or code: no digit or letter just before, nor a separator after one (the 0860 of
    /// 1000-0860, the 2021 of j.issn.2021.07).
    private func numericBoundary(_ i: Int) -> Bool {
        let prev = s[i - 1]
        if Scalars.isAlnum(prev) { return false }
        if isNumericSeparator(prev), Scalars.isAlnum(s[i - 2]) { return false }
        return true
    }

    /// 2025-07-01, 2025/7/1, 2025.07.01 (spaces allowed around - and /); 2025-07, 2025/07, 2025.07 as months.
    private func numericYMD(_ i: Int) -> Atom? {
        let e = s.digitsEnd(i)
        guard e - i == 4, let y = s.intValue(i, e) else { return nil }
        var p = s.skipSpace(e, newlines: false)
        let sep = s[p]
        guard isNumericSeparator(sep), sep != 0x2E || p == e else { return nil }
        p += 1
        if sep != 0x2E { p = s.skipSpace(p, newlines: false) }
        let me = s.digitsEnd(p)
        guard me - p >= 1, me - p <= 2, let m = s.intValue(p, me) else { return nil }
        let q = sep == 0x2E ? me : s.skipSpace(me, newlines: false)
        if s[q] == sep {
            let q1 = sep == 0x2E ? q + 1 : s.skipSpace(q + 1, newlines: false)
            let de = s.digitsEnd(q1)
            if de > q1 {
                guard de - q1 <= 2, let d = s.intValue(q1, de), DayDate(year: y, month: m, day: d) != nil
                else { return nil }
                return Atom(start: i, end: de, year: y, month: m, day: d, style: .numeric(sep))
            }
        }
        // A month alone must look like nothing else: written tight, two-digit after a dot (2025.7 is a decimal),
        // and not continued by more digits or letters.
        guard p == e + 1, sep != 0x2E || me - p == 2, MonthDate(year: y, month: m) != nil else { return nil }
        let after = s[me]
        if Scalars.isAlnum(after) || (isNumericSeparator(after) && Scalars.isDigit(s[me + 1])) { return nil }
        // 2025.10元 or 2025.10% is an amount.
        let next = s[s.skipSpace(me, newlines: false)]
        if next == 0x25 || next == Han.v("元") || Numerals.unit(next) != nil { return nil }
        return Atom(start: i, end: me, year: y, month: m, day: nil, style: .numeric(sep))
    }

    /// 25/07/2025 or 07/25/2025: only when a part above 12 settles which is the day (or both are equal).
    private func numericDMY(_ i: Int) -> Atom? {
        let e1 = s.digitsEnd(i)
        let sep = s[e1]
        guard e1 - i <= 2, isNumericSeparator(sep), let a = s.intValue(i, e1) else { return nil }
        let e2 = s.digitsEnd(e1 + 1)
        guard e2 - (e1 + 1) >= 1, e2 - (e1 + 1) <= 2, let b = s.intValue(e1 + 1, e2), s[e2] == sep else { return nil }
        let e3 = s.digitsEnd(e2 + 1)
        guard e3 - (e2 + 1) == 4, let y = s.intValue(e2 + 1, e3) else { return nil }
        if Scalars.isLetter(s[e3]) || (isNumericSeparator(s[e3]) && Scalars.isDigit(s[e3 + 1])) { return nil }
        let (day, month): (Int, Int)
        var ambiguous = false
        if a > 12, b <= 12 { (day, month) = (a, b) }
        else if b > 12, a <= 12 { (day, month) = (b, a) }
        else if a == b { (day, month) = (a, a) }
        // Dots with the year last are the European day.month.year (09.10.2025); slashes stay ambiguous.
        else if sep == 0x2E { (day, month) = (a, b) }
        else if let order { (day, month) = order.monthFirst ? (b, a) : (a, b); ambiguous = !order.settled }
        else { return nil }
        guard DayDate(year: y, month: month, day: day) != nil else { return nil }
        return Atom(start: i, end: e3, year: y, month: month, day: day, style: .numeric(sep), ambiguous: ambiguous)
    }

    /// 7.3 after 2025.7.1-: the end of a numeric span, same separator as its start.
    private func numericMonthDay(_ i: Int, sep: UInt32) -> Atom? {
        let me = s.digitsEnd(i)
        guard me - i >= 1, me - i <= 2, let m = s.intValue(i, me), (1...12).contains(m), s[me] == sep else { return nil }
        let de = s.digitsEnd(me + 1)
        guard de - (me + 1) >= 1, de - (me + 1) <= 2, let d = s.intValue(me + 1, de),
              d >= 1, d <= DayDate.daysIn(month: m, year: 2000) else { return nil }
        if s[de] == sep && Scalars.isDigit(s[de + 1]) { return nil }
        return Atom(start: i, end: de, year: nil, month: m, day: d, style: .numeric(sep))
    }

    // MARK: Spans

    /// Where the second date starts after a connector at `i` (spaces around it allowed), or nil.
    private func connector(_ i: Int) -> Int? {
        let q = s.skipSpace(i)
        let c = s[q]
        if c == Han.qi {
            let r = s.skipSpace(q + 1)
            return s[r] == Han.zhi || s[r] == Han.dao ? s.skipSpace(r + 1) : nil
        }
        if c == Han.zhi { return s[q + 1] == Han.yu ? nil : s.skipSpace(q + 1) }
        if c == Han.dao { return s.skipSpace(q + 1) }
        if Self.isDash(c) {
            var r = q
            while r - q < 3, Self.isDash(s[r]) { r += 1 }
            return s.skipSpace(r)
        }
        for w in ["to", "until", "till", "through", "thru"] {
            if let e = s.word(w, at: q) {
                // "the 17th of July to the 19th of July"; "Apr 24th through Mon the 28th": a weekday may stand first.
                var r = s.skipSpace(e)
                if let d = weekdayEnd(r) { r = s.skipSpace(d) }
                if let t = s.word("the", at: r) { return s.skipSpace(t) }
                return r
            }
        }
        return nil
    }

    private static let weekdays: Set<String> = ["monday", "mon", "tuesday", "tue", "tues", "wednesday", "wed",
                                                 "thursday", "thu", "thur", "thurs", "friday", "fri", "saturday", "sat",
                                                 "sunday", "sun"]

    /// End of an English weekday name at i (with its abbreviation's dot and a comma), if one stands there.
    private func weekdayEnd(_ i: Int) -> Int? {
        guard Scalars.isLetter(s[i]), !Scalars.isLetter(s[i - 1]) else { return nil }
        let e = s.lettersEnd(i)
        guard Self.weekdays.contains(s.lowercased(i, e)) else { return nil }
        var end = e
        if s[end] == 0x2E { end += 1 }
        if s[end] == 0x2C { end += 1 }
        return end
    }

    static func isDash(_ v: UInt32) -> Bool {
        switch v {
        case 0x2D, 0x7E, 0x2010...0x2015, 0x2212, 0x223C, 0x301C, 0xFE58, 0xFE63, 0x2E3A, 0x2E3B: return true
        default: return false
        }
    }

    private func span(from h: Atom) -> DateMatch? {
        guard h.day != nil, let p = connector(h.end) else { return nil }
        var tails: [Atom?] = []
        if h.month == nil {
            // 1-3 July 2025: a bare day heads a span only when an English month follows.
            tails = [englishDayFirst(p)]
        } else {
            switch h.style {
            case .chinese:
                tails = [chinese(p, boundary: false).flatMap { $0.day != nil && $0.marked ? $0 : nil }]
                if h.marked { tails.append(numericYMD(p).flatMap { $0.day != nil ? $0 : nil }) }
                tails += [chineseMonthDay(p, boundary: false), chineseDay(p)]
            case .numeric(let sep):
                tails = [numericYMD(p).flatMap { $0.day != nil ? $0 : nil },
                         chinese(p, boundary: false).flatMap { $0.day != nil && $0.marked ? $0 : nil },
                         numericDMY(p), numericMonthDay(p, sep: sep)]
            case .english:
                tails = [englishMonthFirst(p), englishDayFirst(p), numericYMD(p).flatMap { $0.day != nil ? $0 : nil },
                         englishDay(p, withYear: true)]
            }
        }
        for case let t? in tails {
            if let m = compose(h, t) { return m }
        }
        return nil
    }

    /// Fills what each end of a span leaves out from the other end, then from `defaultYear`.
    private func compose(_ h: Atom, _ t: Atom) -> DateMatch? {
        guard let hd = h.day, let td = t.day, let hm = h.month ?? t.month, let tm = t.month ?? h.month else {
            return nil
        }
        var inferred = false
        var endFromStart = false, startFromEnd = false, bothDefault = false
        let hy: Int, ty: Int
        switch (h.year, t.year) {
        case let (a?, b?): hy = a; ty = b
        case let (a?, nil): hy = a; ty = a; endFromStart = true
        case let (nil, b?): hy = b; ty = b; startFromEnd = true
        case (nil, nil):
            guard let y = defaultYear else { return nil }
            hy = y; ty = y; bothDefault = true; inferred = true
        }
        guard var a = DayDate(year: hy, month: hm, day: hd), var b = DayDate(year: ty, month: tm, day: td) else {
            return nil
        }
        if b < a {
            if endFromStart, tm < hm, let b2 = DayDate(year: ty + 1, month: tm, day: td) {
                b = b2; inferred = true
            } else if startFromEnd || bothDefault, hm > tm, let a2 = DayDate(year: hy - 1, month: hm, day: hd) {
                // With both years from defaultYear, the end keeps it: evidence is dated (and its year printed)
                // after the event, so 12月2日—3月22日 under 2024 is 2023-12-02 to 2024-03-22.
                a = a2; inferred = true
            }
        }
        let r = h.start..<t.end
        return DateMatch(range: r, text: s.text(r), value: .span(a, b), yearInferred: inferred,
                         ambiguousOrder: h.ambiguous && t.ambiguous)
    }

    // MARK: Resolution

    private func resolve(_ a: Atom) -> DateMatch? {
        if a.day != nil, let m = span(from: a) { return m }
        guard let month = a.month else { return nil }
        guard let day = a.day else {
            guard let y = a.year, let mo = MonthDate(year: y, month: month) else { return nil }
            return match(a.start..<a.end, .month(mo), inferred: false)
        }
        if a.style == .chinese && !a.marked {
            guard let y = a.year, let end = a.monthEnd, let mo = MonthDate(year: y, month: month) else { return nil }
            return match(a.start..<end, .month(mo), inferred: false)
        }
        if let y = a.year {
            // 2025-07-01-03 or 2025.07.01.5: part of something longer.
            if case .numeric(let sep) = a.style, s[a.end] == sep, Scalars.isDigit(s[a.end + 1]) { return nil }
            guard let d = DayDate(year: y, month: month, day: day) else { return nil }
            var m = match(a.start..<a.end, .day(d), inferred: false)
            m.ambiguousOrder = a.ambiguous
            return m
        }
        guard a.style == .chinese, let y = defaultYear, let d = DayDate(year: y, month: month, day: day) else {
            return nil
        }
        return match(a.start..<a.end, .day(d), inferred: true)
    }

    private func match(_ r: Range<Int>, _ v: DateValue, inferred: Bool) -> DateMatch {
        DateMatch(range: r, text: s.text(r), value: v, yearInferred: inferred)
    }
}
