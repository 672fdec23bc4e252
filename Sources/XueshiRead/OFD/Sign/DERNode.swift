import Foundation

/// One DER TLV inside a shared byte buffer. Every read is bounds-checked and throws instead of trapping: the bytes
/// come from the file under review. Only single-byte tags and definite lengths of at most 4 bytes are accepted
/// (what seals and signatures use); BER's indefinite length is refused.
struct DERNode: Sendable {
    /// The identifier octet: class, constructed bit and tag number (< 31).
    let tag: UInt8
    /// The whole buffer the node lives in (shared, not copied, between a node and its children).
    let buffer: [UInt8]
    /// Offset of the identifier octet, and of the first content byte, and the content's length.
    let start: Int
    let contentStart: Int
    let length: Int

    static let integer: UInt8 = 0x02, bitString: UInt8 = 0x03, octetString: UInt8 = 0x04, null: UInt8 = 0x05
    static let oid: UInt8 = 0x06, utf8String: UInt8 = 0x0C, printableString: UInt8 = 0x13, ia5String: UInt8 = 0x16
    static let utcTime: UInt8 = 0x17, generalizedTime: UInt8 = 0x18, bmpString: UInt8 = 0x1E
    static let sequence: UInt8 = 0x30, set: UInt8 = 0x31
    /// `[n]` constructed, context-specific (EXPLICIT tags and IMPLICIT SET/SEQUENCE).
    static func context(_ n: UInt8) -> UInt8 { 0xA0 | n }

    var isConstructed: Bool { tag & 0x20 != 0 }
    var end: Int { contentStart + length }
    var content: ArraySlice<UInt8> { buffer[contentStart..<end] }
    var contentData: Data { Data(content) }
    /// The whole TLV, as signed.
    var encoded: Data { Data(buffer[start..<end]) }

    /// The TLV at the start of `data`. Bytes after it are ignored (some producers pad the file).
    static func parse(_ data: Data) throws(DERError) -> DERNode {
        try read(Array(data), at: 0, limit: data.count)
    }

    static func parse(_ bytes: [UInt8]) throws(DERError) -> DERNode {
        try read(bytes, at: 0, limit: bytes.count)
    }

    /// The TLV at `offset`, which must end by `limit`.
    static func read(_ buffer: [UInt8], at offset: Int, limit: Int) throws(DERError) -> DERNode {
        guard offset >= 0, limit <= buffer.count, offset < limit else { throw DERError("ASN.1 数据被截断") }
        let tag = buffer[offset]
        guard tag & 0x1F != 0x1F else { throw DERError("ASN.1 标签格式不受支持") }
        guard offset + 1 < limit else { throw DERError("ASN.1 数据被截断（缺少长度）") }
        let first = buffer[offset + 1]
        var length = 0
        var header = 2
        if first < 0x80 {
            length = Int(first)
        } else {
            let count = Int(first & 0x7F)
            guard count >= 1, count <= 4 else { throw DERError("ASN.1 长度格式不受支持（不定长或过长）") }
            guard offset + 2 + count <= limit else { throw DERError("ASN.1 数据被截断（长度不完整）") }
            for i in 0..<count { length = length << 8 | Int(buffer[offset + 2 + i]) }
            header += count
        }
        let contentStart = offset + header
        guard length <= limit - contentStart else { throw DERError("ASN.1 长度超出数据范围（数据被截断）") }
        return DERNode(tag: tag, buffer: buffer, start: offset, contentStart: contentStart, length: length)
    }

    /// The elements inside a constructed node, in order.
    func children() throws(DERError) -> [DERNode] {
        guard isConstructed else { throw DERError("ASN.1 结构不符：期望构造类型") }
        var out: [DERNode] = []
        var at = contentStart
        while at < end {
            let child = try DERNode.read(buffer, at: at, limit: end)
            out.append(child)
            at = child.end
        }
        return out
    }

    /// The children, requiring this node to have `tag` (a SEQUENCE by default).
    func elements(_ tag: UInt8 = DERNode.sequence, _ what: String) throws(DERError) -> [DERNode] {
        guard self.tag == tag else { throw DERError("\(what) 的 ASN.1 结构不符") }
        return try children()
    }

    /// The single element inside an EXPLICIT tag.
    func explicitInner() throws(DERError) -> DERNode {
        let c = try children()
        guard c.count == 1 else { throw DERError("ASN.1 显式标签内容不符") }
        return c[0]
    }

