@preconcurrency import CPoppler
import Foundation
import XueshiCore

/// Draws an OFD page (the content model, templates merged) with cairo, the way `PageRenderer` draws a PDF page:
/// a white ARGB32 surface, the page's millimetres scaled to pixels (a page point is 25.4 / 72 mm, so a millimetre
/// is dpi / 25.4 pixels), cairo's B, G, R, A converted to RGB or grey. The `PixelImage` it returns has the same
/// contract: `scale` pixels per page point, `originX/Y` the region's origin in points.
///
/// Objects are drawn in the page's order (paths filled then stroked, images through their unit square, text with
/// embedded fonts or a system CJK fallback), then seal pictures. What could not be drawn is reported by
/// `renderReporting` and `coverage`.
enum OFDRenderer {
    /// Opens a nested OFD document (a seal whose picture is an OFD file) as a package; the parser provides it.
    typealias OpenNested = (Data) -> OFDPackage?

    /// Renders one page (or the part inside `region`, in page points, origin top-left) at `dpi`. Nil when the page
    /// has no size or the image would be larger than `limits.maxPagePixels`.
    static func render(_ page: OFDPage, package: OFDPackage, dpi: Double, grey: Bool, region: Box? = nil,
                       stamps: [OFDStampPicture] = [], openNested: OpenNested? = nil,
                       limits: OFDDrawLimits = .init()) -> PixelImage? {
        renderReporting(page, package: package, dpi: dpi, grey: grey, region: region, stamps: stamps,
                        openNested: openNested, limits: limits).image
    }

    /// What drawing the page leaves out (objects not modelled, images that do not decode, fonts that do not load,
    /// seals not drawn, cuts), without keeping the pixels: the page is drawn at 1 dpi (every object is still
    /// decoded, loaded and drawn, so the report is the one a full render gives).
    static func coverage(page: OFDPage, package: OFDPackage, stamps: [OFDStampPicture] = [],
                         openNested: OpenNested? = nil) -> OFDDrawReport {
        renderReporting(page, package: package, dpi: 1, grey: true, stamps: stamps, openNested: openNested).report
    }

