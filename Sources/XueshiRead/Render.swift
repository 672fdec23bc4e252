import CPoppler
import Foundation
import XueshiCore

/// Renders PDF pages with poppler's cairo backend (the for-printing variant, so form-field highlights do not show)
/// onto a white ARGB32 surface (a new surface is transparent: it is painted white first), and converts cairo's
/// B, G, R, A bytes to RGB or grey.
///
/// Every render in the process runs under one lock: poppler's cairo output (its font engine and caches) is not safe
/// for concurrent use here. Text reading (PDFReader) does not take it.
public enum PageRenderer {
    static let lock = NSLock()

    /// Renders one page (or the part of it inside `region`, in page points, origin top-left) at `dpi`.
    /// Nil when the page has no size or the image would have more than `maxPixels` (`ReadOptions.maxPagePixels`).
    static func render(_ page: OpaquePointer, dpi: Double, grey: Bool, region: Box? = nil,
                       maxPixels: Int = ReadOptions().maxPagePixels) -> PixelImage? {
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        guard width.isFinite, height.isFinite, width > 0, height > 0, dpi.isFinite, dpi > 0 else { return nil }
        var r = region ?? Box(x0: 0, y0: 0, x1: width, y1: height)
        r = Box(x0: max(0, r.x0), y0: max(0, r.y0), x1: min(width, r.x1), y1: min(height, r.y1))
        guard r.width > 0, r.height > 0 else { return nil }
        let scale = dpi / 72
        guard let (pw, ph) = RenderSize.pixels(width: r.width, height: r.height, scale: scale, maxPixels: maxPixels) else {
            return nil
        }

        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(pw), Int32(ph)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let cr = cairo_create(surface) else { return nil }
        defer { cairo_destroy(cr) }
        cairo_set_source_rgb(cr, 1, 1, 1)
        cairo_paint(cr)
        cairo_scale(cr, scale, scale)
        cairo_translate(cr, -r.x0, -r.y0)
        lock.lock()
        poppler_page_render_for_printing(page, cr)
        lock.unlock()
        cairo_surface_flush(surface)
        guard let data = cairo_image_surface_get_data(surface) else { return nil }
        let out = CairoPixels.unpack(data, stride: Int(cairo_image_surface_get_stride(surface)), width: pw, height: ph, grey: grey)
        return PixelImage(width: pw, height: ph, channels: grey ? 1 : 3, pixels: out, scale: scale, originX: r.x0, originY: r.y0)
    }

    /// Renders page `index` (0-based) of a PDF held in memory; for tests and tools.
    public static func render(pdf data: Data, page index: Int, dpi: Double, grey: Bool) -> PixelImage? {
        (try? PDFReader.withDocument(data) { PopplerPages(document: $0).render(index, dpi: dpi, grey: grey) }.get()) ?? nil
    }
}
