import Foundation
import XueshiCore

/// The EXIF Orientation tag (0x0112) of a photo, and the turn or mirror that shows it upright. Phones store the
/// sensor's pixels as they came and say in this tag how to show them; leptonica decodes the pixels only, so a
/// portrait photo would reach OCR on its side. Read from a JPEG's APP1 Exif segment, a PNG's eXIf chunk or a
/// TIFF's first IFD: a tiny parser, no library.
public enum ImageOrientation {
    /// The tag's value (1...8), or nil when the file states none.
    public static func read(_ data: Data) -> Int? {
        let b = [UInt8](data.prefix(1 << 20))
        if b.count >= 4, b[0] == 0xFF, b[1] == 0xD8 { return jpeg(b) }
        if b.count >= 8, b[0...7].elementsEqual([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return png(b) }
        if b.count >= 8, (b[0] == 0x49 && b[1] == 0x49) || (b[0] == 0x4D && b[1] == 0x4D) { return tiff(b, at: 0) }
        return nil
    }

    /// The image as it should be seen for an Orientation value: 3 half turn, 6 and 8 quarter turns, 2, 4, 5 and 7
    /// the same with a mirror (EXIF 2.3, table of tag 274).
    public static func upright(_ img: PixelImage, orientation: Int?) -> PixelImage {
        switch orientation {
        case 2: return mirrored(img)
        case 3: return Preprocess.rotate(img, quarters: 2)
        case 4: return Preprocess.rotate(mirrored(img), quarters: 2)
        case 5: return Preprocess.rotate(mirrored(img), quarters: 3)
        case 6: return Preprocess.rotate(img, quarters: 1)
        case 7: return Preprocess.rotate(mirrored(img), quarters: 1)
        case 8: return Preprocess.rotate(img, quarters: 3)
        default: return img
        }
    }

    /// Left and right swapped.
    static func mirrored(_ img: PixelImage) -> PixelImage {
        var out = img
        let w = img.width, c = img.channels
        for y in 0..<img.height {
            let row = y * w * c
            for x in 0..<w {
                let s = row + x * c, d = row + (w - 1 - x) * c
                for k in 0..<c { out.pixels[d + k] = img.pixels[s + k] }
            }
        }
        return out
    }

    /// Walks the JPEG's marker segments up to the first scan, looking for APP1 holding "Exif\0\0" and a TIFF header.
    static func jpeg(_ b: [UInt8]) -> Int? {
        var i = 2
        while i + 4 <= b.count {
            guard b[i] == 0xFF else { return nil }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            // Stand-alone markers carry no length.
            if marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            if marker == 0xDA || marker == 0xD9 { return nil }
            let length = Int(b[i + 2]) << 8 | Int(b[i + 3])
            guard length >= 2, i + 2 + length <= b.count else { return nil }
            let body = i + 4
            if marker == 0xE1, length >= 16, b[body..<body + 6].elementsEqual([0x45, 0x78, 0x69, 0x66, 0, 0]) {
                return tiff(Array(b[(body + 6)..<(i + 2 + length)]), at: 0)
            }
            i += 2 + length
        }
        return nil
    }

    /// PNG chunks up to the image data, looking for eXIf (a TIFF structure).
    static func png(_ b: [UInt8]) -> Int? {
        var i = 8
        while i + 8 <= b.count {
            let length = Int(b[i]) << 24 | Int(b[i + 1]) << 16 | Int(b[i + 2]) << 8 | Int(b[i + 3])
            let type = String(decoding: b[(i + 4)..<(i + 8)], as: UTF8.self)
            guard length >= 0, i + 8 + length <= b.count else { return nil }
            if type == "eXIf" { return tiff(Array(b[(i + 8)..<(i + 8 + length)]), at: 0) }
            if type == "IDAT" || type == "IEND" { return nil }
            i += 12 + length
        }
        return nil
    }

    /// The Orientation entry of the first IFD of a TIFF structure starting at `start`.
    static func tiff(_ b: [UInt8], at start: Int) -> Int? {
        guard start + 8 <= b.count else { return nil }
        let little: Bool
        switch (b[start], b[start + 1]) {
        case (0x49, 0x49): little = true
        case (0x4D, 0x4D): little = false
        default: return nil
        }
        func u16(_ o: Int) -> Int? {
            guard o >= 0, o + 2 <= b.count else { return nil }
            return little ? Int(b[o]) | Int(b[o + 1]) << 8 : Int(b[o]) << 8 | Int(b[o + 1])
        }
        func u32(_ o: Int) -> Int? {
            guard let a = u16(o), let c = u16(o + 2) else { return nil }
            return little ? a | c << 16 : a << 16 | c
        }
        guard u16(start + 2) == 42, let ifd = u32(start + 4), let count = u16(start + ifd) else { return nil }
        for k in 0..<min(count, 512) {
            let entry = start + ifd + 2 + 12 * k
            guard let tag = u16(entry) else { return nil }
            // SHORT value, held in the first two bytes of the value field.
            if tag == 0x0112, let v = u16(entry + 8) { return (1...8).contains(v) ? v : nil }
        }
        return nil
    }
}
