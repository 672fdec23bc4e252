import Foundation

/// Mends what OCR engines do to Chinese evidence text: spaces between CJK characters, fill-in rules read as
/// underscores, letters read for digits
/// next to digits, and the usual misreadings of the units and date words the extractors anchor on.
public enum OCRText {
    public static func isCJK(_ c: Character) -> Bool {
        guard let v = c.unicodeScalars.first?.value else { return false }
        return (0x4E00...0x9FFF).contains(v) || (0x3400...0x4DBF).contains(v) || (0x3000...0x303F).contains(v)
            || (0xFF00...0xFFEF).contains(v)
    }

    /// Confusions seen on scanned certificates: the right-hand side is what the form prints.
    static let words: [(String, String)] = [
        ("学吋", "学时"), ("学肘", "学时"), ("学对", "学时"), ("孚时", "学时"), ("学叶", "学时"), ("学囗", "学时"),
        ("课吋", "课时"), ("小吋", "小时"), ("学份", "学分"),
        ("证书编亏", "证书编号"), ("编呈", "编号"), ("曰期", "日期"), ("目期", "日期"),
    ]

    /// Cleans one line's text. Returns the new text and, per new Character, the index of the old Character it
    /// came from (so per-character boxes follow).
    public static func clean(_ text: String) -> (text: String, source: [Int]) {
        var chars = Array(text)
        let source = Array(chars.indices)
        // Letters read for digits, when a digit stands beside them (O0 l1 I1 |1 S5 B8 only inside numbers).
        func isDigit(_ i: Int) -> Bool { i >= 0 && i < chars.count && chars[i].isASCII && chars[i].isNumber }
        for i in chars.indices {
            let c = chars[i]
            // "3.o": a decimal point after a digit counts as a digit beside.
            let left = isDigit(i - 1) || (i >= 2 && chars[i - 1] == "." && isDigit(i - 2)), right = isDigit(i + 1)
            guard left || right else { continue }
            switch c {
            case "O", "o": chars[i] = "0"
            case "l", "I", "|": chars[i] = "1"
            case "S" where left && right: chars[i] = "5"
            case "B" where left && right: chars[i] = "8"
            default: break
            }
        }
        // A 〇 read as a digit or a letter inside a date in Chinese numerals (二6二五年, 二O二五年).
        let numerals: Set<Character> = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "〇", "零", "十"]
        for i in chars.indices where "06OoD".contains(chars[i]) {
            let before = i > 0 && numerals.contains(chars[i - 1])
            let after = i + 1 < chars.count && (numerals.contains(chars[i + 1]) || chars[i + 1] == "年")
            if before && after { chars[i] = "〇" }
        }
        // A 日 read as 曰 after a digit (2025年7月1曰), or as 月 closing a full date (2019年04月20月).
        for i in chars.indices where chars[i] == "曰" && isDigit(i - 1) { chars[i] = "日" }
        for i in chars.indices where chars[i] == "月" && isDigit(i - 1) {
            var j = i - 1
            while j >= 0 && isDigit(j) { j -= 1 }
            guard j >= 1, chars[j] == "月", isDigit(j - 1) else { continue }
            chars[i] = "日"
        }
        // Spaces between two CJK characters (or a CJK character and a digit) are the engine's, not the form's,
        // unless the gap is wide (the layout keeps cell gaps from the boxes, not from these spaces).
        var outChars: [Character] = []
        var outSource: [Int] = []
        var i = 0
        while i < chars.count {
            if chars[i] == " " {
                var j = i
                while j < chars.count && chars[j] == " " { j += 1 }
                if let prev = outChars.last, j < chars.count {
                    let a = prev, b = chars[j]
                    let joinable = (isCJK(a) && isCJK(b)) || (isCJK(a) && b.isNumber) || (a.isNumber && isCJK(b))
                    if !joinable { outChars.append(" "); outSource.append(source[i]) }
                }
                i = j
                continue
            }
            // A run of underscores is a fill-in rule the engine read (同学于__2025__年__7__月): dropped between
            // Chinese and figures, kept where letters stand beside it (an address or a file name).
            if chars[i] == "_" {
                var j = i
                while j < chars.count && chars[j] == "_" { j += 1 }
                let before = outChars.last, after = j < chars.count ? chars[j] : nil
                let rule = [before, after].allSatisfy { c in c.map { !($0.isASCII && $0.isLetter) } ?? true }
                if !rule { for k in i..<j { outChars.append(chars[k]); outSource.append(source[k]) } }
                i = j
                continue
            }
            outChars.append(chars[i]); outSource.append(source[i])
            i += 1
        }
        (outChars, outSource) = joinedLetterFragments(outChars, outSource)
        var result = String(outChars)
        // Word fixes keep the character count, so the source map stays valid.
        for (wrong, right) in words where result.contains(wrong) && wrong.count == right.count {
            result = result.replacingOccurrences(of: wrong, with: right)
        }
        return (result, outSource)
    }

    /// Latin words an engine broke at letter gaps (tesseract on a monospaced or letter-spaced face: "ho u rs",
    /// "fro m", "C E R T I F I C AT E"): a lone letter that is not a word ("a", "I") joins the fragments of one or
    /// two letters beside it, and a lone lower-case one the lower-case word beside it.
    /// Real short words ("is to be", "a", "I") stay apart.
    static func joinedLetterFragments(_ chars: [Character], _ source: [Int]) -> ([Character], [Int]) {
        // Tokens as ranges between single spaces.
        var tokens: [Range<Int>] = []
        var start = 0
        for i in 0...chars.count where i == chars.count || chars[i] == " " {
            if i > start { tokens.append(start..<i) }
            start = i + 1
        }
        guard tokens.count >= 2 else { return (chars, source) }
        func letters(_ r: Range<Int>) -> Bool { chars[r].allSatisfy { $0.isASCII && $0.isLetter } }
        func short(_ r: Range<Int>) -> Bool { r.count <= 2 && letters(r) }
        // joinAfter[k]: the space after token k goes.
        var joinAfter = [Bool](repeating: false, count: tokens.count)
        // A lone letter that is no word on its own joins the short fragments on either side of it.
        for (n, t) in tokens.enumerated() where t.count == 1 && letters(t) && !"aAiI".contains(chars[t.lowerBound]) {
            if n > 0 && short(tokens[n - 1]) { joinAfter[n - 1] = true }
            if n + 1 < tokens.count && short(tokens[n + 1]) { joinAfter[n] = true }
        }
        for (n, t) in tokens.enumerated() where t.count == 1 {
            let c = chars[t.lowerBound]
            guard c.isASCII, c.isLowercase, c != "a", c != "i" else { continue }
            if n > 0, let last = chars[tokens[n - 1]].last, last.isASCII, last.isLowercase, letters(tokens[n - 1]) {
                joinAfter[n - 1] = true
            } else if n + 1 < tokens.count, let first = chars[tokens[n + 1]].first, first.isASCII, first.isLowercase {
                joinAfter[n] = true
            }
        }
        guard joinAfter.contains(true) else { return (chars, source) }
        var drop = Set<Int>()
        for (n, t) in tokens.enumerated() where joinAfter[n] && n + 1 < tokens.count {
            // Only a single space between them is taken out.
            if tokens[n + 1].lowerBound == t.upperBound + 1 { drop.insert(t.upperBound) }
        }
        var outChars: [Character] = [], outSource: [Int] = []
        for i in chars.indices where !drop.contains(i) { outChars.append(chars[i]); outSource.append(source[i]) }
        return (outChars, outSource)
    }
}
