extension Normalize {
    /// The value of a string that is, as a whole, one number (surrounding whitespace ignored):
    /// - Arabic, full-width or not: "32", "32.5", "1,000" (commas only between groups of three), "１２";
    ///   an Arabic number followed by one of 十百千万亿 multiplies ("1.5万" → 15000).
    /// - Chinese numerals with place units: "十", "十二", "二十五", "一百二十", "一百零五", "一百二" (=120),
    ///   "两万五" (=25000), "廿四", financial forms (壹贰叁 … 拾佰仟), and 点 decimals: "零点五", "十二点五".
    /// - Chinese digits without units read digit by digit: "二〇二五" → 2025, "一九九八".
    /// A lone 百, 千, 万 or 亿 is not a number. Returns nil for anything else, and for non-finite values.
    public static func number(_ s: some StringProtocol) -> Double? {
        let scan = Scan(String(s))
        var lo = 0, hi = scan.count
        while lo < hi, Scalars.isSpace(scan.u[lo]) { lo += 1 }
        while hi > lo, Scalars.isSpace(scan.u[hi - 1]) { hi -= 1 }
        guard lo < hi else { return nil }
        let u = scan.u[lo..<hi]
        if Scalars.isDigit(u[lo]) {
            let end = arabicEnd(scan, lo, limit: hi)
            guard let value = arabicValue(scan, lo, end) else { return nil }
            if end == hi { return value }
            guard end + 1 == hi, let m = Numerals.unit(u[end]) else { return nil }
            let r = value * m
            return r.isFinite ? r : nil
        }
        return Numerals.chinese(u)
    }

    /// Every maximal number run, left to right: Arabic ("32", "1,000", "32.5"; a dotted sequence such as
    /// "2025.07.01" gives three integers, not a decimal) and Chinese ("三十二", "十二点五", "二〇二五").
    /// A Chinese run is a number even inside a word (the 一 of 一种 or 统一): callers decide. A run that is
    /// only 百/千/万/亿 is not a number; a run starting with such a unit drops it ("万一" → 一).
    public static func findNumbers(in text: String) -> [(range: Range<Int>, value: Double)] {
        numbers(Scan(text))
    }

    static func numbers(_ scan: Scan) -> [(range: Range<Int>, value: Double)] {
        var out: [(range: Range<Int>, value: Double)] = []
        var i = 0
        let n = scan.count
        while i < n {
            let c = scan.u[i]
            if Scalars.isDigit(c) {
                let end = arabicEnd(scan, i, limit: n)
                if let v = arabicValue(scan, i, end) { out.append((i..<end, v)) }
                i = max(end, i + 1)
            } else if Numerals.isChinese(c) {
                let end = Numerals.chineseEnd(scan, i)
                var start = i
                var value = Numerals.chinese(scan.u[start..<end])
                if value == nil {
                    while start < end, Numerals.unit(scan.u[start]) != nil { start += 1 }
                    if start > i, start < end { value = Numerals.chinese(scan.u[start..<end]) }
                }
                if let v = value { out.append((start..<end, v)) }
                i = max(end, i + 1)
            } else {
                i += 1
            }
        }
        return out
    }

    /// End of an Arabic number starting at i: digits, thousands groups ",ddd", and one decimal part — unless
    /// another ".d" follows, which makes it a dotted sequence (a date, a version, a DOI).
    static func arabicEnd(_ scan: Scan, _ i: Int, limit: Int) -> Int {
        var j = scan.digitsEnd(i)
        while j < limit, scan[j] == 0x2C {
            let g = scan.digitsEnd(j + 1)
            guard g - (j + 1) == 3, g <= limit else { break }
            j = g
        }
        let dotted = scan[i - 1] == 0x2E && Scalars.isDigit(scan[i - 2])
        if !dotted, j < limit, scan[j] == 0x2E, Scalars.isDigit(scan[j + 1]) {
            let f = scan.digitsEnd(j + 1)
            if !(scan[f] == 0x2E && Scalars.isDigit(scan[f + 1])), f <= limit { j = f }
        }
        return min(j, limit)
    }

    static func arabicValue(_ scan: Scan, _ i: Int, _ j: Int) -> Double? {
        guard j > i else { return nil }
        var s = ""
        s.reserveCapacity(j - i)
        for k in i..<j where scan.u[k] != 0x2C {
            guard let c = Unicode.Scalar(scan.u[k]) else { return nil }
            s.unicodeScalars.append(c)
        }
        guard let v = Double(s), v.isFinite else { return nil }
        return v
    }
}

/// Chinese numerals.
enum Numerals {
    private static let digits: [UInt32: Int] = {
        var t: [UInt32: Int] = [:]
        let table: [(String, Int)] = [
            ("〇零○", 0), ("一壹", 1), ("二两兩贰貳", 2), ("三叁叄", 3), ("四肆", 4), ("五伍", 5), ("六陆陸", 6),
            ("七柒", 7), ("八捌", 8), ("九玖", 9),
        ]
        for (chars, v) in table { for s in chars.unicodeScalars { t[s.value] = v } }
        return t
    }()

