import CTesseract
import Foundation
import XueshiCore

/// Image files in and out: JPEG, PNG, TIFF, WebP (and whatever else leptonica reads) decoded to RGB; PNM written
/// for the PP-OCR worker (no encoder needed, and OpenCV reads it fast).
public enum ImageFiles {
    /// Largest image decoded when the caller names no limit (`ReadOptions.maxImagePixels` does), in pixels; bigger
    /// ones are refused (a decompression bomb costs memory, not time).
    public static let maxPixels = 60_000_000

    public enum DecodeError: Error { case unreadable, tooLarge(Int, Int) }

    /// Decodes an image file held in memory to RGB. `scale` is set from the file's resolution when it states one
    /// (else 200 dpi is assumed, see `PageOCR.normalised`).
    /// Leptonica reports every unreadable header; the caller reports the failure itself, so its text goes to the
    /// debug log (`LeptonicaMessages`), not the terminal.
    private static let quiet: Bool = { LeptonicaMessages.install(); return true }()

    /// The size is read from the file's own headers first (`ImageHeader`): an image whose headers say nothing
    /// usable, or more than `maxPixels`, is refused before leptonica allocates anything for it.
    public static func decode(_ data: Data, maxPixels: Int = maxPixels) -> Result<PixelImage, DecodeError> {
        _ = quiet
        guard let header = ImageHeader.read(data), let size = header.size else { return .failure(.unreadable) }
        guard size.decodedPixels <= maxPixels else { return .failure(.tooLarge(size.width, size.height)) }
        let pix: UnsafeMutablePointer<PIX>? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: l_uint8.self) else { return nil }
            return pixReadMem(base, raw.count)
        }
        guard let pix else { return .failure(.unreadable) }
        defer { var p: UnsafeMutablePointer<PIX>? = pix; pixDestroy(&p) }
        let w = Int(pixGetWidth(pix)), h = Int(pixGetHeight(pix))
        guard w > 0, h > 0 else { return .failure(.unreadable) }
        // The decoder's own idea of the size, should it differ from the headers read above.
        guard w * h <= maxPixels else { return .failure(.tooLarge(w, h)) }
        guard let rgb = pixConvertTo32(pix) else { return .failure(.unreadable) }
        defer { var p: UnsafeMutablePointer<PIX>? = rgb; pixDestroy(&p) }
        let wpl = Int(pixGetWpl(rgb))
        guard let data = pixGetData(rgb) else { return .failure(.unreadable) }
        var out = [UInt8](repeating: 255, count: w * h * 3)
        out.withUnsafeMutableBufferPointer { o in
            for y in 0..<h {
                let row = data + y * wpl
                for x in 0..<w {
                    // Leptonica keeps a 32-bit pixel as R, G, B, A from the high byte down.
                    let v = row[x]
                    let k = 3 * (y * w + x)
                    o[k] = UInt8((v >> 24) & 0xFF); o[k + 1] = UInt8((v >> 16) & 0xFF); o[k + 2] = UInt8((v >> 8) & 0xFF)
                }
            }
        }
        let xres = Int(pixGetXRes(pix))
        let dpi = (100...1200).contains(xres) ? Double(xres) : 200
        return .success(PixelImage(width: w, height: h, channels: 3, pixels: out, scale: dpi / 72))
    }

    /// Writes a binary PGM (grey) or PPM (RGB).
    public static func writePNM(_ image: PixelImage, to path: String) throws {
        var data = Data("\(image.channels == 3 ? "P6" : "P5")\n\(image.width) \(image.height)\n255\n".utf8)
        data.append(contentsOf: image.pixels)
        guard FileManager.default.createFile(atPath: path, contents: data) else {
            throw OCRError("无法写入临时图像文件")
        }
    }
}
