@preconcurrency import CPoppler
import Foundation
import XueshiCore
import ZIPFoundation
@testable import XueshiRead

/// Builds OFD content models by hand for the renderer's tests: an in-memory container holding the parts a page
/// uses (fonts, images), pictures drawn with cairo, and pixel probes in millimetres.
enum OFDRenderFixtures {
    static let dejaVuPath = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"

    /// A zip held in memory with these parts, opened as a container.
    static func container(_ parts: [String: Data]) throws -> OFDContainer {
        let archive = try Archive(data: Data(), accessMode: .create)
        for (path, data) in parts.sorted(by: { $0.key < $1.key }) {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return try OFDContainer(data: archive.data!)
    }

    static func package(_ parts: [String: Data] = [:], fonts: [OFDFont] = [], pages: [OFDPage] = []) throws -> OFDPackage {
        OFDPackage(container: try container(parts), documentPath: "Doc_0/Document.xml", pages: pages,
                   pageCount: pages.count, fonts: Dictionary(uniqueKeysWithValues: fonts.map { ($0.id, $0) }))
    }

    static func page(_ objects: [OFDObject], width: Double = 100, height: Double = 100, index: Int = 0) -> OFDPage {
        OFDPage(index: index, box: (0, 0, width, height), objects: objects)
    }

    static let red = OFDColor(r: 1, g: 0, b: 0)
    static let blue = OFDColor(r: 0, g: 0, b: 1)

    /// A rectangle path, in object space.
    static func rect(_ x: Double, _ y: Double, _ w: Double, _ h: Double) -> [OFDPathCommand] {
        [.move(x, y), .line(x + w, y), .line(x + w, y + h), .line(x, y + h), .close]
    }

    /// A PNG drawn with cairo on a transparent ground.
    static func png(width: Int, height: Int, _ draw: (OpaquePointer) -> Void) -> Data {
        let s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, Int32(width), Int32(height))!
        defer { cairo_surface_destroy(s) }
        let cr = cairo_create(s)!
        draw(cr)
        cairo_destroy(cr)
        final class Sink { var data = Data() }
        let sink = Sink()
        withExtendedLifetime(sink) {
            _ = cairo_surface_write_to_png_stream(s, { closure, bytes, length in
                let sink = Unmanaged<Sink>.fromOpaque(closure!).takeUnretainedValue()
                sink.data.append(bytes!, count: Int(length))
                return CAIRO_STATUS_SUCCESS
            }, Unmanaged.passUnretained(sink).toOpaque())
        }
        return sink.data
    }

    /// A solid opaque square of one colour.
    static func solidPNG(r: Double, g: Double, b: Double, size: Int = 8) -> Data {
        png(width: size, height: size) { cr in
            cairo_set_source_rgb(cr, r, g, b)
            cairo_paint(cr)
        }
    }

    /// A red seal as e-seal systems store it: a ring, a star and a bar on a transparent ground.
    static func sealPNG(size: Int = 400) -> Data {
        png(width: size, height: size) { cr in
            let c = Double(size) / 2
            cairo_set_source_rgb(cr, 0.86, 0.08, 0.1)
            cairo_set_line_width(cr, Double(size) * 0.035)
            cairo_arc(cr, c, c, c * 0.94, 0, 2 * .pi)
            cairo_stroke(cr)
            for i in 0..<10 {
                let angle = -Double.pi / 2 + Double(i) * .pi / 5
                let radius = i % 2 == 0 ? c * 0.3 : c * 0.12
                cairo_line_to(cr, c + radius * cos(angle), c + radius * sin(angle))
            }
            cairo_close_path(cr)
            cairo_fill(cr)
            cairo_rectangle(cr, c * 0.45, c * 1.45, c * 1.1, c * 0.12)
            cairo_fill(cr)
        }
    }

    /// The pixel at a point in mm of a full-page render (RGB).
    static func rgb(_ image: PixelImage, _ xMM: Double, _ yMM: Double) -> (r: Int, g: Int, b: Int) {
        let pxPerMM = image.scale * OFDPage.pointsPerMM
        let x = Int(xMM * pxPerMM - image.originX * image.scale), y = Int(yMM * pxPerMM - image.originY * image.scale)
        precondition(x >= 0 && y >= 0 && x < image.width && y < image.height, "probe outside the image")
        let k = image.channels * (y * image.width + x)
        if image.channels == 1 { return (Int(image.pixels[k]), Int(image.pixels[k]), Int(image.pixels[k])) }
        return (Int(image.pixels[k]), Int(image.pixels[k + 1]), Int(image.pixels[k + 2]))
    }

    static func isRed(_ p: (r: Int, g: Int, b: Int)) -> Bool { p.r > 200 && p.g < 60 && p.b < 60 }
    static func isWhite(_ p: (r: Int, g: Int, b: Int)) -> Bool { p.r > 245 && p.g > 245 && p.b > 245 }

    /// Pixels darker than `threshold` inside a box in mm.
    static func ink(_ image: PixelImage, x0: Double, y0: Double, x1: Double, y1: Double, threshold: Int = 160) -> Int {
        let pxPerMM = image.scale * OFDPage.pointsPerMM
        let ox = image.originX * image.scale, oy = image.originY * image.scale
        let px0 = max(0, Int(x0 * pxPerMM - ox)), px1 = min(image.width, Int(x1 * pxPerMM - ox))
        let py0 = max(0, Int(y0 * pxPerMM - oy)), py1 = min(image.height, Int(y1 * pxPerMM - oy))
        var n = 0
        for y in py0..<max(py0, py1) {
            for x in px0..<max(px0, px1) {
                let k = image.channels * (y * image.width + x)
                let v = image.channels == 1 ? Int(image.pixels[k])
                    : (Int(image.pixels[k]) + Int(image.pixels[k + 1]) + Int(image.pixels[k + 2])) / 3
                if v < threshold { n += 1 }
            }
        }
        return n
    }
}
