import XueshiCore

/// Mends text layers that hold one Latin letter a line (letters only: a column of row numbers is no word): a word set letter by letter down a banner, or a layer
/// whose every glyph stands in a text object of its own. A run of three or more one-letter lines whose letters
/// stand next to each other (along a row, or stacked in a column) is one word, read as one line.
enum LetterLines {
    struct Pending {
        var block: Int
        var line: Line
        var cleaned: [Character]
        /// Per cleaned character: its index in `line.glyphs`.
        var source: [Int]
        var zone: Zone
    }

    static func join(_ items: inout [Pending]) {
        guard items.count >= 3 else { return }
        var out: [Pending] = []
        var i = 0
        while i < items.count {
            var j = i + 1
            if isLetter(items[i]) {
                while j < items.count, isLetter(items[j]), adjacent(items[j - 1], items[j]) { j += 1 }
            }
            if j - i >= 3 { out.append(merge(items[i..<j])) } else { out.append(contentsOf: items[i..<j]) }
            i = j
        }
        items = out
    }

    static func isLetter(_ p: Pending) -> Bool {
        p.cleaned.count == 1 && p.cleaned[0].isASCII && p.cleaned[0].isLetter && p.line.score == nil
    }

    /// The next letter starts within about an em of the last, to its right on the same row or below it in the
    /// same column.
    static func adjacent(_ a: Pending, _ b: Pending) -> Bool {
        let p = a.line.box, q = b.line.box
        let em = max(p.height, q.height, p.width, q.width, 1)
        let sameRow = min(p.y1, q.y1) - max(p.y0, q.y0) > 0.3 * min(p.height, q.height) && q.x0 >= p.x0
            && q.x0 - p.x1 < 1.2 * em
        let sameColumn = min(p.x1, q.x1) - max(p.x0, q.x0) > -0.3 * em && q.y0 >= p.y0 && q.y0 - p.y1 < 1.2 * em
            && abs(p.midX - q.midX) < 0.6 * em
        return sameRow || sameColumn
    }

    static func merge(_ run: ArraySlice<Pending>) -> Pending {
        var text = "", glyphs: [Box] = [], cleaned: [Character] = [], source: [Int] = []
        for p in run {
            let c = p.cleaned[0]
            let g = p.source[0] < p.line.glyphs.count ? p.line.glyphs[p.source[0]] : p.line.box
            source.append(glyphs.count); cleaned.append(c); text.append(c); glyphs.append(g)
        }
        let first = run.first!
        let line = Line(text: text, glyphs: glyphs, box: Box.union(glyphs) ?? first.line.box,
                        fontSize: run.map(\.line.fontSize).max() ?? first.line.fontSize)
        return Pending(block: first.block, line: line, cleaned: cleaned, source: source, zone: first.zone)
    }
}
