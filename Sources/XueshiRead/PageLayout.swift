import Foundation
import XueshiCore

/// Rebuilds reading order from positioned glyphs: glyphs → segments → rows → lines → blocks.
///
/// - A *segment* is a run of glyphs on one baseline from one source line with no large gap (> 1.5 glyph heights,
///   about three widths of a Latin character): a table cell, a column's line, a word group.
/// - Columns: a vertical gutter that wide segments keep to on both sides, between any segments crossing it,
///   makes a two-column region; it is read left column first. Everything else is read by rows.
/// - A *row* gathers the segments sharing a baseline in one flow; it becomes one `Line`, cells joined by a space
///   whose box spans the gap, so a label and its value stay on one line.
/// - Lines of one flow form blocks until the spacing, font size or horizontal extent changes.
struct PageLayout {
    let width: Double
    let height: Double

    struct Segment {
        var range: Range<Int>
        var box: Box
    }

    /// A line before its graphemes are counted.
    struct DraftLine {
        var scalars: [Unicode.Scalar]
        var boxes: [Box]
        var box: Box
        var fontSize: Double
    }

    struct Region {
        var gutter: Double
        var top: Double
        var bottom: Double
    }

    /// Blocks in reading order, boxes on the displayed page whichever way its text runs. Seals drawn as vector text
    /// are taken out first and come last, one block each (`isSeal`).
    func blocks(from pageGlyphs: [Glyph]) -> [Block] {
        let seals = SealText.find(pageGlyphs, down: TextOrientation.detect(pageGlyphs).down)
        guard !seals.isEmpty else { return textBlocks(from: pageGlyphs) }
        let used = Set(seals.flatMap { $0.arc + $0.centre })
        let rest = pageGlyphs.indices.filter { !used.contains($0) }.map { pageGlyphs[$0] }
        return textBlocks(from: rest) + seals.map { sealBlock($0, pageGlyphs) }
    }

    /// The arc read clockwise as one line, the centre line (if any) as a second.
    func sealBlock(_ seal: SealText.Seal, _ glyphs: [Glyph]) -> Block {
        func line(_ members: [Int], spaced: (Int, Int) -> Bool) -> Line {
            var scalars: [Unicode.Scalar] = []
            var boxes: [Box] = []
            for (k, i) in members.enumerated() {
                if k > 0, spaced(members[k - 1], i) {
                    let p = glyphs[members[k - 1]].box, g = glyphs[i].box
                    scalars.append(" ")
                    boxes.append(Box(x0: min(p.x1, g.x0), y0: min(p.y0, g.y0), x1: max(p.x1, g.x0), y1: max(p.y1, g.y1)))
                }
                scalars.append(glyphs[i].scalar)
                boxes.append(glyphs[i].box)
            }
            let box = Box.union(members.map { glyphs[$0].box }) ?? .zero
            let size = median(members.map { max(glyphs[$0].box.width, glyphs[$0].box.height) })
            return Self.finish(DraftLine(scalars: scalars, boxes: boxes, box: box, fontSize: size))
        }
        // Latin seal words are separated by an empty slot on the arc: a step of about twice the usual.
        let centre = (seal.cx, seal.cy)
        func angle(_ i: Int) -> Double { atan2(-(glyphs[i].box.midY - centre.1), glyphs[i].box.midX - centre.0) }
        var steps: [Double] = []
        for k in seal.arc.indices.dropFirst() {
            var d = angle(seal.arc[k - 1]) - angle(seal.arc[k])
            if d < 0 { d += 2 * .pi }
            steps.append(d)
        }
        let step = median(steps)
        let arc = line(seal.arc) { a, b in
            var d = angle(a) - angle(b)
            if d < 0 { d += 2 * .pi }
            let latin = { (i: Int) in glyphs[i].scalar.isASCII && glyphs[i].scalar.properties.isAlphabetic
                || ("0"..."9").contains(glyphs[i].scalar) }
            return d >= 1.7 * step && latin(a) && latin(b)
        }
        var lines = [arc]
        if !seal.centre.isEmpty { lines.append(line(seal.centre) { _, b in glyphs[b].spaceBefore }) }
        return Block(lines: lines, box: Box.union(lines.map(\.box)) ?? .zero, isSeal: true)
    }

    /// Blocks of ordinary text lines in reading order.
    func textBlocks(from pageGlyphs: [Glyph]) -> [Block] {
        let orientation = TextOrientation.detect(pageGlyphs)
        if orientation == .rightward { return frameBlocks(from: pageGlyphs) }
        let (w, h) = orientation.frameSize(width: width, height: height)
        var turned = pageGlyphs
        for i in turned.indices { turned[i].box = orientation.toFrame(turned[i].box, width: width, height: height) }
        // The font size is a glyph's extent across the line, which is its height in the frame too.
        return PageLayout(width: w, height: h).frameBlocks(from: turned).map { block in
            let back = { (b: Box) in orientation.toPage(b, width: width, height: height) }
            return Block(lines: block.lines.map {
                Line(text: $0.text, glyphs: $0.glyphs.map(back), box: back($0.box), fontSize: $0.fontSize)
            }, box: back(block.box))
        }
    }

