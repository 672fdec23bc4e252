@preconcurrency import CPoppler
import Foundation

/// Draws one page's objects, in their order, into a cairo context whose `base` matrix maps the page's millimetres
/// (origin top-left, y down) to device pixels, and notes what it could not draw. Path and text drawing are bounded
/// by budgets shared with nested drawings (a seal's own OFD page), so a hostile page cannot take minutes.
/// Everything here runs under `PageRenderer.lock` (FreeType faces, cairo's font caches).
final class OFDPainter {
    /// Coordinates beyond a kilometre are broken or hostile (cairo's fixed-point coordinates would overflow).
    static let maxCoordinate = 1e6

    let cr: OpaquePointer
    let base: cairo_matrix_t
    let fonts: OFDFontSet
    /// Decoded images by container path (decoded before the lock is taken). One that is absent did not decode,
    /// unless it lay outside the rendered region (then it was not needed).
    let images: [String: OFDImageSurface]
    let undecodable: Set<String>
    var report = OFDDrawReport()
    let limits: OFDDrawLimits
    var commandsLeft: Int
    var glyphsLeft: Int
    /// `DispatchTime` uptime (ns) after which no further object is drawn.
    let deadline: UInt64
    /// System fallback faces, serif and sans, fetched on first need.
    var fallbackFaces: [Bool: [OFDFontFace]] = [:]

    /// A painter for a page; `parent` (the page a nested seal page is drawn on) lends its budgets and clock.
    init(cr: OpaquePointer, base: cairo_matrix_t, package: OFDPackage, images: OFDRenderer.PageImages,
         limits: OFDDrawLimits, parent: OFDPainter? = nil) {
        self.cr = cr; self.base = base; self.limits = limits
        self.images = images.decoded
        undecodable = Set(images.failed)
        self.fonts = OFDFontSet(package: package)
        commandsLeft = parent?.commandsLeft ?? limits.maxCommands
        glyphsLeft = parent?.glyphsLeft ?? limits.maxGlyphs
        let seconds = limits.maxSeconds.isFinite ? max(0, min(limits.maxSeconds, 3600)) : 3600
        deadline = parent?.deadline ?? DispatchTime.now().uptimeNanoseconds + UInt64(seconds * 1e9)
    }

    /// Draws every object of the page, then notes the fonts that did not load.
    func draw(_ page: OFDPage) {
        for (kind, n) in page.skipped where n > 0 { report.skippedObjects[kind, default: 0] += n }
        for (k, object) in page.objects.enumerated() {
            if DispatchTime.now().uptimeNanoseconds > deadline {
                report.timedOut = true
                report.objectsCut += page.objects.count - k
                break
            }
            cairo_save(cr)
            switch object {
            case .path(let p): if clip(p.clips) { drawPath(p) }
            case .image(let i): if clip(i.clips) { drawImage(i) }
            case .text(let t): if clip(t.clips) { drawText(t) }
            }
            cairo_restore(cr)
            cairo_new_path(cr)
        }
        report.fontsNotLoaded += fonts.notLoaded
    }

    // MARK: Matrices and values

    /// Sets the context's matrix to the object's space (object → page → device). False, leaving it unchanged, when
    /// the transform is not finite or not invertible: cairo would put the whole context into an error state.
    func enter(_ m: OFDMatrix) -> Bool {
        let values = [m.a, m.b, m.c, m.d, m.e, m.f]
        guard values.allSatisfy({ $0.isFinite && abs($0) < OFDPainter.maxCoordinate }),
              abs(m.a * m.d - m.b * m.c) > 1e-12 else { return false }
        var object = cairo_matrix_t(xx: m.a, yx: m.b, xy: m.c, yy: m.d, x0: m.e, y0: m.f)
        var b = base
        var combined = cairo_matrix_t()
        cairo_matrix_multiply(&combined, &object, &b)
        var check = combined
        guard cairo_matrix_invert(&check) == CAIRO_STATUS_SUCCESS else { return false }
        cairo_set_matrix(cr, &combined)
        return true
    }

