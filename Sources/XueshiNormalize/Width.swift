import Foundation

extension Normalize {
    /// Folds width so patterns written in ASCII match full-width text, one Character for one Character so that
    /// offsets found in the folded text are valid in the original.
    ///
    /// - Full-width ASCII U+FF01–FF5E becomes ASCII (`：`→`:`, `（`→`(`, `０`→`0`, `－`→`-`, `～`→`~`), except the
    ///   full-width comma `，`: it is the Chinese clause comma, and folding it would glue numbers into thousands
    ///   (`40，2025` would read as `40,2025`).
    /// - Every Unicode space separator (U+3000, NBSP, U+2000–200A, U+202F, U+205F, U+1680) becomes a space.
    /// - Kangxi radicals and CJK compatibility ideographs become the unified ideograph they stand for: PDF fonts
    ///   often map 日 or 月 to the radical ⽇ ⽉, which would hide every date.
    /// - CJK punctuation (，。、“”《》〔〕—) is kept.
    public static func foldWidth(_ s: String) -> String {
        var changed = false
        var out: [Character] = []
        out.reserveCapacity(s.utf8.count)
        for c in s {
            if let v = Scalars.single(c) {
                let f = Scalars.fold(v)
                if f != v, let scalar = Unicode.Scalar(f) {
                    out.append(Character(scalar)); changed = true; continue
                }
            }
            out.append(c)
        }
        guard changed else { return s }
        let folded = String(out)
        // Folding never joins or splits graphemes for the scalars above, but the contract (same count) matters
        // more than the folding, so an odd input comes back untouched rather than with shifted offsets.
        return folded.count == out.count ? folded : s
    }

    /// CJK for the purpose of spacing: ideographs (all CJK Unified Ideograph blocks, compatibility ideographs,
    /// Kangxi radicals and the radicals supplement), 〇, kana, CJK Symbols and Punctuation U+3001–303F
    /// (、。〈〉《》「」『』【】〔〕〜 …), CJK compatibility forms U+FE30–FE4F, the full-width comma `，`, and the
    /// half-width CJK punctuation U+FF61–FF65. Curly quotes and dashes are not CJK: English text uses them too.
    public static func isCJK(_ c: Character) -> Bool {
        guard let v = Scalars.single(c) else {
            // A base ideograph carrying a variation selector is still that ideograph.
            guard let first = c.unicodeScalars.first else { return false }
            return Scalars.isIdeograph(first.value)
        }
        return Scalars.isCJK(v)
    }
}

/// Scalar-level classification shared by the scanners. Scanners look at one folded scalar per Character and
/// treat multi-scalar Characters (a digit with a combining mark, an emoji sequence) as opaque.
enum Scalars {
    /// The scalar of a single-scalar Character; CR LF counts as LF.
    @inline(__always)
    static func single(_ c: Character) -> UInt32? {
        let us = c.unicodeScalars
        var it = us.makeIterator()
        guard let first = it.next() else { return nil }
        guard let second = it.next() else { return first.value }
        if first.value == 0x0D && second.value == 0x0A && it.next() == nil { return 0x0A }
        return nil
    }

    static func fold(_ v: UInt32) -> UInt32 {
        switch v {
        case 0xFF0C: return v
        case 0xFF01...0xFF5E: return v - 0xFEE0
        case 0x3000, 0x00A0, 0x1680, 0x2000...0x200A, 0x202F, 0x205F: return 0x20
        case 0x2E80...0x2FDF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: return compatibility[v] ?? v
        default: return v
        }
    }

    /// Kangxi radicals, radical supplement and compatibility ideographs that NFKC maps to a single ideograph.
    private static let compatibility: [UInt32: UInt32] = {
        var t: [UInt32: UInt32] = [:]
        let ranges: [ClosedRange<UInt32>] = [0x2E80...0x2FDF, 0xF900...0xFAFF, 0x2F800...0x2FA1F]
        for r in ranges {
            for v in r {
                guard let s = Unicode.Scalar(v) else { continue }
                let n = String(Character(s)).precomposedStringWithCompatibilityMapping.unicodeScalars
                if n.count == 1, let m = n.first, m.value != v, isIdeograph(m.value) { t[v] = m.value }
            }
        }
        return t
    }()

    static func isIdeograph(_ v: UInt32) -> Bool {
        switch v {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0x20000...0x323AF, 0xF900...0xFAFF, 0x2F800...0x2FA1F, 0x3007:
            return true
        default: return false
        }
    }

    static func isCJK(_ v: UInt32) -> Bool {
        if isIdeograph(v) { return true }
        switch v {
        case 0x2E80...0x2FDF, 0x3001...0x303F, 0x3040...0x30FF, 0x31F0...0x31FF, 0xFE30...0xFE4F, 0xFF0C,
             0xFF61...0xFF65:
            return true
        default: return false
        }
    }

    /// Whitespace as the scanners see it, after folding: spaces, tabs, line breaks, and the zero-width space and
    /// BOM that PDF text layers scatter between glyphs.
    @inline(__always)
    static func isSpace(_ v: UInt32) -> Bool {
        switch v {
        case 0x20, 0x09...0x0D, 0x85, 0x2028, 0x2029, 0x200B, 0xFEFF: return true
        default: return false
        }
    }

    @inline(__always) static func isHSpace(_ v: UInt32) -> Bool { v == 0x20 || v == 0x09 || v == 0x200B || v == 0xFEFF }
    @inline(__always) static func isDigit(_ v: UInt32) -> Bool { v >= 0x30 && v <= 0x39 }
    @inline(__always) static func isLetter(_ v: UInt32) -> Bool { (v | 0x20) >= 0x61 && (v | 0x20) <= 0x7A }
    @inline(__always) static func isAlnum(_ v: UInt32) -> Bool { isDigit(v) || isLetter(v) }
    @inline(__always) static func lower(_ v: UInt32) -> UInt32 { isLetter(v) ? v | 0x20 : v }
}
