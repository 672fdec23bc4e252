import Foundation
import XueshiCore

/// An OFD page's text objects as `Glyph`s in PDF points (top-left origin, y down, like poppler's), so the PDF
/// side's layout and every extractor work on OFD text unchanged.
enum OFDTextGlyphs {
    /// The em box around a baseline: ascent and descent as shares of the font size. 0.88 / 0.12 is close to
    /// SimSun and the common CJK fonts' ideographic box; reading each embedded font's metrics would cost a font
    /// parser for a few hundredths of an em.
    static let ascent = 0.88
    static let descent = 0.12

    struct Result {
        var glyphs: [Glyph] = []
        var counter = GarbleCounter()
        /// The characters in source order (for `CIDText`).
        var text = ""
        /// Characters the objects showed through `CGTransform` glyphs with no text to go with them.
        var glyphsWithoutText = 0
        /// Characters past `maxGlyphs`, left out.
        var leftOut = 0
    }

    /// `metrics` measures the characters no delta gave a width (the last of a TextCode); without it they keep
    /// their default em. Only the first `maxGlyphs` glyphs in the objects' order are kept (`ReadOptions.maxGlyphsPerPage`).
    static func glyphs(_ page: OFDPage, metrics: OFDFontMetrics? = nil, maxGlyphs: Int = ReadOptions().maxGlyphsPerPage) -> Result {
        var out = Result()
        let cap = max(0, maxGlyphs)
        let k = OFDPage.pointsPerMM
        let width = page.widthPoints, height = page.heightPoints
        guard width > 0, height > 0 else { return out }
        var offset = 0
        // Runs are found by geometry, not taken from the objects: producers write a line as one TextCode, as one
        // TextCode per character, or as one TextObject per character, and the layout must see the same line in
        // all three (poppler, too, joins characters into lines whatever the content stream's text objects).
        var last: (box: Box, run: Int, vertical: Bool)? = nil
        var runs = 0
        for object in page.objects.prefix(page.annotationStart ?? page.objects.count) {
            guard case .text(var t) = object else { continue }
            if out.glyphs.count >= cap {
                out.leftOut += t.glyphs.count(where: { !$0.scalar.isLayoutSpace })
                continue
            }
            if let metrics {
                // A glyph is as wide as its font says: a delta longer than that holds a gap after it (producers
                // leave word spaces out of the text and step over them), which the layout must see as a gap.
                for i in t.glyphs.indices where !t.glyphs[i].vertical {
                    guard let em = metrics.advance(t.glyphs[i], font: t.font) else { continue }
                    let width = em * t.size * t.hScale
                    t.glyphs[i].advance = t.glyphs[i].measured ? min(t.glyphs[i].advance, width) : width
                }
            }
            out.glyphsWithoutText += t.glyphsWithoutText
            let red = t.fill.map { $0.r >= 0.5 && $0.r - max($0.g, $0.b) >= 0.3 } ?? false
            var pendingSpace = false
            let placed = isDiagonal(t.transform) ? levelled(t) : t.glyphs.map { g in (g, emBox(g, t)) }
            for (g, b) in placed {
                out.text.unicodeScalars.append(g.scalar)
                offset += 1
                if g.scalar.isLayoutSpace { pendingSpace = true; continue }
                guard out.glyphs.count < cap else { out.leftOut += 1; continue }
                out.counter.add(g.scalar)
                if g.scalar.isDroppedControl { continue }
                // Page frame → points; the PhysicalBox origin is the page's top left.
                let bx0 = (b.x0 - page.box.x) * k, bx1 = (b.x1 - page.box.x) * k
                let by0 = (b.y0 - page.box.y) * k, by1 = (b.y1 - page.box.y) * k
                guard bx0.isFinite, bx1.isFinite, by0.isFinite, by1.isFinite,
                      bx1 > 0, by1 > 0, bx0 < width, by0 < height, bx1 > bx0, by1 > by0 else { continue }
                let box = Box(x0: max(bx0, 0), y0: max(by0, 0), x1: min(bx1, width), y1: min(by1, height))
                let run: Int
                if let p = last, continues(p.box, box), !p.vertical, !g.vertical { run = p.run } else { runs += 1; run = runs }
                // A gap wider than a quarter em between neighbours on one line reads as a space, as poppler would.
                var space = pendingSpace
                // Latin word spaces are a fifth to a third of an em, and producers step over them rather than
                // write them: between two Latin letters a smaller gap already reads as a space.
                if let p = last, p.run == run {
                    let latin = g.scalar.isASCII && (out.glyphs.last?.scalar.isASCII ?? false)
                    if box.x0 - p.box.x1 > (latin ? 0.15 : 0.25) * (by1 - by0) { space = true }
                }
                out.glyphs.append(Glyph(scalar: g.scalar, box: box, sourceLine: run, spaceBefore: space,
                                        textOffset: offset - 1, red: red))
                last = (box, run, g.vertical)
                pendingSpace = false
            }
        }
        return out
    }

