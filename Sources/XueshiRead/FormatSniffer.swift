import Foundation

/// What the first bytes of a file say it is.
enum SniffedFormat: Equatable {
    case pdf
    case image(width: Double, height: Double)
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
        if head.starts(with: [0xFF, 0xD8, 0xFF]) {
            let size = jpegSize([UInt8](data.prefix(256 << 10)))
            return .image(width: size.0, height: size.1)
        }
        if head.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) {
            return .image(width: Double(be32(head, 16) ?? 0), height: Double(be32(head, 20) ?? 0))
        }
        if head.starts(with: [0x49, 0x49, 0x2A, 0x00]) || head.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) {
            let size = tiffSize([UInt8](data.prefix(64 << 10)))
            return .image(width: size.0, height: size.1)
        }
        if head.count >= 12, head.starts(with: Array("RIFF".utf8)), Array(head[8..<12]) == Array("WEBP".utf8) {
            let size = webpSize(head)
            return .image(width: size.0, height: size.1)
        }
        if head.starts(with: [0x50, 0x4B, 0x03, 0x04]) {
            // Entry names are stored uncompressed in the local and central headers, so a byte search finds them.
            return data.range(of: Data("OFD.xml".utf8)) != nil ? .ofd : .zip
        }
        return looksLikeHTML(head) ? .html : looksLikeText(head) ? .text : .unknown
    }

    // MARK: - Image headers

    /// Pixel size from the first start-of-frame marker; (0, 0) when the header is cut short.
    static func jpegSize(_ b: [UInt8]) -> (Double, Double) {
        var i = 2
        while i + 9 < b.count {
            guard b[i] == 0xFF else { return (0, 0) }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0xD8 || marker == 0x01 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            guard let length = be16(b, i + 2) else { return (0, 0) }
            let isFrame = (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
            if isFrame, let h = be16(b, i + 5), let w = be16(b, i + 7) { return (Double(w), Double(h)) }
            i += 2 + length
        }
        return (0, 0)
    }

    static func tiffSize(_ b: [UInt8]) -> (Double, Double) {
        let little = b.first == 0x49
        func u16(_ o: Int) -> Int? { little ? le16(b, o) : be16(b, o) }
        func u32(_ o: Int) -> Int? { little ? le32(b, o) : be32(b, o) }
        guard let ifd = u32(4), let count = u16(ifd) else { return (0, 0) }
        var width = 0, height = 0
        for k in 0..<min(count, 200) {
            let e = ifd + 2 + 12 * k
            guard let tag = u16(e), let type = u16(e + 2) else { break }
            let value = (type == 3 ? u16(e + 8) : u32(e + 8)) ?? 0
            if tag == 256 { width = value } else if tag == 257 { height = value }
        }
        return (Double(width), Double(height))
    }

    static func webpSize(_ b: [UInt8]) -> (Double, Double) {
        guard b.count >= 30 else { return (0, 0) }
        switch String(decoding: b[12..<16], as: UTF8.self) {
        case "VP8 ":
            guard let w = le16(b, 26), let h = le16(b, 28) else { return (0, 0) }
            return (Double(w & 0x3FFF), Double(h & 0x3FFF))
        case "VP8L":
            let bits = UInt32(b[21]) | UInt32(b[22]) << 8 | UInt32(b[23]) << 16 | UInt32(b[24]) << 24
            return (Double((bits & 0x3FFF) + 1), Double(((bits >> 14) & 0x3FFF) + 1))
        case "VP8X":
            let w = Int(b[24]) | Int(b[25]) << 8 | Int(b[26]) << 16
            let h = Int(b[27]) | Int(b[28]) << 8 | Int(b[29]) << 16
            return (Double(w + 1), Double(h + 1))
        default:
            return (0, 0)
        }
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
    static func be16(_ b: [UInt8], _ o: Int) -> Int? {
        guard o >= 0, o + 1 < b.count else { return nil }
        return Int(b[o]) << 8 | Int(b[o + 1])
    }
    static func le16(_ b: [UInt8], _ o: Int) -> Int? {
        guard o >= 0, o + 1 < b.count else { return nil }
        return Int(b[o]) | Int(b[o + 1]) << 8
    }
    static func be32(_ b: [UInt8], _ o: Int) -> Int? {
        guard o >= 0, o + 3 < b.count else { return nil }
        return Int(b[o]) << 24 | Int(b[o + 1]) << 16 | Int(b[o + 2]) << 8 | Int(b[o + 3])
    }
    static func le32(_ b: [UInt8], _ o: Int) -> Int? {
        guard o >= 0, o + 3 < b.count else { return nil }
        return Int(b[o]) | Int(b[o + 1]) << 8 | Int(b[o + 2]) << 16 | Int(b[o + 3]) << 24
    }
}
