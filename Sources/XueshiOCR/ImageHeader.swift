import Foundation

/// An image file's format and pixel size, read from its own headers in pure Swift, wherever in the file they lie,
/// before any decoder allocates for it. A header may sit far from the start (a JPEG's frame header after megabytes
/// of APP segments, a TIFF's IFD at the end of the file), and a decoder sizes its buffers from it: a 1 MB TIFF can
/// promise 4 GB of pixels. Every read here is bounds-checked and every loop bounded by the file's length.
public enum ImageHeader {
    public enum Format: String, Sendable, Equatable { case jpeg, png, tiff, webp, bmp, gif, pnm }

    /// What decoding the image would produce: its size, and how many pixels the decoder allocates for it (a GIF's
    /// decoder holds every frame; a TIFF is counted by its largest subfile).
    public struct Size: Sendable, Hashable {
        public var width: Int
        public var height: Int
        /// Pixels the decoder would allocate, saturating at `Int.max`.
        public var decodedPixels: Int

        public init(width: Int, height: Int, decodedPixels: Int? = nil) {
            self.width = width; self.height = height
            self.decodedPixels = decodedPixels ?? Int.checkedProductSaturating(width, height)
        }
    }

    /// The format the first bytes announce; nil for anything else. BMP's two-letter signature is taken only with a
    /// plausible header behind it (a text file may start with "BM").
    public static func format(_ data: Data) -> Format? {
        data.withUnsafeBytes { raw in format(Bytes(raw)) }
    }

    /// The format and the size its headers state; `size` is nil when the headers are cut short or make no sense
    /// (then the image is not decoded: nothing says how large it is).
    public static func read(_ data: Data) -> (format: Format, size: Size?)? {
        data.withUnsafeBytes { raw -> (format: Format, size: Size?)? in
            let b = Bytes(raw)
            guard let f = format(b) else { return nil }
            switch f {
            case .jpeg: return (f, jpeg(b))
            case .png: return (f, png(b))
            case .tiff: return (f, tiff(b))
            case .webp: return (f, webp(b))
            case .bmp: return (f, bmp(b))
            case .gif: return (f, gif(b))
            case .pnm: return (f, pnm(b))
            }
        }
    }

    // MARK: - Formats

