import Foundation

/// Image files written byte by byte for the header tests: only the headers are real (no test decodes a bomb).
enum ImageBytes {
    static func be16(_ v: Int) -> [UInt8] { [UInt8(v >> 8 & 0xFF), UInt8(v & 0xFF)] }
    static func le16(_ v: Int) -> [UInt8] { [UInt8(v & 0xFF), UInt8(v >> 8 & 0xFF)] }
    static func le32(_ v: Int) -> [UInt8] { le16(v & 0xFFFF) + le16(v >> 16 & 0xFFFF) }
    static func be32(_ v: Int) -> [UInt8] { be16(v >> 16 & 0xFFFF) + be16(v & 0xFFFF) }

    /// SOI, `appSegments` full-length (64 KB) APP1 segments, a baseline frame header, EOI: no scan data.
    static func jpeg(width: Int, height: Int, appSegments: Int = 0, marker: UInt8 = 0xC0) -> Data {
        var d = Data([0xFF, 0xD8])
        for _ in 0..<appSegments { d += [0xFF, 0xE1, 0xFF, 0xFF]; d += Data(count: 0xFFFF - 2) }
        d += [0xFF, marker, 0x00, 0x11, 0x08] + be16(height) + be16(width) + [0x03, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1]
        d += [0xFF, 0xD9]
        return d
    }

    /// A TIFF header, `padding` zero bytes, then one IFD per size (width and height as LONGs), chained.
    static func tiff(little: Bool, sizes: [(Int, Int)], padding: Int = 0) -> Data {
        let u16 = little ? le16 : be16, u32 = little ? le32 : be32
        var d = Data(little ? [0x49, 0x49, 0x2A, 0x00] : [0x4D, 0x4D, 0x00, 0x2A])
        let first = 8 + padding
        d += u32(first)
        d += Data(count: padding)
        for (i, (w, h)) in sizes.enumerated() {
            let next = i + 1 < sizes.count ? first + (i + 1) * 30 : 0
            d += u16(2)
            d += u16(256) + u16(4) + u32(1) + u32(w)
            d += u16(257) + u16(4) + u32(1) + u32(h)
            d += u32(next)
        }
        return d
    }

    /// A 24-bit BMP: its top row red, the rest white; `topDown` writes a negative height (rows top first).
    static func bmp(width: Int, height: Int, topDown: Bool = false) -> Data {
        let row = (width * 3 + 3) / 4 * 4
        var pixels: [UInt8] = []
        for y in 0..<height {
            let imageRow = topDown ? y : height - 1 - y
            let pixel: [UInt8] = imageRow == 0 ? [0, 0, 255] : [255, 255, 255]  // B, G, R
            for _ in 0..<width { pixels.append(contentsOf: pixel) }
            pixels.append(contentsOf: [UInt8](repeating: 0, count: row - width * 3))
        }
        var d: [UInt8] = Array("BM".utf8)
        d += le32(54 + pixels.count); d += le32(0); d += le32(54)
        d += le32(40); d += le32(width); d += le32(topDown ? -height : height); d += le16(1); d += le16(24); d += le32(0)
        d += le32(pixels.count); d += le32(2835); d += le32(2835); d += le32(0); d += le32(0)
        return Data(d + pixels)
    }

    /// A GIF89a: a logical screen, then frames (image descriptors with an empty image data run), then the trailer.
    static func gif(screen: (Int, Int), frames: [(Int, Int)]) -> Data {
        var d: [UInt8] = Array("GIF89a".utf8)
        d += le16(screen.0); d += le16(screen.1); d += [0, 0, 0]
        // A comment extension, skipped by its sub-blocks.
        d += [0x21, 0xFE, 3, 0x61, 0x62, 0x63, 0]
        for (w, h) in frames {
            d += [0x2C]; d += le16(0); d += le16(0); d += le16(w); d += le16(h); d += [0, 2, 0]
        }
        d += [0x3B]
        return Data(d)
    }
}
