import Foundation

/// A tiny zip writer for hand-made containers: stored entries only, with control over what real writers never
/// produce (flags, names, duplicates, lying sizes).
struct MiniZip {
    struct Entry {
        var name: String
        var data: Data
        var flags: UInt16 = 0
        /// Sizes written in the headers; nil: the real ones.
        var declaredSize: UInt32? = nil
    }

    var entries: [Entry] = []

    mutating func add(_ name: String, _ data: Data, flags: UInt16 = 0, declaredSize: UInt32? = nil) {
        entries.append(Entry(name: name, data: data, flags: flags, declaredSize: declaredSize))
    }
    mutating func add(_ name: String, _ text: String) { add(name, Data(text.utf8)) }

    var data: Data {
        var out = Data()
        var central = Data()
        for e in entries {
            let offset = UInt32(out.count)
            let name = Data(e.name.utf8)
            let crc = Self.crc32(e.data)
            let size = e.declaredSize ?? UInt32(e.data.count)
            out.le32(0x0403_4B50); out.le16(20); out.le16(e.flags); out.le16(0); out.le16(0); out.le16(0x21)
            out.le32(crc); out.le32(size); out.le32(size); out.le16(UInt16(name.count)); out.le16(0)
            out.append(name); out.append(e.data)
            // Flag bit 3: a data descriptor (signature, CRC, sizes) follows the data, as streaming writers do.
            if e.flags & 8 != 0 { out.le32(0x0807_4B50); out.le32(crc); out.le32(size); out.le32(size) }
            central.le32(0x0201_4B50); central.le16(0x031E); central.le16(20); central.le16(e.flags); central.le16(0)
            central.le16(0); central.le16(0x21); central.le32(crc); central.le32(size); central.le32(size)
            central.le16(UInt16(name.count)); central.le16(0); central.le16(0); central.le16(0); central.le16(0)
            central.le32(0o100644 << 16); central.le32(offset); central.append(name)
        }
        let cdOffset = UInt32(out.count)
        out.append(central)
        out.le32(0x0605_4B50); out.le16(0); out.le16(0); out.le16(UInt16(entries.count)); out.le16(UInt16(entries.count))
        out.le32(UInt32(central.count)); out.le32(cdOffset); out.le16(0)
        return out
    }

    static func crc32(_ data: Data) -> UInt32 {
        var table = [UInt32](repeating: 0, count: 256)
        for i in 0..<256 {
            var c = UInt32(i)
            for _ in 0..<8 { c = c & 1 != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
            table[i] = c
        }
        var crc: UInt32 = 0xFFFF_FFFF
        for b in data { crc = table[Int((crc ^ UInt32(b)) & 0xFF)] ^ (crc >> 8) }
        return crc ^ 0xFFFF_FFFF
    }
}

extension Data {
    mutating func le16(_ v: UInt16) { append(UInt8(v & 0xFF)); append(UInt8(v >> 8)) }
    mutating func le32(_ v: UInt32) { le16(UInt16(v & 0xFFFF)); le16(UInt16(v >> 16)) }
}
