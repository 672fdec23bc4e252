@preconcurrency import CPoppler
import Foundation

/// Text: each glyph at its own origin on the baseline, in the text object's space, with the embedded font when it
/// loads and has the glyph, else a system CJK font (noted in the report).
extension OFDPainter {
    /// Share of the em by which a synthetic italic leans, and a synthetic bold's outline width.
    static let italicSkew = 0.2
    static let boldStroke = 0.035

    private struct Run {
        let face: OFDFontFace
        let fallback: Bool
        var glyphs: [cairo_glyph_t]
    }

    func drawText(_ t: OFDTextObject) {
        guard t.fill != nil || t.stroke != nil, !t.glyphs.isEmpty else { return }
        guard glyphsLeft > 0 else { report.glyphsCut += t.glyphs.count; return }
        guard t.size.isFinite, t.size > 0, t.size < 10_000, t.hScale.isFinite, abs(t.hScale) > 1e-3, abs(t.hScale) < 100,
              enter(t.transform) else { report.invalidGeometry += 1; return }
        let n = min(t.glyphs.count, glyphsLeft)
        report.glyphsCut += t.glyphs.count - n
        glyphsLeft -= n

        let font = fonts.font(t.font)
        let embedded = fonts.embedded(font)
        // Chinese documents are set in 宋体 unless they say otherwise: serif when nothing tells.
        let serif = font.map { $0.serif || OFDSystemFonts.looksSerif(($0.family ?? "") + " " + $0.name) } ?? true

        var runs: [Run] = []
        for g in t.glyphs.prefix(n) {
            guard Self.usable(g.x, g.y) else { report.invalidGeometry += 1; continue }
            var chosen: (face: OFDFontFace, index: UInt32, fallback: Bool)?
            if let e = embedded {
                if let gi = g.glyphIndex, gi > 0, gi < e.glyphCount {
                    chosen = (e, gi, false)
                } else {
                    let gi = e.glyph(for: g.scalar)
                    if gi != 0 { chosen = (e, gi, false) }
                }
            }
            if chosen == nil {
                if g.scalar.properties.isWhitespace { continue }
                for f in fallbacks(serif: serif) {
                    let gi = f.glyph(for: g.scalar)
                    if gi != 0 { chosen = (f, gi, true); break }
                }
            }
            guard let chosen else { report.missingGlyphs += 1; continue }
            if chosen.fallback { report.fallbackGlyphs += 1 }
            report.glyphs += 1
            let glyph = cairo_glyph_t(index: UInt(chosen.index), x: g.x, y: g.y)
            if let last = runs.indices.last, runs[last].face === chosen.face {
                runs[last].glyphs.append(glyph)
            } else {
                runs.append(Run(face: chosen.face, fallback: chosen.fallback, glyphs: [glyph]))
            }
        }
        guard !runs.isEmpty else { return }

        let wantBold = t.weight >= 700 || font?.bold == true
        let wantItalic = t.italic || font?.italic == true
        for run in runs {
            // An embedded font the document calls bold or italic is taken to be so (subset fonts often lose their
            // style flags); a system font is regular, so it is emboldened or slanted here.
            let bold = wantBold && !run.face.isBold && (run.fallback || font?.bold != true)
            let italic = wantItalic && !run.face.isItalic && (run.fallback || font?.italic != true)
            cairo_set_font_face(cr, run.face.cairoFace)
            var fm = cairo_matrix_t(xx: t.size * t.hScale, yx: 0, xy: italic ? -Self.italicSkew * t.size : 0,
                                    yy: t.size, x0: 0, y0: 0)
            cairo_set_font_matrix(cr, &fm)
            run.glyphs.withUnsafeBufferPointer { glyphs in
                let count = Int32(glyphs.count)
                if let fill = t.fill {
                    setSource(fill)
                    if bold {
                        cairo_glyph_path(cr, glyphs.baseAddress, count)
                        cairo_set_line_width(cr, Self.boldStroke * t.size)
                        cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND)
                        cairo_fill_preserve(cr)
                        cairo_stroke(cr)
                    } else {
                        cairo_show_glyphs(cr, glyphs.baseAddress, count)
                    }
                }
                if let stroke = t.stroke {
                    cairo_new_path(cr)
                    cairo_glyph_path(cr, glyphs.baseAddress, count)
                    cairo_set_line_width(cr, max(Self.boldStroke * t.size * 0.5, devicePixel()))
                    setSource(stroke)
                    cairo_stroke(cr)
                }
            }
        }
        report.texts += 1
    }

    func fallbacks(serif: Bool) -> [OFDFontFace] {
        if let known = fallbackFaces[serif] { return known }
        let faces = OFDSystemFonts.fallbacks(serif: serif)
        fallbackFaces[serif] = faces
        return faces
    }
}
