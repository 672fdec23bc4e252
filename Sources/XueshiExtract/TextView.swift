import XueshiCore
import XueshiNormalize

/// Where on a document a region of text sits. Specs name zones to look in.
public enum Zone: String, Codable, Sendable, CaseIterable {
    /// Large type near the top of the first page: the document's title.
    case title
    /// The running header of a page (journal name, volume, ISSN lines of a paper).
    case header
    /// The signature block: the issuing body and the date under the text, usually right-aligned.
    case signature
    /// Everything else.
    case body
    /// Text drawn on a seal's arc (read back into order by the reader): the sealing body's name.
    case seal
}

/// The normalised, flowing text of a whole document, with the page and box every character came from.
///
/// Lines of one wrapped paragraph are joined without a break (so "学习日期2024年6月" + "5日至9日" reads as one
/// date range); other lines end with "\n". Offsets everywhere are Character offsets into `chars`.
public struct TextView: Sendable {
    public struct ViewLine: Sendable {
        /// Offsets of this line's characters in the view.
        public var range: Range<Int>
        public var page: Int
        public var box: Box
        public var fontSize: Double
        public var zone: Zone
        /// The OCR engine's score for the line; nil for a text layer.
        public var score: Double? = nil
    }

    public let chars: [Character]
    /// Per character: its Unicode scalar, or `clusterKey` for a character of several; what anchor search compares.
    public let keys: [UInt32]
    public let string: String
    /// Per character: index into `lines`, or -1 for separators the view inserted.
    public let lineOf: [Int]
    /// Per character: its glyph box, when it has one.
    public let boxes: [Box?]
    public let lines: [ViewLine]
    /// The year most dates on the document carry, used when a date omits its year.
    public let yearHint: Int?

    public init(document: Document) {
        var chars: [Character] = []
        var lineOf: [Int] = []
        var boxes: [Box?] = []
        var lines: [ViewLine] = []

        let contentPages = document.pages.filter { !$0.blocks.isEmpty && !$0.garbled }
        let firstContentPage = contentPages.first?.number

        // A garbled text layer is noise: OCR reads such pages (a later stage), the extractors never see them.
        for page in document.pages where !page.blocks.isEmpty && !page.garbled {
            // Every page may end in a signature block (a notice's attachment follows its signed first page).
            let zones = TextView.zones(of: page, isFirst: page.number == firstContentPage, isLast: true)
            var lineIndexOnPage = 0
            var pending: [LetterLines.Pending] = []
            for (b, block) in page.blocks.enumerated() {
                for line in block.lines {
                    let (cleaned, source) = TextView.clean(line)
                    let zone: Zone
                    if block.isSeal { zone = .seal } else { zone = zones[lineIndexOnPage]; lineIndexOnPage += 1 }
                    if cleaned.isEmpty { continue }
                    pending.append(.init(block: b, line: line, cleaned: cleaned, source: source, zone: zone))
                }
            }
            LetterLines.join(&pending)
            var previous: (line: Line, cleaned: [Character], block: Int)? = nil
            for item in pending {
                let line = item.line, cleaned = item.cleaned, source = item.source
                let block = page.blocks[item.block]
                if let prev = previous, prev.block == item.block, !chars.isEmpty {
                    if TextView.continues(prev.line, prev.cleaned, into: line, cleaned, block: block, pageWidth: page.width) {
                        if let a = prev.cleaned.last, let b = cleaned.first,
                           !Normalize.isCJK(a) && !Normalize.isCJK(b) && a != "-" {
                            chars.append(" "); lineOf.append(-1); boxes.append(nil)
                        }
                    } else {
                        chars.append("\n"); lineOf.append(-1); boxes.append(nil)
                    }
                } else if !chars.isEmpty {
                    chars.append("\n"); lineOf.append(-1); boxes.append(nil)
                }
                let start = chars.count
                let glyphs = line.glyphs
                for (i, c) in cleaned.enumerated() {
                    chars.append(c)
                    lineOf.append(lines.count)
                    let s = source[i]
                    boxes.append(s < glyphs.count ? glyphs[s] : nil)
                }
                lines.append(ViewLine(range: start..<chars.count, page: page.number, box: line.box,
                                      fontSize: line.fontSize, zone: item.zone, score: line.score))
                previous = (line, cleaned, item.block)
            }
        }
        self.chars = chars
        keys = chars.map(TextView.key)
        self.string = String(chars)
        self.lineOf = lineOf
        self.boxes = boxes
        self.lines = lines
        self.yearHint = Normalize.yearHint(in: self.string)
    }