    /// The rendered page and what it left out.
    static func renderReporting(_ page: OFDPage, package: OFDPackage, dpi: Double, grey: Bool, region: Box? = nil,
                                stamps: [OFDStampPicture] = [], openNested: OpenNested? = nil,
                                limits: OFDDrawLimits = .init()) -> (image: PixelImage?, report: OFDDrawReport) {
        var report = OFDDrawReport()
        let width = page.widthPoints, height = page.heightPoints
        guard width.isFinite, height.isFinite, width > 0, height > 0, page.box.x.isFinite, page.box.y.isFinite,
              dpi.isFinite, dpi > 0 else { return (nil, report) }
        var r = region ?? Box(x0: 0, y0: 0, x1: width, y1: height)
        r = Box(x0: max(0, r.x0), y0: max(0, r.y0), x1: min(width, r.x1), y1: min(height, r.y1))
        guard r.width > 0, r.height > 0 else { return (nil, report) }
        let scale = dpi / 72
        guard let (pw, ph) = RenderSize.pixels(width: r.width, height: r.height, scale: scale,
                                               maxPixels: limits.maxPagePixels) else { return (nil, report) }

        // Decoding and parsing happen before the lock: only FreeType and cairo's font caches need it.
        // Seal pictures first: the seal finder needs them more than the page needs its background.
        var pixelBudget = limits.maxImagePixels
        let seals = prepare(stamps.filter { $0.page == page.index }, openNested: openNested, budget: &pixelBudget,
                            maxPicture: limits.maxPicturePixels, report: &report)
        // Only images that reach into the region are decoded (a QR code's region need not decode the background).
        let k = OFDPage.pointsPerMM
        let visible = Box(x0: page.box.x + r.x0 / k, y0: page.box.y + r.y0 / k, x1: page.box.x + r.x1 / k, y1: page.box.y + r.y1 / k)
        let pageImages = decodeImages(page, package: package, budget: &pixelBudget, maxPicture: limits.maxPicturePixels,
                                      visible: visible)

        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pw), Int32(ph)) else { return (nil, report) }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else { return (nil, report) }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        cairo_translate(cr, -r.x0, -r.y0)
        cairo_scale(cr, OFDPage.pointsPerMM, OFDPage.pointsPerMM)
        cairo_translate(cr, -page.box.x, -page.box.y)
        var base = cairo_matrix_t()
        cairo_get_matrix(cr, &base)
        // Outlines as designed: no hinting (glyphs go through arbitrary transforms), grey antialiasing (no colour
        // fringes for the seal finder's red test).
        if let options = cairo_font_options_create() {
            cairo_font_options_set_hint_style(options, CAIRO_HINT_STYLE_NONE)
            cairo_font_options_set_hint_metrics(options, CAIRO_HINT_METRICS_OFF)
            cairo_font_options_set_antialias(options, CAIRO_ANTIALIAS_GRAY)
            cairo_set_font_options(cr, options)
            cairo_font_options_destroy(options)
        }

        PageRenderer.lock.withLock {
            // The painters (and the font faces they hold) are released inside the lock.
            let painter = OFDPainter(cr: cr, base: base, package: package, images: pageImages, limits: limits)
            painter.draw(page)
            for seal in seals { draw(seal, with: painter) }
            report.absorbGaps(of: painter.report)
            report.paths += painter.report.paths; report.images += painter.report.images
            report.texts += painter.report.texts; report.glyphs += painter.report.glyphs
            report.stamps += painter.report.stamps
            // The context must not keep one of our font faces past the lock: its last reference may be dropped by
            // cairo_destroy, which frees the FT_Face (every object's save/restore already undoes it; this is sure).
            cairo_set_font_face(cr, nil)
        }
        for f in pageImages.failed where !report.undecodedImages.contains(f) { report.undecodedImages.append(f) }
        cairo_surface_flush(surface)
        guard cairo_status(cr) == CAIRO_STATUS_SUCCESS, let data = cairo_image_surface_get_data(surface) else {
            return (nil, report)
        }
        let image = CairoPixels.unpack(data, stride: Int(cairo_image_surface_get_stride(surface)), width: pw, height: ph, grey: grey)
        return (PixelImage(width: pw, height: ph, channels: grey ? 1 : 3, pixels: image, scale: scale,
                           originX: r.x0, originY: r.y0), report)
    }

    // MARK: Images and seals, prepared outside the lock

    typealias PageImages = (decoded: [String: OFDImageSurface], failed: [String])

    /// Every image file the page draws inside `visible` (page mm; nil: the whole page), decoded once while the
    /// pixel budget lasts; the files that would not decode (or were too large for what was left of it).
    /// One picture alone may have up to `maxPicture` pixels (`ReadOptions.maxImagePixels`), told from its header.
    static func decodeImages(_ page: OFDPage, package: OFDPackage, budget: inout Int,
                             maxPicture: Int = ReadOptions().maxImagePixels, visible: Box? = nil) -> PageImages {
        var decoded: [String: OFDImageSurface] = [:]
        var failed: [String] = []
        for case .image(let image) in page.objects {
            guard let file = image.file, decoded[file] == nil, !failed.contains(file) else { continue }
            if let visible, !reaches(image.transform, into: visible) { continue }
            if let data = try? package.container.part(file),
               let s = OFDImageSurface.decode(data, maxPixels: min(budget, maxPicture)) {
                decoded[file] = s
                budget -= s.width * s.height
            } else {
                failed.append(file)
            }
        }
        return (decoded, failed)
    }

    /// Whether the unit square through `m` meets the box (its corners' bounding box does; unknown counts as yes).
    static func reaches(_ m: OFDMatrix, into box: Box) -> Bool {
        let b = m.unitSquareBounds
        guard [b.x0, b.x1, b.y0, b.y1].allSatisfy(\.isFinite) else { return true }
        return b.x1 >= box.x0 && b.x0 <= box.x1 && b.y1 >= box.y0 && b.y0 <= box.y1
    }

    /// A seal picture ready to draw: an image, or a nested document's first page.
    enum PreparedStamp {
        case image(OFDImageSurface, OFDStampPicture)
        case document(OFDPage, OFDPackage, PageImages, OFDStampPicture)
    }

    static func prepare(_ stamps: [OFDStampPicture], openNested: OpenNested?, budget: inout Int,
                        maxPicture: Int = ReadOptions().maxImagePixels, report: inout OFDDrawReport) -> [PreparedStamp] {
        var out: [PreparedStamp] = []
        for stamp in stamps {
            let type = stamp.type.trimmingCharacters(in: .whitespaces).lowercased()
            let b = stamp.box
            guard OFDPainter.usable(b.x, b.y, b.w, b.h), b.w > 0, b.h > 0 else {
                report.stampsSkipped[type, default: 0] += 1
                continue
            }
            if type == "ofd" {
                // Depth 1: the nested page is drawn without seals of its own.
                if let open = openNested, let nested = open(stamp.data), let first = nested.pages.first,
                   first.box.width > 0, first.box.height > 0, OFDPainter.usable(first.box.width, first.box.height) {
                    out.append(.document(first, nested, decodeImages(first, package: nested, budget: &budget,
                                                                     maxPicture: maxPicture), stamp))
                } else {
                    report.stampsSkipped[type, default: 0] += 1
                }
            } else if let s = OFDImageSurface.decode(stamp.data, maxPixels: min(budget, maxPicture)) {
                budget -= s.width * s.height
                out.append(.image(s, stamp))
            } else {
                report.stampsSkipped[type.isEmpty ? "unknown" : type, default: 0] += 1
            }
        }
        return out
    }

    /// Draws a seal over the page (under the lock): an image stretched to its box, or the nested page scaled into it.
    static func draw(_ seal: PreparedStamp, with painter: OFDPainter) {
        cairo_save(painter.cr)
        defer { cairo_restore(painter.cr) }
        switch seal {
        case .image(let surface, let stamp):
            let b = stamp.box
            if painter.paint(surface, unitSquare: OFDMatrix(a: b.w, d: b.h, e: b.x, f: b.y), alpha: 1) {
                painter.report.stamps += 1
            }
        case .document(let page, let package, let images, let stamp):
            let b = stamp.box
            // Nested page mm → stamp box on this page → device.
            var m = cairo_matrix_t()
            let sx = b.w / page.box.width, sy = b.h / page.box.height
            var inner = cairo_matrix_t(xx: sx, yx: 0, xy: 0, yy: sy, x0: b.x - page.box.x * sx, y0: b.y - page.box.y * sy)
            var outer = painter.base
            cairo_matrix_multiply(&m, &inner, &outer)
            let nested = OFDPainter(cr: painter.cr, base: m, package: package, images: images, limits: painter.limits,
                                    parent: painter)
            nested.draw(page)
            painter.commandsLeft = nested.commandsLeft
            painter.glyphsLeft = nested.glyphsLeft
            painter.report.absorbGaps(of: nested.report)
            painter.report.stamps += 1
        }
    }
}
