@preconcurrency import CPoppler
@preconcurrency import CTesseract
import Foundation
import XueshiCore
import XueshiOCR

/// An image file decoded into a cairo image surface, ready to paint. PNG goes through cairo's own reader so its
/// alpha survives (seal pictures are red on a transparent ground: decoded without alpha they would hide the page
/// under a white or black square); everything else (JPEG, TIFF, BMP, GIF, WebP) through leptonica, opaque.
final class OFDImageSurface {
    let surface: OpaquePointer
    let width: Int
    let height: Int

    private init(surface: OpaquePointer, width: Int, height: Int) {
        self.surface = surface; self.width = width; self.height = height
    }
    deinit { cairo_surface_destroy(surface) }

    /// Nil when the bytes do not decode or the image has more than `maxPixels` pixels (`ReadOptions.maxImagePixels`,
    /// or what is left of the page's pixel budget).
    static func decode(_ data: Data, maxPixels: Int = ReadOptions().maxImagePixels) -> OFDImageSurface? {
        // Refuse a huge image from its headers, before anything allocates for it; one whose headers say nothing
        // usable is not decoded at all (leptonica's own header reader decodes a BMP or GIF in full to size it).
        guard let size = ImageHeader.read(data)?.size, size.decodedPixels <= maxPixels else { return nil }
        if isPNG(data), let s = decodePNG(data) { return s }
        guard case .success(let image) = ImageFiles.decode(data, maxPixels: maxPixels) else { return nil }
        return fromRGB(image)
    }

    static func isPNG(_ data: Data) -> Bool {
        data.count > 24 && data.prefix(8).elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
    }

    /// Cairo's PNG reader over bytes in memory: the closure hands out the next `length` bytes from a cursor.
    private static func decodePNG(_ data: Data) -> OFDImageSurface? {
        final class Cursor { let bytes: [UInt8]; var at = 0; init(_ b: [UInt8]) { bytes = b } }
        let cursor = Cursor([UInt8](data))
        let s: OpaquePointer? = withExtendedLifetime(cursor) {
            cairo_image_surface_create_from_png_stream({ closure, out, length in
                guard let closure, let out else { return CAIRO_STATUS_READ_ERROR }
                let c = Unmanaged<Cursor>.fromOpaque(closure).takeUnretainedValue()
                let n = Int(length)
                guard c.at + n <= c.bytes.count else { return CAIRO_STATUS_READ_ERROR }
                c.bytes.withUnsafeBufferPointer { src in
                    out.update(from: src.baseAddress! + c.at, count: n)
                }
                c.at += n
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(cursor).toOpaque())
        }
        guard let s else { return nil }
        guard cairo_surface_status(s) == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(s)
            return nil
        }
        let w = Int(cairo_image_surface_get_width(s)), h = Int(cairo_image_surface_get_height(s))
        guard w > 0, h > 0 else { cairo_surface_destroy(s); return nil }
        return OFDImageSurface(surface: s, width: w, height: h)
    }

    /// An opaque RGB24 surface from leptonica's RGB (cairo keeps each pixel as one native-endian 0x00RRGGBB word).
    private static func fromRGB(_ image: PixelImage) -> OFDImageSurface? {
        let w = image.width, h = image.height
        guard w > 0, h > 0, w < 32_768, h < 32_768, image.channels == 3 || image.channels == 1,
              let s = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(w), Int32(h)) else { return nil }
        guard cairo_surface_status(s) == CAIRO_STATUS_SUCCESS, let dst = cairo_image_surface_get_data(s) else {
            cairo_surface_destroy(s)
            return nil
        }
        cairo_surface_flush(s)
        let stride = Int(cairo_image_surface_get_stride(s))
        let ch = image.channels
        image.pixels.withUnsafeBufferPointer { p in
            for y in 0..<h {
                let row = UnsafeMutableRawPointer(dst + y * stride).assumingMemoryBound(to: UInt32.self)
                for x in 0..<w {
                    let k = ch * (y * w + x)
                    let r = UInt32(p[k]), g = UInt32(p[k + (ch == 3 ? 1 : 0)]), b = UInt32(p[k + (ch == 3 ? 2 : 0)])
                    row[x] = 0xFF00_0000 | r << 16 | g << 8 | b
                }
            }
        }
        cairo_surface_mark_dirty(s)
        return OFDImageSurface(surface: s, width: w, height: h)
    }
}
