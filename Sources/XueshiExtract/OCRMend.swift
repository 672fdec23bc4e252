/// Organisation names misread by OCR, mended from a spelling the same document (or the known-issuer list) gives:
/// a seal or signature read "六安市太力资源和社套保障局" where the body prints "六安市人力资源和社会保障局".
public enum OCRMend {
    /// The nearest other spelling within a small edit distance (one edit per six characters, at least one), from
    /// `known` names first, then from runs of the same length in `text`; nil when none is close or the name
    /// already appears as read.
    /// `score` gives the OCR score of the text at a range of `text` (Characters): a spelling from the page must
    /// have been read more surely than the name itself, so a clean reading is never "mended" into a misread copy.
    public static func organisation(_ name: String, text: String, known: [String],
                                     score: (Range<Int>) -> Double? = { _ in nil }) -> String? {
        let n = Array(name)
        guard n.count >= 4 else { return nil }
        let limit = max(1, n.count / 6)
        if known.contains(name) { return nil }
        if isCorroborated(name, in: text) { return nil }
        var best: (String, Int)? = nil
        // Listed names differ among themselves by a city (安庆市 / 合肥市): one character only.
        for k in known where k.count == n.count {
            let d = distance(n, Array(k), limit: 1)
            if d == 1 && best == nil { best = (k, d) }
        }
        if let best { return best.0 }
        let chars = Array(text)
        guard chars.count >= n.count else { return nil }
        // Where the name itself stands: windows overlapping it are the same reading shifted, not another spelling.
        var own = [Bool](repeating: false, count: chars.count)
        var ownScore: Double? = nil
        if n.count <= chars.count {
            for start in 0...(chars.count - n.count) where chars[start] == n[0] && Array(chars[start..<(start + n.count)]) == n {
                for k in start..<(start + n.count) { own[k] = true }
                if let s = score(start..<(start + n.count)) { ownScore = max(ownScore ?? 0, s) }
            }
        }
        // Same length only: OCR swaps one character for another; a window one shorter or longer is the name cut
        // or run into its neighbour.
        for length in [n.count] where length <= chars.count {
            for start in 0...(chars.count - length) {
                let window = chars[start..<(start + length)]
                if own[start..<(start + length)].contains(true) { continue }
                // A name runs within one line and holds no punctuation.
                guard window.allSatisfy({ $0.isLetter }) else { continue }
                // The same ending (局, 学院, 协会…): a misreading keeps the shape of the name.
                guard window.last == n.last || window.first == n.first else { continue }
                let d = distance(n, Array(window), limit: limit)
                guard d > 0 && d <= limit else { continue }
                let w = String(window)
                if w == name { continue }
                if let mine = ownScore, (score(start..<(start + length)) ?? 0) <= mine { continue }
                if best == nil || d < best!.1 { best = (w, d) }
            }
        }
        return best?.0
    }

    /// Read the same way twice or more on the page (body and signature, signature and seal): not a misreading.
    public static func isCorroborated(_ name: String, in text: String) -> Bool {
        text.components(separatedBy: name).count > 2
    }

    /// Levenshtein distance, giving up (returning limit + 1) once it must exceed `limit`.
    static func distance(_ a: [Character], _ b: [Character], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var prev = Array(0...b.count)
        var cur = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            cur[0] = i
            var rowMin = cur[0]
            for j in 1...max(b.count, 1) where !b.isEmpty {
                cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                rowMin = min(rowMin, cur[j])
            }
            if rowMin > limit { return limit + 1 }
            swap(&prev, &cur)
        }
        return prev[b.count]
    }
}
