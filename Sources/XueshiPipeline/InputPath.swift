import Foundation

/// A path as the file system holds it: raw bytes, which need not be UTF-8 (names made by Windows zip tools are
/// often GBK). Files are opened by these bytes; reports show `display`, with bytes that are not UTF-8 escaped.
public struct InputPath: Codable, Sendable, Hashable, CustomStringConvertible {
    public var bytes: [UInt8]

    public init(bytes: [UInt8]) { self.bytes = bytes }
    public init(_ string: String) { self.bytes = Array(string.utf8) }

    /// The name for reports: UTF-8 as it is, any other byte as `\xHH`.
    public var display: String { InputPath.escaped(bytes) }
    public var description: String { display }
    /// Whether every byte sequence is valid UTF-8.
    public var isUTF8: Bool { String(validating: bytes, as: UTF8.self) != nil }

    public func appending(_ name: [UInt8]) -> InputPath {
        var b = bytes
        if b.last != UInt8(ascii: "/") { b.append(UInt8(ascii: "/")) }
        return InputPath(bytes: b + name)
    }

    /// The last component's extension, lower-cased ("" when none).
    public var pathExtension: String {
        let name = bytes.split(separator: UInt8(ascii: "/")).last.map(Array.init) ?? []
        guard let dot = name.lastIndex(of: UInt8(ascii: ".")), dot > 0 else { return "" }
        return InputPath.escaped(Array(name[(dot + 1)...])).lowercased()
    }

    /// Runs `body` with the path as a NUL-terminated C string.
    public func withCString<T>(_ body: (UnsafePointer<CChar>) throws -> T) rethrows -> T {
        try (bytes.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// Valid UTF-8 sequences kept, every other byte written `\xHH`; a backslash before an `x` is doubled so an
    /// escaped name never reads as a real one.
    static func escaped(_ b: [UInt8]) -> String {
        var out = "", i = 0
        while i < b.count {
            let n = sequenceLength(b, at: i)
            if n == 0 {
                out += String(format: "\\x%02X", b[i]); i += 1
            } else {
                out += String(decoding: b[i..<(i + n)], as: UTF8.self); i += n
            }
        }
        return out
    }

    /// The length of the valid UTF-8 sequence starting at `i`, or 0 (overlong forms, surrogates and code points
    /// past U+10FFFF are invalid, as the standard says).
    static func sequenceLength(_ b: [UInt8], at i: Int) -> Int {
        let c = b[i]
        func cont(_ k: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool { i + k < b.count && b[i + k] >= lo && b[i + k] <= hi }
        switch c {
        case 0x00...0x7F: return 1
        case 0xC2...0xDF: return cont(1) ? 2 : 0
        case 0xE0: return cont(1, 0xA0) && cont(2) ? 3 : 0
        case 0xE1...0xEC, 0xEE, 0xEF: return cont(1) && cont(2) ? 3 : 0
        case 0xED: return cont(1, 0x80, 0x9F) && cont(2) ? 3 : 0
        case 0xF0: return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0
        case 0xF1...0xF3: return cont(1) && cont(2) && cont(3) ? 4 : 0
        case 0xF4: return cont(1, 0x80, 0x8F) && cont(2) && cont(3) ? 4 : 0
        default: return 0
        }
    }
}
