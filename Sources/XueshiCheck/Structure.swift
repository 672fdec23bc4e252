import Foundation

/// A look at a PDF's own bytes, independent of how leniently poppler repairs it.
public enum PDFStructure {
    /// Sections followed through /Prev and /XRefStm before giving up (a loop of pointers ends here too).
    static let maxSections = 16

    /// Whether the last `startxref` points at a cross-reference table or stream. A file whose pointer is missing or
    /// lands elsewhere was damaged (or hand-edited), and what a reader shows of it was reconstructed.
    /// Tables are read as producers write them: CRLF, CR-only or LF line ends, any number of entries, and the empty
    /// closing section of a hybrid file, whose entries live in the cross-reference stream its /XRefStm names.
    public static func crossReferenceIntact(_ data: Data) -> Bool {
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Bool in
            let b = raw.bindMemory(to: UInt8.self)
            guard let offset = lastStartxref(b) else { return false }
            return sectionIntact(b, at: offset, depth: 0)
        }
    }

    static func lastStartxref(_ b: UnsafeBufferPointer<UInt8>) -> Int? {
        let tailStart = max(0, b.count - 2048)
        let key = Array("startxref".utf8)
        var at: Int? = nil
        var i = tailStart
        while i + key.count <= b.count {
            if b[i] == key[0], (0..<key.count).allSatisfy({ b[i + $0] == key[$0] }) { at = i }
            i += 1
        }
        guard var j = at.map({ $0 + key.count }) else { return nil }
        while j < b.count, isSpace(b[j]) { j += 1 }
        guard let (offset, _) = number(b, at: j, maxDigits: 12), offset < b.count else { return nil }
        return offset
    }

    static func sectionIntact(_ b: UnsafeBufferPointer<UInt8>, at offset: Int, depth: Int) -> Bool {
        guard depth < maxSections, offset >= 0, offset < b.count else { return false }
        var i = offset
        while i < b.count, isSpace(b[i]) { i += 1 }
        if matches(b, at: i, "xref") { return tableIntact(b, from: i + 4, depth: depth) }
        return pointsAtObject(b, offset)
    }

    /// A classic table: most in-use entries must point at "N G obj". Garbage written over the table or the
    /// objects shows here even when the `xref` keyword survived. A table with no in-use entry (a hybrid file's
    /// closing section, an update that only frees objects) is as good as the sections its trailer points to.
    static func tableIntact(_ b: UnsafeBufferPointer<UInt8>, from start: Int, depth: Int) -> Bool {
        var i = start
        var checked = 0, good = 0
        while true {
            while i < b.count, isSpace(b[i]) { i += 1 }
            if matches(b, at: i, "trailer") { i += 7; break }
            // A subsection header: first object number and entry count.
            guard let (_, afterFirst) = number(b, at: i, maxDigits: 10) else { return false }
            i = afterFirst
            while i < b.count, b[i] == 0x20 || b[i] == 0x09 { i += 1 }
            guard let (count, afterCount) = number(b, at: i, maxDigits: 10), count <= b.count / 18 else { return false }
            i = afterCount
            for _ in 0..<count {
                while i < b.count, isSpace(b[i]) { i += 1 }
                guard let (at, a) = number(b, at: i, maxDigits: 10) else { return false }
                i = a
                while i < b.count, b[i] == 0x20 { i += 1 }
                guard let (_, g) = number(b, at: i, maxDigits: 5) else { return false }
                i = g
                while i < b.count, b[i] == 0x20 { i += 1 }
                guard i < b.count else { return false }
                let kind = b[i]
                i += 1
                if kind == UInt8(ascii: "n") {
                    checked += 1
                    if pointsAtObject(b, at) { good += 1 }
                } else if kind != UInt8(ascii: "f") {
                    return false
                }
            }
        }
        if checked > 0 { return Double(good) >= Double(checked) * 0.9 }
        let dict = trailerDictionary(b, from: i)
        var pointed = false
        for key in ["XRefStm", "Prev"] {
            guard let target = integer(after: key, in: dict) else { continue }
            pointed = true
            if !sectionIntact(b, at: target, depth: depth + 1) { return false }
        }
        return pointed
    }

    /// "N G obj" at (or just after whitespace at) an offset.
    static func pointsAtObject(_ b: UnsafeBufferPointer<UInt8>, _ offset: Int) -> Bool {
        guard offset >= 0, offset < b.count else { return false }
        var i = offset
        while i < b.count, isSpace(b[i]) { i += 1 }
        guard let (_, a) = number(b, at: i, maxDigits: 10), a < b.count, isSpace(b[a]) else { return false }
        i = a
        while i < b.count, isSpace(b[i]) { i += 1 }
        guard let (_, g) = number(b, at: i, maxDigits: 10), g < b.count, isSpace(b[g]) else { return false }
        i = g
        while i < b.count, isSpace(b[i]) { i += 1 }
        return matches(b, at: i, "obj")
    }

    static func trailerDictionary(_ b: UnsafeBufferPointer<UInt8>, from start: Int) -> [UInt8] {
        let end = min(b.count, start + 4096)
        var out = Array(b[start..<end])
        if let s = firstIndex(of: Array("startxref".utf8), in: out) { out = Array(out[..<s]) }
        return out
    }

    static func integer(after key: String, in dict: [UInt8]) -> Int? {
        let k = Array("/\(key)".utf8)
        var from = 0
        while let at = firstIndex(of: k, in: dict, from: from) {
            var i = at + k.count
            from = i
            if i < dict.count, !isSpace(dict[i]), !"/<>[]()".utf8.contains(dict[i]) { continue }
            while i < dict.count, isSpace(dict[i]) { i += 1 }
            var value = 0, n = 0
            while i < dict.count, dict[i] >= 0x30, dict[i] <= 0x39, n < 12 { value = value * 10 + Int(dict[i] - 0x30); i += 1; n += 1 }
            return n > 0 ? value : nil
        }
        return nil
    }

    static func firstIndex(of needle: [UInt8], in hay: [UInt8], from: Int = 0) -> Int? {
        guard hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        for i in from...(hay.count - needle.count) where hay[i] == needle[0] {
            if (1..<needle.count).allSatisfy({ hay[i + $0] == needle[$0] }) { return i }
        }
        return nil
    }

    static func number(_ b: UnsafeBufferPointer<UInt8>, at start: Int, maxDigits: Int) -> (Int, Int)? {
        var i = start, value = 0
        while i < b.count, b[i] >= 0x30, b[i] <= 0x39, i - start < maxDigits { value = value * 10 + Int(b[i] - 0x30); i += 1 }
        return i > start ? (value, i) : nil
    }

    static func matches(_ b: UnsafeBufferPointer<UInt8>, at i: Int, _ word: String) -> Bool {
        let w = Array(word.utf8)
        guard i >= 0, i + w.count <= b.count else { return false }
        return (0..<w.count).allSatisfy { b[i + $0] == w[$0] }
    }

    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 || c == 0x0C || c == 0x00 }
}