    // MARK: - Values

    /// A small INTEGER (up to 62 bits, sign-extended); nil for other tags or bigger values.
    var int: Int? {
        guard tag == DERNode.integer, length >= 1, length <= 8 else { return nil }
        var v = Int(Int8(bitPattern: buffer[contentStart]))
        for b in content.dropFirst() { v = v << 8 | Int(b) }
        return v
    }

    /// The text of a string type (UTF8String, IA5String, PrintableString, BMPString; OCTET STRING read as UTF-8).
    var string: String? {
        switch tag {
        case DERNode.utf8String, DERNode.ia5String, DERNode.printableString, DERNode.octetString, 0x14, 0x1A:
            return String(decoding: content, as: UTF8.self)
        case DERNode.bmpString:
            guard length % 2 == 0 else { return nil }
            var units: [UInt16] = []
            var i = contentStart
            while i + 1 < end { units.append(UInt16(buffer[i]) << 8 | UInt16(buffer[i + 1])); i += 2 }
            return String(decoding: units, as: UTF16.self)
        default:
            return nil
        }
    }

    /// An OBJECT IDENTIFIER in dotted form.
    var oid: String? {
        guard tag == DERNode.oid, length >= 1, length <= 64 else { return nil }
        var arcs: [UInt64] = []
        var value: UInt64 = 0
        for b in content {
            guard value < (1 << 56) else { return nil }
            value = value << 7 | UInt64(b & 0x7F)
            if b & 0x80 == 0 { arcs.append(value); value = 0 }
        }
        guard value == 0, let first = arcs.first, buffer[end - 1] & 0x80 == 0 else { return nil }
        let head = first < 40 ? [0, first] : first < 80 ? [1, first - 40] : [2, first - 80]
        return (head + arcs.dropFirst()).map(String.init).joined(separator: ".")
    }

    /// A BIT STRING's bytes (the unused-bits octet dropped; signatures and digests use whole bytes).
    var bits: Data? {
        guard tag == DERNode.bitString, length >= 1 else { return nil }
        return Data(buffer[(contentStart + 1)..<end])
    }

    /// UTCTime or GeneralizedTime; fractions and offsets allowed, no zone read as UTC.
    var time: Date? {
        guard tag == DERNode.utcTime || tag == DERNode.generalizedTime else { return nil }
        return DERNode.parseTime(String(decoding: content, as: UTF8.self), utc: tag == DERNode.utcTime)
    }

    static func parseTime(_ raw: String, utc: Bool) -> Date? {
        var s = Substring(raw.trimmingCharacters(in: .whitespaces))
        var offset = 0
        if s.hasSuffix("Z") { s = s.dropLast() }
        else if let i = s.lastIndex(where: { $0 == "+" || $0 == "-" }), s.distance(from: i, to: s.endIndex) == 5,
                let hh = Int(s[s.index(after: i)..<s.index(i, offsetBy: 3)]), let mm = Int(s.suffix(2)) {
            offset = (hh * 3600 + mm * 60) * (s[i] == "-" ? -1 : 1)
            s = s[..<i]
        }
        var fraction = 0.0
        if let dot = s.firstIndex(where: { $0 == "." || $0 == "," }) {
            fraction = Double("0." + s[s.index(after: dot)...]) ?? 0
            s = s[..<dot]
        }
        guard s.allSatisfy(\.isASCII), s.allSatisfy(\.isNumber) else { return nil }
        let digits = Array(s)
        func num(_ from: Int, _ n: Int) -> Int? {
            guard from + n <= digits.count else { return nil }
            return Int(String(digits[from..<(from + n)]))
        }
        var year: Int
        var i: Int
        if utc {
            guard let y = num(0, 2) else { return nil }
            year = y < 50 ? 2000 + y : 1900 + y
            i = 2
        } else {
            guard let y = num(0, 4) else { return nil }
            year = y
            i = 4
        }
        guard let month = num(i, 2), let day = num(i + 2, 2), let hour = num(i + 4, 2) else { return nil }
        let minute = num(i + 6, 2) ?? 0
        let second = num(i + 8, 2) ?? 0
        var c = DateComponents()
        c.year = year; c.month = month; c.day = day; c.hour = hour; c.minute = minute; c.second = second
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        guard (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61,
              let d = cal.date(from: c) else { return nil }
        return d.addingTimeInterval(fraction - Double(offset))
    }
}