    static func format(_ b: Bytes) -> Format? {
        if b.starts(with: [0xFF, 0xD8, 0xFF]) { return .jpeg }
        if b.starts(with: [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if b.starts(with: [0x49, 0x49, 0x2A, 0x00]) || b.starts(with: [0x4D, 0x4D, 0x00, 0x2A]) { return .tiff }
        if b.starts(with: Array("RIFF".utf8)), b.matches(Array("WEBP".utf8), at: 8) { return .webp }
        if b.starts(with: Array("GIF87a".utf8)) || b.starts(with: Array("GIF89a".utf8)) { return .gif }
        if b.starts(with: [0x42, 0x4D]), let dib = b.le32(14), bmpHeaderSizes.contains(dib), b.le16(dib == 12 ? 22 : 26) == 1 {
            return .bmp
        }
        if b.count >= 3, b[0] == 0x50, (0x31...0x36).contains(b[1]), isSpace(b[2]) { return .pnm }
        return nil
    }

    /// BITMAPCOREHEADER (12), OS/2 2.x (16, 64), BITMAPINFOHEADER (40) and its V2–V5 extensions (52, 56, 108, 124).
    static let bmpHeaderSizes: Set<Int> = [12, 16, 40, 52, 56, 64, 108, 124]

    /// The first frame header (SOF0–SOF15 but DHT, JPG and DAC, which share the range), found by walking the marker
    /// segments by their lengths through the whole file, as libjpeg does; bytes between segments are skipped to the
    /// next 0xFF as libjpeg skips them. No frame before the first scan: nil. A height of 0 (to be set by a DNL
    /// marker after the scan) is no size either.
    static func jpeg(_ b: Bytes) -> Size? {
        var i = 2
        while i + 1 < b.count {
            guard b[i] == 0xFF else {
                guard let next = b.index(of: 0xFF, from: i) else { return nil }
                i = next
                continue
            }
            let marker = b[i + 1]
            if marker == 0xFF { i += 1; continue }
            if marker == 0x00 || marker == 0x01 || marker == 0xD8 || (0xD0...0xD7).contains(marker) { i += 2; continue }
            if marker == 0xD9 || marker == 0xDA { return nil }
            guard let length = b.be16(i + 2), length >= 2 else { return nil }
            let isFrame = (0xC0...0xCF).contains(marker) && marker != 0xC4 && marker != 0xC8 && marker != 0xCC
            if isFrame {
                guard let h = b.be16(i + 5), let w = b.be16(i + 7), w > 0, h > 0 else { return nil }
                return Size(width: w, height: h)
            }
            i += 2 + length
        }
        return nil
    }

    /// IHDR, which the format requires first; each side at most 2^31 − 1.
    static func png(_ b: Bytes) -> Size? {
        guard b.matches(Array("IHDR".utf8), at: 12), let w = b.be32(16), let h = b.be32(20),
              w > 0, h > 0, w <= Int(Int32.max), h <= Int(Int32.max) else { return nil }
        return Size(width: w, height: h)
    }

    /// Every IFD of the file, wherever it lies: the chain of next-IFD offsets and each IFD's SubIFDs (tag 330),
    /// in either byte order, each visited once. The largest image any of them describes is the size, since which
    /// subfile a decoder reads is its choice.
    static func tiff(_ b: Bytes) -> Size? {
        let little = b[0] == 0x49
        func u16(_ o: Int) -> Int? { little ? b.le16(o) : b.be16(o) }
        func u32(_ o: Int) -> Int? { little ? b.le32(o) : b.be32(o) }
        guard let first = u32(4) else { return nil }
        var queue = [first]
        var seen = Set<Int>()
        var best: Size? = nil
        // A real file has a few IFDs; a hostile one is cut off here however its offsets loop or fan out.
        while let ifd = queue.popLast(), seen.count < 256 {
            guard ifd >= 8, seen.insert(ifd).inserted, let count = u16(ifd), count > 0 else { continue }
            var width: Int? = nil, height: Int? = nil
            for k in 0..<count {
                let e = ifd + 2 + 12 * k
                guard let tag = u16(e), let type = u16(e + 2), let n = u32(e + 4) else { break }
                // SHORT or LONG values, held in the entry itself when one fits.
                let value: Int? = type == 3 ? u16(e + 8) : type == 4 || type == 13 ? u32(e + 8) : nil
                switch tag {
                case 256: width = value
                case 257: height = value
                case 330 where type == 4 || type == 13:
                    if n == 1, let v = value { queue.append(v) }
                    else if n > 1, let at = value {
                        for j in 0..<min(n, 256) { if let v = u32(at + 4 * j) { queue.append(v) } }
                    }
                default: break
                }
            }
            if let w = width, let h = height, w > 0, h > 0 {
                let s = Size(width: w, height: h)
                if s.decodedPixels > best?.decodedPixels ?? 0 { best = s }
            }
            if let next = u32(ifd + 2 + 12 * count), next != 0 { queue.append(next) }
        }
        return best
    }

    /// The first chunk: lossy (VP8, 14-bit sides after its start code), lossless (VP8L, 14-bit sides minus one) or
    /// extended (VP8X, 24-bit canvas sides minus one).
    static func webp(_ b: Bytes) -> Size? {
        if b.matches(Array("VP8 ".utf8), at: 12) {
            guard b.matches([0x9D, 0x01, 0x2A], at: 23), let w = b.le16(26), let h = b.le16(28),
                  w & 0x3FFF > 0, h & 0x3FFF > 0 else { return nil }
            return Size(width: w & 0x3FFF, height: h & 0x3FFF)
        }
        if b.matches(Array("VP8L".utf8), at: 12) {
            guard b.count > 24, b[20] == 0x2F, let bits = b.le32(21) else { return nil }
            return Size(width: (bits & 0x3FFF) + 1, height: ((bits >> 14) & 0x3FFF) + 1)
        }
        if b.matches(Array("VP8X".utf8), at: 12) {
            guard let w = b.le24(24), let h = b.le24(27) else { return nil }
            return Size(width: w + 1, height: h + 1)
        }
        return nil
    }

    /// BITMAPCOREHEADER's unsigned 16-bit sides, or BITMAPINFOHEADER's signed 32-bit ones; a negative height is a
    /// top-down bitmap of that many rows.
    static func bmp(_ b: Bytes) -> Size? {
        guard let dib = b.le32(14) else { return nil }
        if dib == 12 {
            guard let w = b.le16(18), let h = b.le16(20), w > 0, h > 0 else { return nil }
            return Size(width: w, height: h)
        }
        guard let w = b.le32(18).map({ Int(Int32(truncatingIfNeeded: $0)) }),
              let h = b.le32(22).map({ Int(Int32(truncatingIfNeeded: $0)) }), w > 0, h != 0 else { return nil }
        // Int32.min's magnitude fits in Int: no trap in the negation.
        return Size(width: w, height: abs(h))
    }

    /// The logical screen and every frame: the decoder keeps each frame's pixels, so they add up.
    static func gif(_ b: Bytes) -> Size? {
        guard let sw = b.le16(6), let sh = b.le16(8), b.count > 10 else { return nil }
        var i = 13
        if b[10] & 0x80 != 0 { i += 3 << ((Int(b[10]) & 7) + 1) }
        var width = sw, height = sh
        var pixels = 0
        var frames = 0
        while i < b.count {
            switch b[i] {
            case 0x21:  // extension: label, then sub-blocks
                guard let end = subBlocksEnd(b, from: i + 2) else { return frames > 0 ? finish() : nil }
                i = end
            case 0x2C:  // image descriptor, optional local colour table, LZW minimum code size, sub-blocks
                guard let w = b.le16(i + 5), let h = b.le16(i + 7), i + 9 < b.count else { return frames > 0 ? finish() : nil }
                if frames == 0 { width = max(width, w); height = max(height, h) }
                pixels = Int.checkedSum(pixels, Int.checkedProductSaturating(w, h)) ?? .max
                frames += 1
                var j = i + 10
                if b[i + 9] & 0x80 != 0 { j += 3 << ((Int(b[i + 9]) & 7) + 1) }
                guard let end = subBlocksEnd(b, from: j + 1) else { return finish() }
                i = end
            case 0x3B:
                return frames > 0 ? finish() : nil
            default:
                return frames > 0 ? finish() : nil
            }
        }
        return frames > 0 ? finish() : nil

        func finish() -> Size? {
            guard width > 0, height > 0 else { return nil }
            return Size(width: width, height: height,
                        decodedPixels: max(pixels, Int.checkedProductSaturating(width, height)))
        }
    }

    /// Past a run of GIF sub-blocks (a length byte, that many bytes; a zero length ends them); nil when cut short.
    static func subBlocksEnd(_ b: Bytes, from start: Int) -> Int? {
        var i = start
        while i < b.count {
            let n = Int(b[i])
            if n == 0 { return i + 1 }
            i += 1 + n
        }
        return nil
    }

    /// "P1"–"P6", then width and height as decimal tokens (comments from "#" to the line's end skipped).
    static func pnm(_ b: Bytes) -> Size? {
        var i = 2
        func token() -> Int? {
            while i < b.count {
                if b[i] == 0x23 { while i < b.count, b[i] != 0x0A, b[i] != 0x0D { i += 1 } }
                else if isSpace(b[i]) { i += 1 }
                else { break }
            }
            var v = 0, n = 0
            while i < b.count, (0x30...0x39).contains(b[i]), n < 10 { v = v * 10 + Int(b[i] - 0x30); i += 1; n += 1 }
            return n > 0 && v > 0 ? v : nil
        }
        guard let w = token(), let h = token() else { return nil }
        return Size(width: w, height: h)
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x09 || c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C }

    /// Reads that return nil instead of reading outside the buffer.
    struct Bytes {
        let raw: UnsafeRawBufferPointer
        init(_ raw: UnsafeRawBufferPointer) { self.raw = raw }
        var count: Int { raw.count }
        subscript(_ i: Int) -> UInt8 { raw[i] }

        func byte(_ o: Int) -> Int? { o >= 0 && o < raw.count ? Int(raw[o]) : nil }
        func be16(_ o: Int) -> Int? { guard let a = byte(o), let b = byte(o + 1) else { return nil }; return a << 8 | b }
        func le16(_ o: Int) -> Int? { guard let a = byte(o), let b = byte(o + 1) else { return nil }; return a | b << 8 }
        func le24(_ o: Int) -> Int? { guard let a = le16(o), let c = byte(o + 2) else { return nil }; return a | c << 16 }
        func be32(_ o: Int) -> Int? { guard let a = be16(o), let c = be16(o + 2) else { return nil }; return a << 16 | c }
        func le32(_ o: Int) -> Int? { guard let a = le16(o), let c = le16(o + 2) else { return nil }; return a | c << 16 }
        func matches(_ word: [UInt8], at o: Int) -> Bool {
            guard o >= 0, o + word.count <= raw.count else { return false }
            return word.indices.allSatisfy { raw[o + $0] == word[$0] }
        }
        func starts(with word: [UInt8]) -> Bool { matches(word, at: 0) }
        /// The next `byte` at or after `from` (memchr: a JPEG's entropy-coded gaps are crossed fast).
        func index(of byte: UInt8, from: Int) -> Int? {
            guard from >= 0, from < raw.count, let base = raw.baseAddress,
                  let hit = memchr(base + from, Int32(byte), raw.count - from) else { return nil }
            return base.distance(to: UnsafeRawPointer(hit))
        }
    }
}

extension Int {
    /// `a × b`, `Int.max` when it overflows (a count of pixels only ever compared against a limit).
    static func checkedProductSaturating(_ a: Int, _ b: Int) -> Int { Int.checkedProduct(a, b) ?? .max }
}