    /// `next` carries on the line `previous` is on: the same baseline and size, further along, no wider gap than
    /// the layout itself would bridge.
    static func continues(_ previous: Box, _ next: Box) -> Bool {
        let h = min(previous.height, next.height)
        guard h > 0 else { return false }
        let ratio = next.height / previous.height
        return abs(next.y1 - previous.y1) <= 0.2 * h && ratio > 0.6 && ratio < 1.7
            && next.x0 >= previous.x0 && next.x0 - previous.x1 <= 1.5 * max(previous.height, next.height)
    }

    /// A glyph's em box in page millimetres: across its advance, ascent above the baseline, descent below, mapped
    /// by the object's matrix and bounded axis-aligned.
    static func emBox(_ g: OFDGlyph, _ t: OFDTextObject) -> Box {
        let w = g.vertical ? t.size * t.hScale : g.advance
        let x0 = g.vertical ? g.x - w / 2 : g.x, x1 = x0 + w
        let y0 = g.y - ascent * t.size, y1 = g.y + descent * t.size
        var corners = [(x0, y0), (x1, y0), (x0, y1), (x1, y1)]
        if t.charDirection != 0 {
            // Turned clockwise about the glyph's origin (y down, so clockwise is +angle).
            let a = Double(t.charDirection) * .pi / 180, c = cos(a), s = sin(a)
            corners = corners.map { p in
                let dx = p.0 - g.x, dy = p.1 - g.y
                return (g.x + dx * c - dy * s, g.y + dx * s + dy * c)
            }
        }
        return t.transform.bounds(corners)
    }

    /// Turned by an angle that is not a quarter turn (more than 2° off one): a diagonal stamp or watermark line.
    static func isDiagonal(_ m: OFDMatrix) -> Bool {
        let angle = atan2(m.b, m.a)
        let quarter = Double.pi / 2
        let off = abs(angle - (angle / quarter).rounded() * quarter)
        return off > 2 * .pi / 180 && m.scale > 0
    }

    /// Diagonal text laid level: each line's axis-aligned boxes would be as tall as the line is long and swallow
    /// every line they cross, so each line is set horizontally, centred where the diagonal line's middle is, at
    /// its drawn size. The reading is right; the boxes say where the line is, not its slant.
    static func levelled(_ t: OFDTextObject) -> [(OFDGlyph, Box)] {
        var out: [(OFDGlyph, Box)] = []
        var start = 0
        let scale = t.transform.scale
        while start < t.glyphs.count {
            var end = start
            while end < t.glyphs.count && t.glyphs[end].line == t.glyphs[start].line { end += 1 }
            let run = t.glyphs[start..<end]
            var cx = 0.0, cy = 0.0
            for g in run {
                let c = t.transform.apply(g.x + g.advance / 2, g.y - (ascent - descent) / 2 * t.size)
                cx += c.x; cy += c.y
            }
            cx /= Double(run.count); cy /= Double(run.count)
            let total = run.reduce(0) { $0 + $1.advance } * scale
            let h = t.size * scale
            var x = cx - total / 2
            for g in run {
                let w = g.advance * scale
                out.append((g, Box(x0: x, y0: cy - h / 2, x1: x + w, y1: cy + h / 2)))
                x += w
            }
            start = end
        }
        return out
    }

    /// Share of the page the images cover (union not computed: overlapping images may add up, capped at 1).
    static func imageCoverage(_ page: OFDPage) -> Double {
        let area = page.box.width * page.box.height
        guard area > 0 else { return 0 }
        var covered = 0.0
        // Annotation images (a watermark over the page) do not make the page a scan.
        for object in page.objects.prefix(page.annotationStart ?? page.objects.count) {
            guard case .image(let i) = object else { continue }
            let b = i.transform.unitSquareBounds
            let w = min(b.x1, page.box.x + page.box.width) - max(b.x0, page.box.x)
            let h = min(b.y1, page.box.y + page.box.height) - max(b.y0, page.box.y)
            if w.isFinite, h.isFinite, w > 0, h > 0 { covered += w * h }
        }
        return min(1, covered / area)
    }
}
