import Foundation

/// A look at a PDF's own bytes, independent of how leniently poppler repairs it.
public enum PDFStructure {
    /// Whether the last `startxref` points at a cross-reference table or stream. A file whose pointer is missing or
    /// lands elsewhere was damaged (or hand-edited), and what a reader shows of it was reconstructed.
    public static func crossReferenceIntact(_ data: Data) -> Bool {
        let tail = data.suffix(2048)
        guard let r = tail.range(of: Data("startxref".utf8), options: .backwards) else { return false }
        var i = r.upperBound
        while i < tail.endIndex, tail[i] == 0x20 || tail[i] == 0x0A || tail[i] == 0x0D { i += 1 }
        var offset = 0
        var digits = 0
        while i < tail.endIndex, tail[i] >= 0x30, tail[i] <= 0x39, digits < 12 {
            offset = offset * 10 + Int(tail[i] - 0x30); i += 1; digits += 1
        }
        guard digits > 0, offset < data.count else { return false }
        let at = data.dropFirst(offset).prefix(40)
        if at.starts(with: Data("xref".utf8)) { return tableEntriesPointAtObjects(data, from: offset) }
        // An xref stream: "12 0 obj".
        let text = String(decoding: at, as: UTF8.self)
        return text.range(of: #"^\s*\d+\s+\d+\s+obj"#, options: .regularExpression) != nil
    }

    /// A classic table: most in-use entries must point at "N G obj". Garbage written over the table or the
    /// objects shows here even when the `xref` keyword survived.
    static func tableEntriesPointAtObjects(_ data: Data, from offset: Int) -> Bool {
        let table = String(decoding: data.dropFirst(offset).prefix(64 * 1024), as: UTF8.self)
        guard let end = table.range(of: "trailer") else { return false }
        var checked = 0, good = 0
        for line in table[..<end.lowerBound].split(whereSeparator: { $0 == "\n" || $0 == "\r" }) {
            let parts = line.split(separator: " ")
            guard parts.count >= 3, parts[2].hasPrefix("n"), parts[0].count == 10, let at = Int(parts[0]) else { continue }
            checked += 1
            guard at < data.count else { continue }
            let head = String(decoding: data.dropFirst(at).prefix(24), as: UTF8.self)
            if head.range(of: #"^\s*\d+\s+\d+\s+obj"#, options: .regularExpression) != nil { good += 1 }
            if checked >= 400 { break }
        }
        return checked > 0 && Double(good) >= Double(checked) * 0.9
    }
}