    /// Blocks of glyphs whose text runs left to right.
    func frameBlocks(from glyphs: [Glyph]) -> [Block] {
        guard !glyphs.isEmpty else { return [] }
        let segments = makeSegments(glyphs)
        let regions = findRegions(segments)

        // Flows: index 0 is the page's row flow; a region r adds flows 1 + 2r (left) and 2 + 2r (right).
        var flowMembers = Array(repeating: [Int](), count: 1 + 2 * regions.count)
        for (i, s) in segments.enumerated() {
            let midY = s.box.midY
            if let r = regions.firstIndex(where: { midY >= $0.top && midY <= $0.bottom
                && !(s.box.x0 < $0.gutter - 1 && s.box.x1 > $0.gutter + 1) }) {
                flowMembers[s.box.midX < regions[r].gutter ? 1 + 2 * r : 2 + 2 * r].append(i)
            } else {
                flowMembers[0].append(i)
            }
        }

        // Page rows keep their y; each region's columns enter at the region's top, left before right.
        var units: [(y: Double, order: Int, column: Bool, lines: [DraftLine])] = []
        for row in rows(flowMembers[0], segments) {
            let line = draftLine(row, segments, glyphs)
            units.append((line.box.y0, units.count, false, [line]))
        }
        for (r, region) in regions.enumerated() {
            for side in 0..<2 {
                let lines = rows(flowMembers[1 + 2 * r + side], segments).map { draftLine($0, segments, glyphs) }
                if !lines.isEmpty { units.append((region.top, units.count, true, lines)) }
            }
        }
        units.sort { ($0.y, $0.order) < ($1.y, $1.order) }

        // A block never spans a column change.
        var blocks: [Block] = []
        var flow: [DraftLine] = []
        for unit in units {
            if unit.column {
                blocks += makeBlocks(flow); flow = []
                blocks += makeBlocks(unit.lines)
            } else {
                flow += unit.lines
            }
        }
        blocks += makeBlocks(flow)
        return blocks
    }

    // MARK: - Segments

    func makeSegments(_ glyphs: [Glyph]) -> [Segment] {
        guard !glyphs.isEmpty else { return [] }
        var segments: [Segment] = []
        var start = 0
        var box = glyphs[0].box
        for i in glyphs.indices.dropFirst() {
            let prev = glyphs[i - 1], cur = glyphs[i]
            let h = max(prev.box.height, cur.box.height, 0.5)
            let overlap = min(prev.box.y1, cur.box.y1) - max(prev.box.y0, cur.box.y0)
            let split = cur.sourceLine != prev.sourceLine
                || overlap < 0.5 * min(prev.box.height, cur.box.height)
                || cur.box.midX < prev.box.midX
                || cur.box.x0 - prev.box.x1 > 1.5 * h
            if split {
                segments.append(Segment(range: start..<i, box: box))
                start = i
                box = cur.box
            } else {
                box = box.union(cur.box)
            }
        }
        segments.append(Segment(range: start..<glyphs.count, box: box))
        return segments
    }

    // MARK: - Columns

    /// Two-column regions: spans of the page, between segments that cross a common gutter, where at least three
    /// wide segments stand on each side of it. The gutter is the middle of the best-scoring run of candidates.
    func findRegions(_ segments: [Segment]) -> [Region] {
        guard width > 0, segments.count >= 6 else { return [] }
        let steps = 40
        let candidates = (0...steps).map { width * (0.3 + 0.4 * Double($0) / Double(steps)) }
        let byMidY = segments.indices.sorted { segments[$0].box.midY < segments[$1].box.midY }
        let scored = candidates.map { c in regions(gutter: c, segments, byMidY) }
        let scores = scored.map { $0.reduce(0) { $0 + $1.score } }
        guard let best = scores.max(), best > 0 else { return [] }
        // Longest run of best scores: its middle is the gutter's middle.
        var runStart = 0, bestRun = (0, 0)
        for i in scores.indices {
            if scores[i] != best { runStart = i + 1; continue }
            if i - runStart > bestRun.1 - bestRun.0 { bestRun = (runStart, i) }
        }
        return scored[(bestRun.0 + bestRun.1) / 2].map(\.region)
    }

    private func regions(gutter c: Double, _ segments: [Segment], _ byMidY: [Int])
        -> [(region: Region, score: Int)] {
        let wide = 0.2 * width
        var found: [(Region, Int)] = []
        var left = 0, right = 0
        var top = Double.infinity, bottom = -Double.infinity
        var heights: [Double] = []
        func close() {
            if left >= 3 && right >= 3 {
                let slack = 2.5 * median(heights)
                found.append((Region(gutter: c, top: top - slack, bottom: bottom + slack), min(left, right)))
            }
            left = 0; right = 0; top = .infinity; bottom = -.infinity; heights.removeAll(keepingCapacity: true)
        }
        for i in byMidY {
            let b = segments[i].box
            if b.x0 < c - 1 && b.x1 > c + 1 { close(); continue }
            guard b.width >= wide else { continue }
            if b.x1 <= c + 1 { left += 1 } else { right += 1 }
            top = min(top, b.y0); bottom = max(bottom, b.y1); heights.append(b.height)
        }
        close()
        // A region must not swallow a crossing segment: trim its slack back to the nearest crossers.
        return found.map { region, score in
            var r = region
            for s in segments where s.box.x0 < c - 1 && s.box.x1 > c + 1 {
                let m = s.box.midY
                if m < r.top || m > r.bottom { continue }
                if m < (r.top + r.bottom) / 2 { r.top = max(r.top, s.box.y1) } else { r.bottom = min(r.bottom, s.box.y0) }
            }
            return (r, score)
        }
    }

