import Foundation

/// Counts a PDF's revisions: one per `%%EOF` that closes a `startxref` (an original save or an incremental
/// update). A stray `%%EOF` inside stream data is ignored because none of those follow a `startxref`.
/// A linearised file's first-page cross-reference section ends with its own `%%EOF`; when the header declares
/// `/Linearized`, that one is not counted. Files repaired by a tool that rewrote them in full count as one.
enum RevisionCounter {
    static func count(_ data: Data) -> Int? {
        let ends = sectionEnds(data)
        guard !ends.isEmpty else { return nil }
        return ends.count - (ends.count > 1 && isLinearised(data) ? 1 : 0)
    }

    static func isLinearised(_ data: Data) -> Bool {
        data.prefix(1024).range(of: Data("/Linearized".utf8)) != nil
    }

    /// The offset just past every counted `%%EOF`, in file order.
    static func sectionEnds(_ data: Data) -> [Int] {
        let eof = Array("%%EOF".utf8)
        let startxref = Array("startxref".utf8)
        var ends: [Int] = []
        data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            let bytes = raw.bindMemory(to: UInt8.self)
            guard let base = bytes.baseAddress, bytes.count >= eof.count else { return }
            var i = 0
            let last = bytes.count - eof.count
            while i <= last {
                // memchr keeps a 50 MB scan to a few milliseconds.
                guard let hit = memchr(base + i, 0x25, last - i + 1) else { break }
                i = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                if bytes[i + 1] == 0x25, bytes[i + 2] == eof[2], bytes[i + 3] == eof[3], bytes[i + 4] == eof[4] {
                    if precededBy(startxref, in: bytes, before: i, within: 48) { ends.append(i + eof.count) }
                    i += eof.count
                } else {
                    i += 1
                }
            }
        }
        return ends
    }

    private static func precededBy(_ word: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, before end: Int,
                                   within window: Int) -> Bool {
        let start = max(0, end - window)
        guard end - start >= word.count else { return false }
        var j = end - word.count
        while j >= start {
            var match = true
            for k in 0..<word.count where bytes[j + k] != word[k] { match = false; break }
            if match { return true }
            j -= 1
        }
        return false
    }
}
