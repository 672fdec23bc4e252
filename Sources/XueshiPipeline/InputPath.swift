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

    /// Components that are UTF-8 kept as they are; in one that is not (a GBK name), every byte past ASCII is
    /// written `\xHH` (decoding part of it as UTF-8 would show characters the name never had).
    static func escaped(_ b: [UInt8]) -> String {
        b.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map { part -> String in
            let c = Array(part)
            if String(validating: c, as: UTF8.self) != nil { return String(decoding: c, as: UTF8.self) }
            return c.map { $0 < 0x80 ? String(UnicodeScalar($0)) : String(format: "\\x%02X", $0) }.joined()
        }.joined(separator: "/")
    }
}