    /// Width-folds a line and settles its spaces by geometry: a gap of about a character or more is a cell
    /// or word break and stays as one space; a space inside letter-spaced CJK ("专 利 号") goes.
    static func clean(_ line: Line) -> (chars: [Character], source: [Int]) {
        let folded = Array(Normalize.foldWidth(line.text))
        let boxes = line.glyphs
        let em = max(line.fontSize, 1)
        var out: [Character] = []
        var source: [Int] = []
        var i = 0
        while i < folded.count {
            let c = folded[i]
            if c.isWhitespace || c.unicodeScalars.allSatisfy({ $0.properties.generalCategory == .control }) {
                var j = i
                while j < folded.count && (folded[j].isWhitespace) { j += 1 }
                guard !out.isEmpty, j < folded.count, c.isWhitespace else { i = max(j, i + 1); continue }
                let prev = source.last!
                let gap = (j < boxes.count && prev < boxes.count) ? boxes[j].x0 - boxes[prev].x1 : em
                let cjkSide = Normalize.isCJK(out.last!) || Normalize.isCJK(folded[j])
                if !cjkSide || gap >= em * 0.9 {
                    out.append(" "); source.append(i)
                }
                i = j
                continue
            }
            out.append(c); source.append(i)
            i += 1
        }
        LetterSpacing.mend(&out, &source, glyphs: boxes, em: em)
        LetterSpacing.mendCJK(&out, &source, glyphs: boxes, em: em)
        return (out, source)
    }

    /// A wrapped paragraph: the previous line runs to the block's right edge and the next starts at its left.
    static func continues(_ a: Line, _ ac: [Character], into b: Line, _ bc: [Character], block: Block,
                          pageWidth: Double) -> Bool {
        let em = max(a.fontSize, 4)
        // Wrapped prose runs across a good part of the page; a signature block's lines do not.
        guard pageWidth <= 0 || a.box.width >= pageWidth * 0.33 else { return false }
        guard abs(a.fontSize - b.fontSize) < em * 0.25 else { return false }
        guard b.box.y0 > a.box.y0, b.box.y0 - a.box.y1 < em * 1.6 else { return false }
        if let last = ac.last, "。！？；:：".contains(last) { return false }
        // A row of a label-value list ("发明人：…") starts afresh even when the row above filled the width.
        if let colon = bc.prefix(9).firstIndex(where: { $0 == ":" || $0 == "：" }), colon >= 1 { return false }
        // So does a table row: a short label, a cell gap, a value ("主编 毛燕磊，叶鹏").
        if isRow(ac) || isRow(bc) { return false }
        let reachesRight = a.box.x1 >= block.box.x1 - em * 1.5
        let startsLeft = b.box.x0 <= block.box.x0 + em * 2.5
        // A short run of at least a few characters that fills the block width is prose, not a list.
        return reachesRight && startsLeft && ac.count >= 6
    }

    /// "书名 装配式建筑…": up to six CJK characters, then the space the view keeps at a cell gap.
    static func isRow(_ cs: [Character]) -> Bool {
        guard let gap = cs.prefix(8).firstIndex(of: " "), gap >= 2 else { return false }
        return cs[..<gap].allSatisfy(Normalize.isCJK) && gap + 1 < cs.count
    }

    /// Assigns every line of a page (in block order) a zone.
    /// Zones of the page's lines outside seals, in block order (seal blocks get `.seal` and stay out of the layout).
    static func zones(of page: Page, isFirst: Bool, isLast: Bool) -> [Zone] {
        let all = page.blocks.filter { !$0.isSeal }.flatMap(\.lines)
        guard !all.isEmpty else { return [] }
        let sizes = all.flatMap { l in Array(repeating: l.fontSize, count: max(1, min(l.text.count, 60))) }.sorted()
        let body = sizes[sizes.count / 2]
        let top = all.map(\.box.y0).min() ?? 0
        let bottom = all.map(\.box.y1).max() ?? page.height
        let span = max(bottom - top, 1)

        var zones = [Zone](repeating: .body, count: all.count)
        // Header: small lines at the very top of a page that also holds much body text (a paper's running head).
        for (i, l) in all.enumerated() where l.box.y1 < top + span * 0.06 && all.count > 25 && l.fontSize <= body * 1.1 {
            zones[i] = .header
        }
        if isFirst {
            // Title: clearly larger type in the upper part of the first page.
            var found = false
            for (i, l) in all.enumerated() where zones[i] == .body {
                if l.fontSize >= body * 1.25 && l.box.y0 < top + span * 0.45 && l.text.count <= 60 {
                    zones[i] = .title; found = true
                }
            }
            if !found, let i = all.indices.first(where: { zones[$0] == .body }) {
                let l = all[i]
                let centred = abs(l.box.midX - page.width / 2) < page.width * 0.12
                if centred && l.text.count <= 30 { zones[i] = .title }
            }
        }
        if isLast {
            // Signature block: short lines in the lower part that stand right of centre, after the body text.
            // A few other short lines may sit among or below them (a number, "（盖章）", "局长") and are passed over.
            let lowerStart = top + span * 0.45
            var skips = 0
            var i = all.count - 1
            while i >= 0 {
                let l = all[i]
                guard l.box.y0 >= lowerStart, zones[i] == .body else { break }
                let short = l.text.count <= 40
                let rightish = l.box.x0 > page.width * 0.35
                    || (abs(l.box.midX - page.width / 2) < page.width * 0.08 && l.box.width < page.width * 0.5)
                if short && rightish {
                    zones[i] = .signature
                } else if l.text.count <= 24 && skips < 2 {
                    skips += 1
                } else {
                    break
                }
                i -= 1
            }
        }
        return zones
    }

