import Foundation
import XueshiCore

/// Splits a PDF into its saves (RevisionCounter's sections) and says what each one defines. An incremental update
/// is told from a producer's own save by what it writes: a hybrid file closes with a cross-reference section that
/// defines nothing; a linearised file's first-page table belongs to the body; a save that writes only an info
/// dictionary, XMP or a new catalog leaves the pages as they were.
enum RevisionScanner {
    /// How much of an object's bytes after "obj" is read to learn what it is; a dictionary without a /Type (an info
    /// dictionary with long titles and keywords) is read further.
    static let headLength = 1024, longHeadLength = 16_384

    static func sections(_ data: Data) -> [RevisionSection] {
        var ends = RevisionCounter.sectionEnds(data)
        guard !ends.isEmpty else { return [] }
        if ends.count > 1 && RevisionCounter.isLinearised(data) { ends.removeFirst() }
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> [RevisionSection] in
            let bytes = raw.bindMemory(to: UInt8.self)
            var out: [RevisionSection] = []
            var start = 0
            for end in ends {
                let section = scan(bytes, from: start, to: end)
                if out.isEmpty || section.objects > 0 { out.append(section) }
                start = end
            }
            return out
        }
    }

    static func scan(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> RevisionSection {
        var objects = 0
        var content = false
        var infoRef: Int? = nil
        var infoHeads: [Int: [UInt8]] = [:]
        var lastInfoHead: [UInt8]? = nil
        var i = start
        while let p = search(Self.obj, in: b, from: i, to: end) {
            i = p + Self.obj.count
            guard let number = objectNumber(b, keywordAt: p, lowerBound: start),
                  i >= end || !PDFInfoValue.isRegular(b[i]) else { continue }
            objects += 1
            var (head, streamAt) = self.head(b, at: i, length: headLength, end: end)
            var type = name(after: "Type", in: head)
            if type == nil, streamAt == nil, head.count == headLength {
                (head, streamAt) = self.head(b, at: i, length: longHeadLength, end: end)
                type = name(after: "Type", in: head)
            }
            let isInfo = type == nil && ["Producer", "CreationDate", "ModDate"].contains {
                PDFInfoValue.find(Array("/\($0)".utf8), in: head, from: 0) != nil
            }
            if type == "XRef", let r = reference("Info", in: head) { infoRef = r }
            if isInfo { infoHeads[number] = head; lastInfoHead = head }
            if !isInfo && !["XRef", "Metadata", "Catalog"].contains(type ?? "") { content = true }
            if let s = streamAt {
                // Stream data is skipped, by its /Length when that lands on "endstream", else by searching for it.
                if let n = integer(after: "Length", in: head), n >= 0, s + n < end,
                   search(Self.endstream, in: b, from: s + n, to: min(end, s + n + 32)) != nil {
                    i = s + n
                } else if let e = search(Self.endstream, in: b, from: s, to: end) {
                    i = e
                }
            }
        }
        if infoRef == nil, let t = searchBackwards(Self.trailer, in: b, from: max(start, end - 4096), to: end) {
            infoRef = reference("Info", in: Array(b[t..<end]))
        }
        var section = RevisionSection(offset: start, length: end - start, objects: objects, changesContent: content)
        if let head = infoRef.flatMap({ infoHeads[$0] }) ?? lastInfoHead {
            section.writesInfo = true
            section.producer = PDFInfoValue.string("Producer", in: head)
            section.creationDate = PDFInfoValue.date("CreationDate", in: head)
            section.modificationDate = PDFInfoValue.date("ModDate", in: head)
        }
        return section
    }

    /// An object's bytes after "obj", up to its "stream" or "endobj", and where its stream data starts.
    static func head(_ b: UnsafeBufferPointer<UInt8>, at i: Int, length: Int, end: Int) -> ([UInt8], Int?) {
        var head = Array(b[i..<min(end, i + length)])
        var streamAt: Int? = nil
        if let e = PDFInfoValue.find(Self.endobj, in: head, from: 0) { head = Array(head[..<e]) }
        if let s = PDFInfoValue.find(Self.stream, in: head, from: 0) {
            streamAt = i + s + Self.stream.count
            head = Array(head[..<s])
        }
        return (head, streamAt)
    }

    static let obj = Array("obj".utf8), stream = Array("stream".utf8), endstream = Array("endstream".utf8)
    static let endobj = Array("endobj".utf8), trailer = Array("trailer".utf8)

    /// The object number of "N G obj" ending at the keyword, when digits, space, digits and space precede it.
    static func objectNumber(_ b: UnsafeBufferPointer<UInt8>, keywordAt p: Int, lowerBound: Int) -> Int? {
        var j = p - 1
        func skipSpace() -> Bool {
            let from = j
            while j >= lowerBound, PDFInfoValue.isSpace(b[j]) { j -= 1 }
            return j < from
        }
        func digits() -> Int? {
            var value = 0, scale = 1, n = 0
            while j >= lowerBound, b[j] >= 0x30, b[j] <= 0x39, n < 10 {
                value += Int(b[j] - 0x30) * scale; scale *= 10; j -= 1; n += 1
            }
            return n > 0 ? value : nil
        }
        guard skipSpace(), digits() != nil, skipSpace(), let number = digits() else { return nil }
        guard j < lowerBound || !PDFInfoValue.isRegular(b[j]) else { return nil }
        return number
    }

    /// The name after `/Key` ("/Type /XRef" → "XRef").
    static func name(after key: String, in head: [UInt8]) -> String? {
        guard var i = valueStart(key, in: head), i < head.count, head[i] == UInt8(ascii: "/") else { return nil }
        i += 1
        let from = i
        while i < head.count, PDFInfoValue.isRegular(head[i]) { i += 1 }
        return String(decoding: head[from..<i], as: UTF8.self)
    }

    static func integer(after key: String, in head: [UInt8]) -> Int? {
        guard var i = valueStart(key, in: head) else { return nil }
        var value = 0, n = 0
        while i < head.count, head[i] >= 0x30, head[i] <= 0x39, n < 12 { value = value * 10 + Int(head[i] - 0x30); i += 1; n += 1 }
        guard n > 0 else { return nil }
        // "/Length 12 0 R" is a reference, not a length.
        var k = i
        while k < head.count, PDFInfoValue.isSpace(head[k]) { k += 1 }
        if k < head.count, head[k] >= 0x30, head[k] <= 0x39 { return nil }
        return value
    }

    /// The object number of "/Key N G R".
    static func reference(_ key: String, in head: [UInt8]) -> Int? {
        guard var i = valueStart(key, in: head) else { return nil }
        var value = 0, n = 0
        while i < head.count, head[i] >= 0x30, head[i] <= 0x39, n < 10 { value = value * 10 + Int(head[i] - 0x30); i += 1; n += 1 }
        return n > 0 ? value : nil
    }

    static func valueStart(_ key: String, in head: [UInt8]) -> Int? {
        let k = Array("/\(key)".utf8)
        var from = 0
        while let at = PDFInfoValue.find(k, in: head, from: from) {
            var i = at + k.count
            from = i
            if i < head.count, PDFInfoValue.isRegular(head[i]) { continue }
            while i < head.count, PDFInfoValue.isSpace(head[i]) { i += 1 }
            return i
        }
        return nil
    }

    /// The first occurrence of `needle` in `from..<end` (memchr finds candidates: a 50 MB file stays fast).
    static func search(_ needle: [UInt8], in b: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int? {
        guard let base = b.baseAddress, from >= 0, end <= b.count, end - from >= needle.count else { return nil }
        var i = from
        let last = end - needle.count
        while i <= last {
            guard let hit = memchr(base + i, Int32(needle[0]), last - i + 1) else { return nil }
            i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
            var match = true
            for k in 1..<needle.count where b[i + k] != needle[k] { match = false; break }
            if match { return i }
            i += 1
        }
        return nil
    }

    static func searchBackwards(_ needle: [UInt8], in b: UnsafeBufferPointer<UInt8>, from: Int, to end: Int) -> Int? {
        var last: Int? = nil
        var i = from
        while let p = search(needle, in: b, from: i, to: end) { last = p; i = p + 1 }
        return last
    }
}