    static func usable(_ v: Double...) -> Bool { v.allSatisfy { $0.isFinite && abs($0) < maxCoordinate } }

    func setSource(_ c: OFDColor) {
        func unit(_ v: Double) -> Double { v.isFinite ? min(1, max(0, v)) : 0 }
        cairo_set_source_rgba(cr, unit(c.r), unit(c.g), unit(c.b), c.alpha.isFinite ? unit(c.alpha) : 1)
    }

    /// One device pixel in the current user space (a hairline's width).
    func devicePixel() -> Double {
        var dx = 1.0, dy = 0.0
        cairo_device_to_user_distance(cr, &dx, &dy)
        let w = (dx * dx + dy * dy).squareRoot()
        return w.isFinite && w > 0 ? w : 0.1
    }

    // MARK: Paths

    func drawPath(_ p: OFDPathObject) {
        guard p.fill != nil || p.stroke != nil, !p.commands.isEmpty else { return }
        guard commandsLeft > 0 else { report.commandsCut += p.commands.count; return }
        guard enter(p.transform) else { report.invalidGeometry += 1; return }
        let n = min(p.commands.count, commandsLeft, limits.maxCommandsPerPath)
        report.commandsCut += p.commands.count - n
        commandsLeft -= n

        cairo_new_path(cr)
        let segments = appendPath(p.commands.prefix(n))
        guard segments > 0 else { cairo_new_path(cr); return }
        if let fill = p.fill {
            cairo_set_fill_rule(cr, p.evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
            setSource(fill)
            if p.stroke != nil { cairo_fill_preserve(cr) } else { cairo_fill(cr) }
        }
        if let stroke = p.stroke {
            // Line width is in the object's space (mm before its CTM); zero or less is a hairline, one pixel wide.
            var width = p.lineWidth
            if !width.isFinite || width <= 0 { width = devicePixel() }
            cairo_set_line_width(cr, min(width, 1_000))
            setSource(stroke)
            cairo_stroke(cr)
        }
        cairo_new_path(cr)
        report.paths += 1
    }

    /// Adds the commands to cairo's current path (in the current user space) and returns how many segments they
    /// drew; commands with unusable numbers are skipped and counted.
    func appendPath(_ commands: ArraySlice<OFDPathCommand>) -> Int {
        var current: (x: Double, y: Double)?
        var start = (x: 0.0, y: 0.0)
        var segments = 0
        for command in commands {
            switch command {
            case .move(let x, let y):
                guard Self.usable(x, y) else { report.invalidGeometry += 1; continue }
                cairo_move_to(cr, x, y)
                current = (x, y); start = (x, y)
            case .line(let x, let y):
                guard Self.usable(x, y) else { report.invalidGeometry += 1; continue }
                if current == nil { cairo_move_to(cr, x, y); start = (x, y) } else { cairo_line_to(cr, x, y); segments += 1 }
                current = (x, y)
            case .quad(let qx, let qy, let x, let y):
                guard Self.usable(qx, qy, x, y) else { report.invalidGeometry += 1; continue }
                let p0 = current ?? (qx, qy)
                if current == nil { cairo_move_to(cr, p0.x, p0.y); start = p0 }
                // A quadratic is the cubic with controls two thirds of the way to its control point.
                cairo_curve_to(cr, p0.x + 2 * (qx - p0.x) / 3, p0.y + 2 * (qy - p0.y) / 3,
                               x + 2 * (qx - x) / 3, y + 2 * (qy - y) / 3, x, y)
                current = (x, y); segments += 1
            case .cubic(let x1, let y1, let x2, let y2, let x, let y):
                guard Self.usable(x1, y1, x2, y2, x, y) else { report.invalidGeometry += 1; continue }
                if current == nil { cairo_move_to(cr, x1, y1); start = (x1, y1) }
                cairo_curve_to(cr, x1, y1, x2, y2, x, y)
                current = (x, y); segments += 1
            case .arc(let rx, let ry, let rotation, let large, let sweep, let x, let y):
                guard Self.usable(rx, ry, rotation, x, y) else { report.invalidGeometry += 1; continue }
                guard let p0 = current else {
                    cairo_move_to(cr, x, y)
                    current = (x, y); start = (x, y)
                    continue
                }
                if let cubics = OFDEndpointArc.cubics(fromX: p0.x, y: p0.y, rx: rx, ry: ry, rotation: rotation,
                                                      large: large, sweep: sweep, toX: x, y: y) {
                    for c in cubics { cairo_curve_to(cr, c.c1x, c.c1y, c.c2x, c.c2y, c.x, c.y) }
                    if !cubics.isEmpty { segments += 1 }
                } else {
                    cairo_line_to(cr, x, y)
                    segments += 1
                }
                current = (x, y)
            case .close:
                guard current != nil else { continue }
                cairo_close_path(cr)
                current = start
            }
        }
        return segments
    }

    /// Narrows cairo's clip to every clip (until the caller's `cairo_restore`): clips intersect, the areas of one
    /// clip are a union (their paths are appended together, each under its own transform — cairo fixes a path's
    /// points in device space as they are added — and clipped once). False when a clip is empty or the budget is
    /// spent: the object would draw nothing. An area with a broken transform is left out (the object is drawn less
    /// clipped rather than not at all).
    func clip(_ clips: [OFDClip]) -> Bool {
        for clip in clips {
            cairo_new_path(cr)
            var drawn = 0, tried = 0
            var evenOdd = false
            for area in clip.areas {
                guard commandsLeft >= area.commands.count else { report.commandsCut += area.commands.count; return false }
                commandsLeft -= area.commands.count
                guard enter(area.transform) else { report.invalidGeometry += 1; continue }
                tried += 1
                drawn += appendPath(area.commands[...])
                evenOdd = evenOdd || area.evenOdd
            }
            guard tried > 0 else { continue }
            guard drawn > 0 else { cairo_new_path(cr); return false }
            cairo_set_fill_rule(cr, evenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING)
            cairo_clip(cr)
        }
        cairo_new_path(cr)
        return true
    }

    // MARK: Images

    func drawImage(_ image: OFDImageObject) {
        guard let file = image.file else { noteUndecoded(image.resource); return }
        guard let surface = images[file] else {
            if undecodable.contains(file) { noteUndecoded(file) }
            return
        }
        if paint(surface, unitSquare: image.transform, alpha: image.alpha) { report.images += 1 }
    }

    func noteUndecoded(_ name: String) {
        if !report.undecodedImages.contains(name) { report.undecodedImages.append(name) }
    }

    /// Paints an image stretched over the unit square of `transform` (OFD's image space: 0...1 both ways, y down).
    @discardableResult
    func paint(_ image: OFDImageSurface, unitSquare transform: OFDMatrix, alpha: Double) -> Bool {
        guard enter(transform) else { report.invalidGeometry += 1; return false }
        cairo_save(cr)
        cairo_rectangle(cr, 0, 0, 1, 1)
        cairo_clip(cr)
        cairo_scale(cr, 1 / Double(image.width), 1 / Double(image.height))
        if let pattern = cairo_pattern_create_for_surface(image.surface) {
            // Pad, not the default transparent border, so the clip's edge does not fade the image's outer pixels.
            cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
            // Cairo's GOOD filter box-filters a strong reduction properly but costs ten times bilinear on a large
            // picture; under a twofold reduction bilinear looks the same.
            var m = cairo_matrix_t()
            cairo_get_matrix(cr, &m)
            let devicePerImagePixel = abs(m.xx * m.yy - m.xy * m.yx).squareRoot()
            cairo_pattern_set_filter(pattern, devicePerImagePixel >= 0.5 ? CAIRO_FILTER_BILINEAR : CAIRO_FILTER_GOOD)
            cairo_set_source(cr, pattern)
            cairo_paint_with_alpha(cr, alpha.isFinite ? min(1, max(0, alpha)) : 1)
            cairo_pattern_destroy(pattern)
        }
        cairo_restore(cr)
        return true
    }
}
