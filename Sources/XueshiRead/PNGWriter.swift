import CPoppler
import Foundation
import XueshiCore

/// A drawn page as a PNG file, with boxes outlined on it: what a reviewer (or a developer checking a reader by eye)
/// looks at. Encoded by cairo, which the renderers already use.
public enum PNGWriter {
    /// A rectangle to outline, in page points (origin top-left), and its colour (r, g, b in 0...1).
    public struct Mark: Sendable {
        public var box: Box
        public var r: Double, g: Double, b: Double
        public var label: String?
        public init(box: Box, r: Double = 0.9, g: Double = 0.1, b: Double = 0.1, label: String? = nil) {
            self.box = box; self.r = r; self.g = g; self.b = b; self.label = label
        }
    }

    public static func png(_ image: PixelImage, marks: [Mark] = []) -> Data? {
        let w = image.width, h = image.height
        guard w > 0, h > 0, image.pixels.count >= w * h * image.channels,
              let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(w), Int32(h)) else { return nil }
        defer { cairo_surface_destroy(surface) }
        guard cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS, let base = cairo_image_surface_get_data(surface) else { return nil }
        let stride = Int(cairo_image_surface_get_stride(surface))
        image.pixels.withUnsafeBufferPointer { p in
            for y in 0..<h {
                let row = base + y * stride
                for x in 0..<w {
                    let k = (y * w + x) * image.channels
                    let r = p[k], g = image.channels == 3 ? p[k + 1] : r, b = image.channels == 3 ? p[k + 2] : r
                    row[4 * x] = b; row[4 * x + 1] = g; row[4 * x + 2] = r; row[4 * x + 3] = 255
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        if !marks.isEmpty, let cr = cairo_create(surface) {
            defer { cairo_destroy(cr) }
            cairo_set_line_width(cr, max(1, image.scale))
            for m in marks {
                let x = (m.box.x0 - image.originX) * image.scale, y = (m.box.y0 - image.originY) * image.scale
                cairo_set_source_rgb(cr, m.r, m.g, m.b)
                cairo_rectangle(cr, x, y, m.box.width * image.scale, m.box.height * image.scale)
                cairo_stroke(cr)
                if let label = m.label {
                    cairo_select_font_face(cr, "DejaVu Sans", CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD)
                    cairo_set_font_size(cr, max(9, 7 * image.scale))
                    cairo_move_to(cr, x, max(10, y - 2))
                    cairo_show_text(cr, label)
                }
            }
        }
        cairo_surface_flush(surface)
        final class Sink { var data = Data() }
        let sink = Sink()
        let status = cairo_surface_write_to_png_stream(surface, { closure, bytes, length in
            guard let closure, let bytes else { return CAIRO_STATUS_WRITE_ERROR }
            Unmanaged<Sink>.fromOpaque(closure).takeUnretainedValue().data.append(bytes, count: Int(length))
            return CAIRO_STATUS_SUCCESS
        }, Unmanaged.passUnretained(sink).toOpaque())
        return status == CAIRO_STATUS_SUCCESS ? sink.data : nil
    }
}
