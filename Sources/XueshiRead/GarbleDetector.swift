/// Tells a text layer worth reading from one a font without a Unicode map turned into noise.
struct GarbleCounter {
    private(set) var total = 0
    private(set) var bad = 0
    private(set) var latinSymbols = 0
    private(set) var cjk = 0

    /// Call for every non-space scalar of the text layer, controls included.
    mutating func add(_ s: Unicode.Scalar) {
        total += 1
        let v = s.value
        switch v {
        case 0xFFFD, 0xE000...0xF8FF, 0xF0000...0x10FFFF: bad += 1
        case 0x00...0x1F, 0x7F...0x9F: bad += 1
        case 0xFDD0...0xFDEF, 0xFFFE, 0xFFFF: bad += 1
        case 0xA1...0xFF where !Self.commonLatin1.contains(v): latinSymbols += 1
        // Bytes 0x80–0x9F of a CJK font read as Windows-1252: ‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ€.
        case _ where Self.cp1252High.contains(v): latinSymbols += 1
        case 0x2E80...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF, 0x20000...0x3FFFF: cjk += 1
        default: break
        }
    }

    private static let cp1252High: Set<UInt32> = [0x20AC, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6,
                                                  0x2030, 0x0160, 0x2039, 0x0152, 0x017D, 0x2018, 0x2019, 0x201C,
                                                  0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A,
                                                  0x0153, 0x017E, 0x0178]

    /// Latin-1 signs Chinese documents print on purpose.
    private static let commonLatin1: Set<UInt32> = [0xA5, 0xA7, 0xA9, 0xAE, 0xB0, 0xB1, 0xB7, 0xD7, 0xF7]

    /// Share of the page's characters that look garbled.
    ///
    /// - Replacement, private-use, control and non-characters always count.
    /// - Accented Latin and Latin-1 signs count when they dominate a page with almost no Chinese: the pattern of a
    ///   CJK font whose codes were read as single bytes. A CJK font on the page lowers the bar.
    /// - `(cid:NN)` text (what some converters print for unmapped glyphs) counts in full.
    func ratio(cidCharacters: Int, cjkFont: () -> Bool) -> Double {
        guard total > 0 else { return 0 }
        var garbled = bad + cidCharacters
        let share = Double(latinSymbols) / Double(total)
        if Double(cjk) < 0.05 * Double(total) && (share >= 0.3 || share >= 0.1 && cjkFont()) {
            garbled += latinSymbols
        }
        return min(1, Double(garbled) / Double(total))
    }

    /// Pages above this share read as garbled: a few private-use bullets from a symbol font don't make a page so.
    static let threshold = 0.15
}

enum CIDText {
    /// Characters inside `(cid:123)` runs.
    static func count(in text: String) -> Int {
        guard text.contains("(cid:") else { return 0 }
        var n = 0
        var rest = text[...]
        while let r = rest.range(of: "(cid:") {
            var end = r.upperBound
            var digits = 0
            while end < rest.endIndex, rest[end].isASCII, rest[end].isNumber { end = rest.index(after: end); digits += 1 }
            if digits > 0, end < rest.endIndex, rest[end] == ")" {
                n += 6 + digits
                rest = rest[rest.index(after: end)...]
            } else {
                rest = rest[r.upperBound...]
            }
        }
        return n
    }
}

enum FontNames {
    private static let cjkMarkers = ["song", "hei", "kai", "fang", "ming", "gb", "cjk", "simsun", "stsong", "yahei",
                                     "mincho", "gothic", "batang", "dotum", "gulim", "uming", "ukai", "noto sans sc",
                                     "source han", "han sans", "han serif", "宋", "黑", "楷", "仿"]
    static func isCJK(_ name: String) -> Bool {
        let lower = name.lowercased()
        return cjkMarkers.contains { lower.contains($0) }
    }
}
