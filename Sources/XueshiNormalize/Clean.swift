extension Normalize {
    /// Folds width, then repairs PDF spacing: whitespace touching a CJK character (see `isCJK`) is removed
    /// ("专 利 号" → "专利号", "累计 40 学时" → "累计40学时"), any other whitespace run becomes one space (so
    /// "ZL 2024 1 8350932.3" keeps its spaces), and the ends are trimmed. Line breaks count as whitespace.
    ///
    /// `source[i]` is the Character offset in `s` of output Character i, so a match found in the cleaned text
    /// can be mapped back to glyphs of the original.
    public static func clean(_ s: String) -> (text: String, source: [Int]) {
        let folded = Array(foldWidth(s))
        var out: [Character] = []
        var source: [Int] = []
        out.reserveCapacity(folded.count)
        source.reserveCapacity(folded.count)
        var i = 0
        while i < folded.count {
            guard isBlank(folded[i]) else {
                out.append(folded[i]); source.append(i); i += 1; continue
            }
            var j = i
            while j < folded.count, isBlank(folded[j]) { j += 1 }
            if let prev = out.last, j < folded.count, !isCJK(prev), !isCJK(folded[j]) {
                out.append(" "); source.append(i)
            }
            i = j
        }
        return joined(out, source)
    }

    /// Whitespace, plus the zero-width space and BOM that PDF text layers scatter between glyphs.
    private static func isBlank(_ c: Character) -> Bool {
        c.isWhitespace || c == "\u{200B}" || c == "\u{FEFF}"
    }

    /// Builds the string and keeps `source` aligned with its Characters. Dropping whitespace can, in odd input,
    /// let a stray combining mark attach to the Character before it; then each resulting Character takes the
    /// source of its first scalar.
    static func joined(_ chars: [Character], _ source: [Int]) -> (text: String, source: [Int]) {
        let text = String(chars)
        if text.count == chars.count { return (text, source) }
        var mapped: [Int] = []
        var k = 0, kStart = 0, scalarPos = 0
        for c in text {
            while k + 1 < chars.count, kStart + chars[k].unicodeScalars.count <= scalarPos {
                kStart += chars[k].unicodeScalars.count
                k += 1
            }
            mapped.append(k < source.count ? source[k] : source.last ?? 0)
            scalarPos += c.unicodeScalars.count
        }
        return (text, mapped)
    }
}
