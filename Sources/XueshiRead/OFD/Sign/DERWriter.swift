import Foundation

/// Just enough DER writing for the reader: wrapping signed bytes in a SEQUENCE header when a producer signs a
/// concatenation of elements. Tests build whole structures with their own writer (Tests/…/DERBuilder.swift).
enum DERWriter {
    static func header(_ tag: UInt8, _ count: Int) -> [UInt8] {
        if count < 0x80 { return [tag, UInt8(count)] }
        var n = count
        var bytes: [UInt8] = []
        while n > 0 { bytes.insert(UInt8(n & 0xFF), at: 0); n >>= 8 }
        return [tag, 0x80 | UInt8(bytes.count)] + bytes
    }

    static func sequence(_ body: Data) -> Data { Data(header(DERNode.sequence, body.count)) + body }
}