    // MARK: - Rows and lines

    /// Segments of one flow grouped by baseline, top to bottom, each row left to right.
    func rows(_ members: [Int], _ segments: [Segment]) -> [[Int]] {
        let sorted = members.sorted {
            let a = segments[$0].box, b = segments[$1].box
            return (a.y0, a.x0) < (b.y0, b.x0)
        }
        var rows: [(anchor: Box, members: [Int])] = []
        for i in sorted {
            let b = segments[i].box
            var best = -1, bestOverlap = 0.0
            for r in rows.indices.suffix(4) {
                let a = rows[r].anchor
                let overlap = min(a.y1, b.y1) - max(a.y0, b.y0)
                if overlap >= 0.5 * min(a.height, b.height) && overlap >= bestOverlap && overlap > 0 {
                    best = r; bestOverlap = overlap
                }
            }
            if best >= 0 { rows[best].members.append(i) } else { rows.append((b, [i])) }
        }
        return rows.map { row in row.members.sorted { segments[$0].box.x0 < segments[$1].box.x0 } }
    }

    func draftLine(_ row: [Int], _ segments: [Segment], _ glyphs: [Glyph]) -> DraftLine {
        var scalars: [Unicode.Scalar] = []
        var boxes: [Box] = []
        var heights: [Double] = []
        var previous: Box? = nil
        for (k, s) in row.enumerated() {
            for gi in segments[s].range {
                let g = glyphs[gi]
                if let p = previous {
                    let gap = g.box.x0 - p.x1
                    let newCell = k > 0 && gi == segments[s].range.lowerBound
                    if newCell || g.spaceBefore || gap > 0.3 * max(p.height, g.box.height) {
                        // The space covers the gap, so a substring's boxes still span what a reader sees.
                        scalars.append(" ")
                        boxes.append(Box(x0: p.x1, y0: min(p.y0, g.box.y0), x1: max(p.x1, g.box.x0),
                                         y1: max(p.y1, g.box.y1)))
                    }
                }
                scalars.append(g.scalar)
                boxes.append(g.box)
                heights.append(g.box.height)
                previous = g.box
            }
        }
        let box = Box.union(boxes) ?? .zero
        return DraftLine(scalars: scalars, boxes: boxes, box: box, fontSize: median(heights))
    }

    // MARK: - Blocks

    /// Consecutive lines of one flow belong together while their spacing stays even, their size stays the same
    /// and they overlap horizontally.
    func makeBlocks(_ lines: [DraftLine]) -> [Block] {
        var blocks: [Block] = []
        var current: [DraftLine] = []
        var lastGap: Double? = nil
        func flush() {
            guard !current.isEmpty else { return }
            let finished = current.map(Self.finish)
            blocks.append(Block(lines: finished, box: Box.union(finished.map(\.box)) ?? .zero))
            current.removeAll(); lastGap = nil
        }
        for line in lines {
            if let last = current.last {
                let h = max(min(line.fontSize, last.fontSize), 0.5)
                let gap = line.box.y0 - last.box.y1
                let ratio = max(line.fontSize, last.fontSize) / h
                let xOverlap = min(line.box.x1, last.box.x1) - max(line.box.x0, last.box.x0)
                var split = ratio > 1.25 || xOverlap <= 0 || gap > 2.0 * h || gap < -0.5 * h
                if let previousGap = lastGap {
                    split = split || gap > 1.3 * previousGap + 0.3 * h
                } else {
                    split = split || gap > 1.5 * h
                }
                if split { flush() } else { lastGap = gap }
            }
            current.append(line)
        }
        flush()
        return blocks
    }

    /// Counts graphemes: a combining mark joins its base, and its box joins the base's box.
    static func finish(_ draft: DraftLine) -> Line {
        var text = ""
        text.unicodeScalars.append(contentsOf: draft.scalars)
        var glyphs: [Box] = []
        glyphs.reserveCapacity(draft.boxes.count)
        var i = 0
        for character in text {
            let n = character.unicodeScalars.count
            guard i < draft.boxes.count else { glyphs.append(glyphs.last ?? draft.box); continue }
            var b = draft.boxes[i]
            for j in 1..<max(n, 1) where i + j < draft.boxes.count { b = b.union(draft.boxes[i + j]) }
            glyphs.append(b)
            i += n
        }
        return Line(text: text, glyphs: glyphs, box: draft.box, fontSize: draft.fontSize)
    }
}

func median(_ values: [Double]) -> Double {
    guard !values.isEmpty else { return 0 }
    let s = values.sorted()
    return s[s.count / 2]
}
