import Foundation
import XueshiOCR

/// What the first bytes of a file say it is.
/// What the first bytes of a file say it is.
enum SniffedFormat: Equatable {
    case pdf
    /// An image, with the size its headers state (nil when they are cut short or say nothing usable).
    case image(ImageHeader.Size?)
    case ofd
    case zip
    case html
    case text
    case unknown
}

enum FormatSniffer {
    static func sniff(_ data: Data) -> SniffedFormat {
        let head = [UInt8](data.prefix(1024))
        // Real-world PDFs sometimes carry junk (a mail header, a BOM) before the header; readers accept it within 1 KB.
        if indexOf(Array("%PDF-".utf8), in: head) != nil { return .pdf }
        // JPEG, PNG, TIFF, WebP, BMP, GIF, sized from their headers wherever in the file those lie. (PNM is no
        // evidence format: a text file may start like one.)
        if let image = ImageHeader.read(data), image.format != .pnm { return .image(image.size) }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // Entry names are stored uncompressed in the local and central headers, so a byte search finds them.
            return data.range(of: Data("OFD.xml".utf8)) != nil ? .ofd : .zip
        }
        return looksLikeHTML(head) ? .html : looksLikeText(head) ? .text : .unknown
    }

    // MARK: - Text-like files

    static func looksLikeHTML(_ head: [UInt8]) -> Bool {
        let s = String(decoding: head, as: UTF8.self).lowercased()
        return s.contains("<!doctype html") || s.contains("<html") || s.contains("<head") || s.contains("<body")
    }

    /// Valid UTF-8 (or GBK-like high bytes) without the NULs and control bytes binary formats are full of.
    static func looksLikeText(_ head: [UInt8]) -> Bool {
        guard !head.isEmpty else { return false }
        let controls = head.filter { $0 < 0x20 && $0 != 0x09 && $0 != 0x0A && $0 != 0x0D && $0 != 0x0C }.count
        return controls == 0 || Double(controls) / Double(head.count) < 0.01 && !head.contains(0)
    }

    // MARK: - Byte helpers (nil past the end rather than trapping)

    static func indexOf(_ needle: [UInt8], in hay: [UInt8]) -> Int? {
        guard needle.count <= hay.count else { return nil }
        for i in 0...(hay.count - needle.count) where hay[i] == needle[0] {
            if Array(hay[i..<(i + needle.count)]) == needle { return i }
        }
        return nil
    }
}