    // MARK: lookups

    public func zone(at offset: Int) -> Zone? {
        guard offset >= 0, offset < lineOf.count, lineOf[offset] >= 0 else { return nil }
        return lines[lineOf[offset]].zone
    }

    public func page(at offset: Int) -> Int? {
        guard offset >= 0, offset < lineOf.count, lineOf[offset] >= 0 else { return nil }
        return lines[lineOf[offset]].page
    }

    /// The union of the glyph boxes in a range (on the page of its first character).
    /// The lowest OCR score of the lines a range touches; nil when it is all text layer.
    public func ocrScore(of range: Range<Int>) -> Double? {
        var low: Double? = nil
        var seen = Set<Int>()
        for i in range where i >= 0 && i < lineOf.count {
            let l = lineOf[i]
            guard l >= 0, seen.insert(l).inserted, let s = lines[l].score else { continue }
            low = min(low ?? s, s)
        }
        return low
    }

    public func box(of range: Range<Int>) -> Box? {
        guard let p = page(at: range.lowerBound) ?? range.lazy.compactMap({ self.page(at: $0) }).first else { return nil }
        return Box.union(range.filter { $0 < boxes.count && self.page(at: $0) == p }.compactMap { boxes[$0] })
    }

    public func text(_ range: Range<Int>) -> String {
        let r = max(0, range.lowerBound)..<min(chars.count, range.upperBound)
        return r.isEmpty ? "" : String(chars[r])
    }

    /// The line (in the view) that holds an offset.
    public func lineRange(at offset: Int) -> Range<Int> {
        var a = min(max(offset, 0), chars.count)
        var b = a
        while a > 0 && chars[a - 1] != "\n" { a -= 1 }
        while b < chars.count && chars[b] != "\n" { b += 1 }
        return a..<b
    }

    /// A short snippet around a range, for reports and explain.
    public func snippet(_ range: Range<Int>, context: Int = 8) -> String {
        let line = lineRange(at: range.lowerBound)
        let a = max(line.lowerBound, range.lowerBound - context)
        let b = min(max(line.upperBound, range.upperBound), range.upperBound + context)
        return text(a..<b).replacingOccurrences(of: "\n", with: " ")
    }

    /// Every offset where `needle` starts.
    public func occurrences(of needle: String) -> [Int] {
        let n = Array(needle)
        guard let first = n.first, n.count <= chars.count else { return [] }
        var out: [Int] = []
        var i = 0
        let limit = chars.count - n.count
        while i <= limit {
            if chars[i] == first {
                var j = 1
                while j < n.count && chars[i + j] == n[j] { j += 1 }
                if j == n.count { out.append(i) }
            }
            i += 1
        }
        return out
    }

    public func contains(_ needle: String, in zones: Set<Zone>? = nil) -> Bool {
        let hits = occurrences(of: needle)
        guard let zones else { return !hits.isEmpty }
        return hits.contains { zone(at: $0).map(zones.contains) ?? false }
    }
}

extension TextView {
    /// The key of a character made of several scalars: above every Unicode scalar, so it equals none.
    static let clusterKey: UInt32 = 0x11_0000

    static func key(_ c: Character) -> UInt32 {
        let scalars = c.unicodeScalars
        return scalars.count == 1 ? scalars.first!.value : clusterKey
    }
}

