/// A text as the scanners read it: the original Characters (to cut matched text) and one folded scalar per
/// Character (to compare cheaply). Index i is Character offset i of the original.
struct Scan {
    let chars: [Character]
    let u: [UInt32]
    /// Stands for a Character made of several scalars: equal to nothing the scanners look for.
    static let opaque: UInt32 = 0xFFFF_FFFF

    init(_ text: String) {
        chars = Array(text)
        u = chars.map { c in Scalars.single(c).map(Scalars.fold) ?? Scan.opaque }
    }

    var count: Int { u.count }

    /// Out of range reads as 0, which matches no pattern, so scanners need no bounds checks.
    @inline(__always)
    subscript(i: Int) -> UInt32 { i >= 0 && i < u.count ? u[i] : 0 }

    func text(_ r: Range<Int>) -> String {
        let lo = max(0, min(r.lowerBound, chars.count)), hi = max(lo, min(r.upperBound, chars.count))
        return String(chars[lo..<hi])
    }

    func skipSpace(_ i: Int, newlines: Bool = true) -> Int {
        var j = i
        while j < u.count, newlines ? Scalars.isSpace(u[j]) : Scalars.isHSpace(u[j]) { j += 1 }
        return j
    }

    /// End of the run of ASCII digits starting at i (i itself when none).
    func digitsEnd(_ i: Int) -> Int {
        var j = i
        while j < u.count, Scalars.isDigit(u[j]) { j += 1 }
        return j
    }

    /// The value of the ASCII digits in i..<j, or nil when there are more than `maxLength`.
    func intValue(_ i: Int, _ j: Int, maxLength: Int = 9) -> Int? {
        guard j > i, j - i <= maxLength else { return nil }
        var v = 0
        for k in i..<j {
            guard Scalars.isDigit(u[k]) else { return nil }
            v = v * 10 + Int(u[k] - 0x30)
        }
        return v
    }

    /// Whether the folded text at i starts with `word`, compared case-insensitively for ASCII letters.
    func hasPrefix(_ word: String, at i: Int) -> Bool {
        var j = i
        for s in word.unicodeScalars {
            guard Scalars.lower(self[j]) == Scalars.lower(s.value) else { return false }
            j += 1
        }
        return true
    }

    /// The end of `word` at i when it stands as a whole word (no ASCII letter on either side).
    func word(_ word: String, at i: Int) -> Int? {
        guard !Scalars.isLetter(self[i - 1]), hasPrefix(word, at: i) else { return nil }
        let end = i + word.unicodeScalars.count
        return Scalars.isLetter(self[end]) ? nil : end
    }

    /// End of the run of ASCII letters starting at i.
    func lettersEnd(_ i: Int) -> Int {
        var j = i
        while j < u.count, Scalars.isLetter(u[j]) { j += 1 }
        return j
    }

    func lowercased(_ i: Int, _ j: Int) -> String {
        var s = String.UnicodeScalarView()
        for k in i..<j { if let c = Unicode.Scalar(Scalars.lower(u[k])) { s.append(c) } }
        return String(s)
    }
}

/// Scalar values of the Chinese characters the scanners compare against.
enum Han {
    static let nian = v("年"), yue = v("月"), ri = v("日"), hao = v("号"), hao2 = v("號")
    static let zhi = v("至"), dao = v("到"), qi = v("起"), yu = v("于")
    static let dian = v("点"), dian2 = v("點")
    static let di = v("第")

    static func v(_ s: Unicode.Scalar) -> UInt32 { s.value }
}
