import Foundation
import XueshiCore
import XueshiOCR

/// The largest image XObject a PDF declares in the clear (`/Subtype /Image` with its `/Width` and `/Height`), read
/// from the bytes. Poppler decodes an image in full to draw it (a progressive JPEG's coefficients all at once), so a
/// file holding an image past `ReadOptions.maxImagePixels` has its pages read as text but not drawn. Image
/// dictionaries inside compressed object streams are not seen here; the worker's memory and time limits bound those.
enum PDFImageScan {
    static let image = Array("/Image".utf8)
    static let subtype = Array("/Subtype".utf8)

    static func largest(_ data: Data) -> ImageHeader.Size? {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> ImageHeader.Size? in
            let b = raw.bindMemory(to: UInt8.self)
            var best: ImageHeader.Size? = nil
            var from = 0
            // "/Image" is rare outside image dictionaries (a ProcSet's /ImageB, /ImageC are other names): memchr finds it fast.
            while let at = RevisionScanner.search(image, in: b, from: from, to: b.count) {
                from = at + image.count
                guard from >= b.count || !PDFInfoValue.isRegular(b[from]) else { continue }
                var j = at - 1
                while j >= 0, PDFInfoValue.isSpace(b[j]) { j -= 1 }
                guard j + 1 >= subtype.count, (0..<subtype.count).allSatisfy({ b[j + 1 - subtype.count + $0] == subtype[$0] }),
                      let objAt = objectKeyword(b, before: at, within: 4096) else { continue }
                let (head, _) = RevisionScanner.head(b, at: objAt + 3, length: 4096, end: b.count)
                guard let w = RevisionScanner.integer(after: "Width", in: head),
                      let h = RevisionScanner.integer(after: "Height", in: head), w > 0, h > 0 else { continue }
                let size = ImageHeader.Size(width: w, height: h)
                if size.decodedPixels > best?.decodedPixels ?? 0 { best = size }
            }
            return best
        }
    }

    /// The "obj" of "N G obj" nearest before `end` (not the end of an "endobj").
    static func objectKeyword(_ b: UnsafeBufferPointer<UInt8>, before end: Int, within window: Int) -> Int? {
        var i = end - 3
        let lowest = max(1, end - window)
        while i >= lowest {
            if b[i] == 0x6F, b[i + 1] == 0x62, b[i + 2] == 0x6A, PDFInfoValue.isSpace(b[i - 1]) { return i }
            i -= 1
        }
        return nil
    }
}
