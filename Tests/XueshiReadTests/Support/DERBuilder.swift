import Foundation

/// Writes DER for tests: seals, SES signatures, CMS structures. Each function returns one complete TLV; nest them
/// with `seq`. Reusable by any test that needs ASN.1 (certificates come from OpenSSL, see `TestSM2Key`).
enum DERBuilder {
    static func tlv(_ tag: UInt8, _ content: [UInt8]) -> [UInt8] {
        var n = content.count
        if n < 0x80 { return [tag, UInt8(n)] + content }
        var len: [UInt8] = []
        while n > 0 { len.insert(UInt8(n & 0xFF), at: 0); n >>= 8 }
        return [tag, 0x80 | UInt8(len.count)] + len + content
    }

    static func seq(_ items: [UInt8]...) -> [UInt8] { tlv(0x30, items.flatMap { $0 }) }
    static func seq(_ items: [[UInt8]]) -> [UInt8] { tlv(0x30, items.flatMap { $0 }) }
    static func set(_ items: [UInt8]...) -> [UInt8] { tlv(0x31, items.flatMap { $0 }) }
    /// `[n]` constructed (EXPLICIT wrapping, or IMPLICIT SET/SEQUENCE).
    static func context(_ n: UInt8, _ items: [UInt8]...) -> [UInt8] { tlv(0xA0 | n, items.flatMap { $0 }) }

    static func int(_ v: Int) -> [UInt8] {
        var bytes: [UInt8] = []
        var x = v
        repeat { bytes.insert(UInt8(truncatingIfNeeded: x), at: 0); x >>= 8 } while x != 0 && x != -1
        if v >= 0, bytes[0] & 0x80 != 0 { bytes.insert(0, at: 0) }
        if v < 0, bytes[0] & 0x80 == 0 { bytes.insert(0xFF, at: 0) }
        return tlv(0x02, bytes)
    }

    static func oid(_ dotted: String) -> [UInt8] {
        let arcs = dotted.split(separator: ".").compactMap { UInt64($0) }
        var body: [UInt8] = []
        for arc in [arcs[0] * 40 + arcs[1]] + arcs.dropFirst(2) {
            var chunk: [UInt8] = [UInt8(arc & 0x7F)]
            var rest = arc >> 7
            while rest > 0 { chunk.insert(UInt8(rest & 0x7F) | 0x80, at: 0); rest >>= 7 }
            body += chunk
        }
        return tlv(0x06, body)
    }

    static func ia5(_ s: String) -> [UInt8] { tlv(0x16, Array(s.utf8)) }
    static func utf8(_ s: String) -> [UInt8] { tlv(0x0C, Array(s.utf8)) }
    static func octets(_ d: Data) -> [UInt8] { tlv(0x04, Array(d)) }
    static func octets(_ d: [UInt8]) -> [UInt8] { tlv(0x04, d) }
    /// A BIT STRING of whole bytes (no unused bits).
    static func bits(_ d: Data) -> [UInt8] { tlv(0x03, [0] + Array(d)) }
    static func null() -> [UInt8] { [0x05, 0x00] }

    static func generalizedTime(_ d: Date) -> [UInt8] { tlv(0x18, Array(timeText(d, "yyyyMMddHHmmss'Z'").utf8)) }
    static func utcTime(_ d: Date) -> [UInt8] { tlv(0x17, Array(timeText(d, "yyMMddHHmmss'Z'").utf8)) }

    private static func timeText(_ d: Date, _ format: String) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "UTC")
        f.dateFormat = format
        return f.string(from: d)
    }
}