    private static let units: [UInt32: Double] = {
        var t: [UInt32: Double] = [:]
        let table: [(String, Double)] = [("十拾", 10), ("百佰", 100), ("千仟", 1000), ("万萬", 1e4), ("亿億", 1e8)]
        for (chars, v) in table { for s in chars.unicodeScalars { t[s.value] = v } }
        return t
    }()

    static let nian20 = Han.v("廿"), sa30 = Han.v("卅")
    static let liang = Han.v("两"), liang2 = Han.v("兩"), shi = Han.v("十")

    /// Characters of a month or day number in a date: digits and 十廿卅, not 两 (never used in dates) nor 百千万.
    static func isSmall(_ v: UInt32) -> Bool {
        v == shi || v == nian20 || v == sa30 || (digit(v) != nil && v != liang && v != liang2)
    }

    @inline(__always) static func digit(_ v: UInt32) -> Int? { v < 0x3000 && v != 0x25CB ? nil : digits[v] }
    @inline(__always) static func unit(_ v: UInt32) -> Double? { v < 0x4E00 ? nil : units[v] }

    /// Characters that can make up a Chinese numeral run (点 only inside, see `chineseEnd`).
    static func isChinese(_ v: UInt32) -> Bool {
        digit(v) != nil || unit(v) != nil || v == nian20 || v == sa30
    }

    /// End of the Chinese numeral run starting at i; 点 belongs to it only between numerals.
    static func chineseEnd(_ scan: Scan, _ i: Int) -> Int {
        var j = i
        while j < scan.count {
            let c = scan.u[j]
            if isChinese(c) { j += 1; continue }
            if (c == Han.dian || c == Han.dian2), j > i, digit(scan[j + 1]) != nil { j += 1; continue }
            break
        }
        return j
    }

    /// The value of a whole Chinese numeral (see `Normalize.number`), or nil.
    static func chinese(_ s: ArraySlice<UInt32>) -> Double? {
        guard !s.isEmpty else { return nil }
        var intPart = s
        var fraction = 0.0
        if let p = s.firstIndex(where: { $0 == Han.dian || $0 == Han.dian2 }) {
            intPart = s[s.startIndex..<p]
            let frac = s[(p + 1)...]
            guard !frac.isEmpty else { return nil }
            var scale = 0.1
            for c in frac {
                guard let d = digit(c) else { return nil }
                fraction += Double(d) * scale
                scale /= 10
            }
        }
        guard let whole = integer(intPart) else { return nil }
        let r = whole + fraction
        return r.isFinite ? r : nil
    }

    private static func integer(_ s: ArraySlice<UInt32>) -> Double? {
        guard !s.isEmpty else { return nil }
        if !s.contains(where: { unit($0) != nil || $0 == nian20 || $0 == sa30 }) {
            var v = 0.0
            for c in s {
                guard let d = digit(c) else { return nil }
                v = v * 10 + Double(d)
            }
            return v.isFinite ? v : nil
        }
        var total = 0.0      // multiples of 亿
        var wan = 0.0        // multiples of 万 below 亿
        var section = 0.0    // below 万
        var pending: Double? = nil
        var lastSmall = 0.0  // the last of 十百千 in this section: they must descend
        var lastBig = 0.0    // 万 or 亿 just read, for the abbreviation 两万五 = 25000
        var zero = false
        for c in s {
            if let d = digit(c) {
                if d == 0 {
                    guard pending == nil else { return nil }
                    zero = true
                    continue
                }
                guard pending == nil else { return nil }
                pending = Double(d)
            } else if c == nian20 || c == sa30 {
                guard pending == nil, lastSmall == 0 || lastSmall > 10 else { return nil }
                section += c == nian20 ? 20 : 30
                lastSmall = 10; lastBig = 0; zero = false
            } else if let m = unit(c) {
                if m < 1e4 {
                    guard lastSmall == 0 || m < lastSmall else { return nil }
                    guard let k = pending ?? (m == 10 ? 1 : nil) else { return nil }
                    section += k * m
                    lastSmall = m
                } else {
                    let part = section + (pending ?? 0)
                    guard part > 0 else { return nil }
                    if m == 1e4 {
                        guard wan == 0 else { return nil }
                        wan = part * 1e4
                    } else {
                        guard total == 0 else { return nil }
                        total = (wan + part) * 1e8
                        wan = 0
                    }
                    section = 0; lastSmall = 0
                }
                pending = nil; zero = false
                lastBig = m >= 1e4 ? m : 0
            }
        }
        if let d = pending {
            if !zero, lastSmall > 10, lastBig == 0 {
                section += d * lastSmall / 10
            } else if !zero, lastBig > 0, section == 0 {
                section += d * lastBig / 10
            } else {
                section += d
            }
        }
        let r = total + wan + section
        return r.isFinite ? r : nil
    }
}
