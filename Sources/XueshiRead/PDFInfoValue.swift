import Foundation

/// Reads the values of an info dictionary straight from its bytes: literal and hex strings (PDFDocEncoding,
/// UTF-16BE with a byte-order mark, or UTF-8) and `D:` dates. Poppler only shows the last revision's values; the
/// revision scanner needs each save's own.
enum PDFInfoValue {
    /// The string value of `/Key` in a dictionary's bytes, when it is written in place (not an indirect reference).
    static func string(_ key: String, in dict: [UInt8]) -> String? {
        guard let raw = rawString(key, in: dict) else { return nil }
        let s = decode(raw).trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters))
        return s.isEmpty ? nil : s
    }

    static func date(_ key: String, in dict: [UInt8]) -> Date? {
        string(key, in: dict).flatMap(date(from:))
    }

    static func rawString(_ key: String, in dict: [UInt8]) -> [UInt8]? {
        let k = Array(("/" + key).utf8)
        var i = 0
        while let at = find(k, in: dict, from: i) {
            i = at + k.count
            // "/ModDate" must not match "/ModDateX".
            if i < dict.count, isRegular(dict[i]) { continue }
            while i < dict.count, isSpace(dict[i]) { i += 1 }
            guard i < dict.count else { return nil }
            if dict[i] == UInt8(ascii: "(") { return literal(dict, from: i + 1) }
            if dict[i] == UInt8(ascii: "<"), i + 1 < dict.count, dict[i + 1] != UInt8(ascii: "<") { return hex(dict, from: i + 1) }
            return nil
        }
        return nil
    }

    static func literal(_ b: [UInt8], from start: Int) -> [UInt8] {
        var out: [UInt8] = []
        var depth = 1, i = start
        while i < b.count {
            let c = b[i]
            if c == UInt8(ascii: "\\"), i + 1 < b.count {
                i += 1
                let e = b[i]
                switch e {
                case UInt8(ascii: "n"): out.append(0x0A)
                case UInt8(ascii: "r"): out.append(0x0D)
                case UInt8(ascii: "t"): out.append(0x09)
                case UInt8(ascii: "b"): out.append(0x08)
                case UInt8(ascii: "f"): out.append(0x0C)
                case UInt8(ascii: "0")...UInt8(ascii: "7"):
                    var v = 0, n = 0
                    while n < 3, i < b.count, b[i] >= UInt8(ascii: "0"), b[i] <= UInt8(ascii: "7") {
                        v = v * 8 + Int(b[i] - UInt8(ascii: "0")); i += 1; n += 1
                    }
                    out.append(UInt8(truncatingIfNeeded: v))
                    continue
                case 0x0D, 0x0A:
                    // A line continuation.
                    if e == 0x0D, i + 1 < b.count, b[i + 1] == 0x0A { i += 1 }
                default: out.append(e)
                }
                i += 1
                continue
            }
            if c == UInt8(ascii: "(") { depth += 1 }
            if c == UInt8(ascii: ")") { depth -= 1; if depth == 0 { break } }
            out.append(c)
            i += 1
        }
        return out
    }

    static func hex(_ b: [UInt8], from start: Int) -> [UInt8] {
        var digits: [UInt8] = []
        var i = start
        while i < b.count, b[i] != UInt8(ascii: ">") {
            if let v = hexValue(b[i]) { digits.append(v) }
            i += 1
        }
        if digits.count % 2 == 1 { digits.append(0) }
        return stride(from: 0, to: digits.count, by: 2).map { digits[$0] << 4 | digits[$0 + 1] }
    }

    static func decode(_ raw: [UInt8]) -> String {
        if raw.count >= 2, raw[0] == 0xFE, raw[1] == 0xFF {
            var units: [UInt16] = []
            var i = 2
            while i + 1 < raw.count { units.append(UInt16(raw[i]) << 8 | UInt16(raw[i + 1])); i += 2 }
            return String(decoding: units, as: UTF16.self)
        }
        if raw.count >= 3, raw[0] == 0xEF, raw[1] == 0xBB, raw[2] == 0xBF { return String(decoding: raw.dropFirst(3), as: UTF8.self) }
        if let s = String(validating: raw, as: UTF8.self) { return s }
        // PDFDocEncoding agrees with Latin-1 where producers' names use it (®, ©).
        return String(raw.map { Character(Unicode.Scalar($0)) })
    }

    /// "D:YYYYMMDDHHmmSS+HH'mm'", any tail of it left out (a missing zone reads as UTC).
    static func date(from s: String) -> Date? {
        var t = Substring(s.trimmingCharacters(in: .whitespaces))
        if t.hasPrefix("D:") { t = t.dropFirst(2) }
        let digits = t.prefix { $0.isASCII && $0.isNumber }
        guard digits.count >= 4 else { return nil }
        let d = Array(digits)
        func part(_ at: Int, _ len: Int, _ otherwise: Int) -> Int {
            at + len <= d.count ? Int(String(d[at..<(at + len)])) ?? otherwise : otherwise
        }
        var c = DateComponents()
        c.year = part(0, 4, 0); c.month = part(4, 2, 1); c.day = part(6, 2, 1)
        c.hour = part(8, 2, 0); c.minute = part(10, 2, 0); c.second = part(12, 2, 0)
        guard let month = c.month, (1...12).contains(month), let day = c.day, (1...31).contains(day) else { return nil }
        var offset = 0
        let zone = t.dropFirst(digits.count)
        if let sign = zone.first, sign == "+" || sign == "-" {
            let z = zone.dropFirst().filter { $0.isASCII && $0.isNumber }
            let hh = Int(String(z.prefix(2))) ?? 0, mm = Int(String(z.dropFirst(2).prefix(2))) ?? 0
            offset = (hh * 3600 + mm * 60) * (sign == "-" ? -1 : 1)
        }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: offset) ?? TimeZone(secondsFromGMT: 0)!
        return calendar.date(from: c)
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == needle[0] {
                var match = true
                for k in 1..<needle.count where hay[i + k] != needle[k] { match = false; break }
                if match { return i }
            }
            i += 1
        }
        return nil
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0x00 }

    /// Not whitespace and not a PDF delimiter: part of the same name or number.
    static func isRegular(_ c: UInt8) -> Bool {
        !isSpace(c) && !"()<>[]{}/%".utf8.contains(c)
    }

    static func hexValue(_ c: UInt8) -> UInt8? {
        switch c {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): c - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): c - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): c - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
