import XueshiCore
import XueshiNormalize

/// Mends Latin headings printed with tracking (CSS letter-spacing as Skia and Chromium write it): the text layer
/// puts a space between every letter or splits words where the runs break ("H A S B E E N AWA R D E D T O",
/// "COM PLETED ON"). Geometry tells the spaces apart: in a tracked line the letters inside a word stand apart by
/// the tracking, and a real word break is wider by about a space. Spaces no wider than the tracking go.
enum LetterSpacing {
    /// Removes the spaces of `chars` that sit inside tracked words. `source[i]` is the index in `glyphs` of
    /// `chars[i]` (or of the whitespace it stands for); both arrays are edited together so boxes stay mapped.
    static func mend(_ chars: inout [Character], _ source: inout [Int], glyphs: [Box], em: Double) {
        guard chars.count >= 5, glyphs.count > 0 else { return }
        func box(_ k: Int) -> Box? { source[k] < glyphs.count ? glyphs[source[k]] : nil }
        func latin(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber) }
        // Gaps between touching letters of one token, and at each single space between two letters.
        var intra: [Double] = []
        var spaces: [(index: Int, gap: Double)] = []
        for k in 1..<chars.count {
            if latin(chars[k - 1]), latin(chars[k]), let a = box(k - 1), let b = box(k) {
                intra.append(b.x0 - a.x1)
            } else if chars[k] == " ", k + 1 < chars.count, latin(chars[k - 1]), latin(chars[k + 1]),
                      let a = box(k - 1), let b = box(k + 1) {
                spaces.append((k, b.x0 - a.x1))
            }
        }
        guard !spaces.isEmpty else { return }
        // Words, not a formula ("e j = −k pi j ln pi j") nor a code: letters make most of the line.
        let ink = chars.filter { $0 != " " }
        guard Double(ink.filter { $0.isASCII && $0.isLetter }.count) >= 0.8 * Double(ink.count) else { return }
        let singles = singleLetterRun(chars)
        let limit: Double
        if intra.count >= 3, median(intra) > 0.08 * em {
            // Tracking shows between the letters of a word: a space no wider than it plus a little is no space.
            let t = median(intra)
            limit = t + max(0.12 * em, 0.5 * t)
        } else if singles >= 3, let t = spaces.map(\.gap).min(), t > 0.05 * em, t <= 0.18 * em {
            // "H A S B E E N": every letter a word of its own; the narrowest gap is the tracking, narrower than
            // any word space ("Grade A B C" keeps its spaces).
            limit = t + max(0.12 * em, 0.5 * t)
        } else if chars.allSatisfy({ !$0.isLetter || $0.isUppercase }), (2...4).contains(spaces.count) {
            // "COM PLETED ON": the glyph boxes carry the tracking, so only the spaces differ. In a short capitals
            // label, breaks far narrower than its other breaks and than a word space (a fifth of an em or more
            // between capitals) are run breaks.
            let sorted = spaces.map(\.gap).sorted()
            guard let small = sorted.first, small <= 0.2 * em,
                  let cut = sorted.indices.dropFirst().first(where: { sorted[$0] >= 2.5 * sorted[$0 - 1] }),
                  sorted[cut - 1] <= 0.2 * em else { return }
            limit = (sorted[cut - 1] + sorted[cut]) / 2
        } else {
            return
        }
        // When every space is as narrow as the tracking, nothing tells words apart: the line stays as printed.
        guard spaces.contains(where: { $0.gap > limit }) else { return }
        let drop = Set(spaces.filter { $0.gap <= limit }.map(\.index))
        guard !drop.isEmpty else { return }
        var c2: [Character] = [], s2: [Int] = []
        for k in chars.indices where !drop.contains(k) { c2.append(chars[k]); s2.append(source[k]) }
        chars = c2; source = s2
    }

    /// "登 记 号:", "证 书 编 号": a label spread to the width of its neighbours, one CJK character a token with
    /// even gaps wider than the view's own rule keeps. Three or more such characters at one pitch are one word;
    /// cells of a table ("男 浙江大学") hold longer tokens or stand at uneven gaps.
    static func mendCJK(_ chars: inout [Character], _ source: inout [Int], glyphs: [Box], em: Double) {
        func box(_ k: Int) -> Box? { k >= 0 && k < source.count && source[k] < glyphs.count ? glyphs[source[k]] : nil }
        func single(_ k: Int) -> Bool {
            k >= 0 && k < chars.count && Normalize.isCJK(chars[k]) && !"，。、；：！？（）《》“”".contains(chars[k])
                && (k == 0 || chars[k - 1] == " " || !Normalize.isCJK(chars[k - 1]))
                && (k + 1 == chars.count || chars[k + 1] == " " || !Normalize.isCJK(chars[k + 1]))
        }
        var drop = Set<Int>()
        var k = 0
        while k < chars.count {
            guard single(k) else { k += 1; continue }
            // A run c _ c _ c of single characters.
            var members = [k]
            while let last = members.last, last + 2 < chars.count, chars[last + 1] == " ", single(last + 2) {
                members.append(last + 2)
            }
            defer { k = members.last! + 1 }
            guard members.count >= 3 else { continue }
            // "年 月 日" on a form: the spaces are where the date is to be written.
            if members.allSatisfy({ "年月日时分".contains(chars[$0]) }) { continue }
            let gaps = zip(members, members.dropFirst()).compactMap { a, b -> Double? in
                guard let p = box(a), let q = box(b) else { return nil }
                return q.x0 - p.x1
            }
            guard gaps.count == members.count - 1, let lo = gaps.min(), let hi = gaps.max(),
                  hi < 3 * em, hi - lo <= max(0.25 * hi, 0.1 * em) else { continue }
            for m in members.dropLast() { drop.insert(m + 1) }
        }
        guard !drop.isEmpty else { return }
        var c2: [Character] = [], s2: [Int] = []
        for i in chars.indices where !drop.contains(i) { c2.append(chars[i]); s2.append(source[i]) }
        chars = c2; source = s2
    }

    /// The longest run of consecutive space-separated tokens that are one Latin letter each.
    static func singleLetterRun(_ chars: [Character]) -> Int {
        var best = 0, run = 0
        for t in String(chars).split(separator: " ") {
            if t.count == 1, t.first!.isASCII, t.first!.isLetter { run += 1; best = max(best, run) } else { run = 0 }
        }
        return best
    }

    static func median(_ v: [Double]) -> Double {
        let s = v.sorted()
        return s[s.count / 2]
    }
}
