/// English dates: month names, ordinals, and the spans English certificates print.
extension DateScanner {
    private static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]

    /// A month name as a whole word (an abbreviation may end with a dot).
    func monthName(_ i: Int) -> (month: Int, end: Int)? {
        guard Scalars.isLetter(s[i]), !Scalars.isLetter(s[i - 1]) else { return nil }
        let e = s.lettersEnd(i)
        guard e - i >= 3, e - i <= 9, let m = Self.months[s.lowercased(i, e)] else { return nil }
        return (m, e - i <= 4 && s[e] == 0x2E ? e + 1 : e)
    }

    /// After a number at i..<e: past an ordinal suffix (1st, 2nd, 3rd, 4th).
    private func ordinalEnd(_ e: Int) -> Int {
        for suffix in ["st", "nd", "rd", "th"] where s.hasPrefix(suffix, at: e) {
            return Scalars.isLetter(s[e + 2]) ? e : e + 2
        }
        return e
    }

    /// A year after a day or month: optional comma, then four digits (1900–2100) standing alone.
    private func yearAfter(_ i: Int) -> (Int, Int)? {
        var q = s.skipSpace(i)
        if s[q] == 0x2C { q = s.skipSpace(q + 1) }
        let e = s.digitsEnd(q)
        guard e - q == 4, let y = s.intValue(q, e), (1900...2100).contains(y), !Scalars.isAlnum(s[e]) else {
            return nil
        }
        return (y, e)
    }

    /// A day number (1–31) at i, past its ordinal suffix; not part of a decimal, a time or a code.
    private func dayNumber(_ i: Int) -> (Int, Int)? {
        let e = s.digitsEnd(i)
        guard e - i >= 1, e - i <= 2, let d = s.intValue(i, e), (1...31).contains(d) else { return nil }
        let end = ordinalEnd(e)
        if end == e, Scalars.isLetter(s[e]) || ((s[e] == 0x2E || s[e] == 0x3A) && Scalars.isDigit(s[e + 1])) {
            return nil
        }
        return (d, end)
    }

    /// July 1, 2025; Jul. 1st 2025; June 2025 (a month); July 1 (no year: only inside a span).
    func englishMonthFirst(_ i: Int) -> Atom? {
        guard let (m, p0) = monthName(i) else { return nil }
        if let (y, e) = yearAfter(p0) {
            return Atom(start: i, end: e, year: y, month: m, day: nil, style: .english)
        }
        let p = s.skipSpace(p0)
        guard p > p0 || Scalars.isDigit(s[p]), let (d, de) = dayNumber(p) else { return nil }
        if let (y, e) = yearAfter(de) {
            return Atom(start: i, end: e, year: y, month: m, day: d, style: .english)
        }
        return Atom(start: i, end: de, year: nil, month: m, day: d, style: .english)
    }

    /// 1 July 2025; 1st of July, 2025; 3 July (no year: only inside a span).
    func englishDayFirst(_ i: Int) -> Atom? {
        guard Scalars.isDigit(s[i]), !Scalars.isAlnum(s[i - 1]), let (d, de) = dayNumber(i) else { return nil }
        // 29/JUL/2023, 29-Jul-2023: a report form's day, month name and year joined by one separator.
        if s[de] == 0x2F || s[de] == 0x2D, let (m, me) = monthName(de + 1), s[me] == s[de] {
            let ye = s.digitsEnd(me + 1)
            guard ye - (me + 1) == 4, let y = s.intValue(me + 1, ye), (1900...2100).contains(y), !Scalars.isAlnum(s[ye])
            else { return nil }
            return Atom(start: i, end: ye, year: y, month: m, day: d, style: .english)
        }
        var p = s.skipSpace(de)
        if let e = s.word("of", at: p) { p = s.skipSpace(e) }
        guard let (m, me) = monthName(p) else { return nil }
        if let (y, e) = yearAfter(me) {
            return Atom(start: i, end: e, year: y, month: m, day: d, style: .english)
        }
        return Atom(start: i, end: me, year: nil, month: m, day: d, style: .english)
    }

    /// A bare day: the 1 of "1-3 July 2025", or the "3, 2025" of "July 1-3, 2025" (`withYear`).
    func englishDay(_ i: Int, withYear: Bool) -> Atom? {
        guard Scalars.isDigit(s[i]), !Scalars.isAlnum(s[i - 1]), let (d, de) = dayNumber(i) else { return nil }
        if withYear, let (y, e) = yearAfter(de) {
            return Atom(start: i, end: e, year: y, month: nil, day: d, style: .english)
        }
        return Atom(start: i, end: de, year: nil, month: nil, day: d, style: .english)
    }
}
