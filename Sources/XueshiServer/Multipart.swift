import Foundation

/// The one file of a `multipart/form-data` body (RFC 7578): the part named `field`, its file name and bytes.
/// Only what an upload form sends is understood; anything else is refused rather than guessed at.
enum Multipart {
    struct File {
        var name: String
        var bytes: Data
    }

    /// The boundary of a `multipart/form-data` content type, or nil.
    static func boundary(_ contentType: String) -> String? {
        let parts = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard parts.first?.lowercased() == "multipart/form-data" else { return nil }
        for p in parts.dropFirst() where p.lowercased().hasPrefix("boundary=") {
            var b = String(p.dropFirst("boundary=".count))
            if b.hasPrefix("\""), b.hasSuffix("\""), b.count >= 2 { b = String(b.dropFirst().dropLast()) }
            return (1...70).contains(b.utf8.count) ? b : nil
        }
        return nil
    }

    static func file(_ body: [UInt8], boundary: String, field: String = "file") -> File? {
        let delimiter = Array("--\(boundary)".utf8)
        var starts: [Int] = []
        var i = 0
        while let at = find(delimiter, in: body, from: i) { starts.append(at); i = at + delimiter.count }
        guard starts.count >= 2 else { return nil }
        for (a, b) in zip(starts, starts.dropFirst()) {
            // A part runs from after the delimiter's CRLF to the CRLF before the next delimiter.
            var from = a + delimiter.count
            guard from + 2 <= body.count, body[from] == 13, body[from + 1] == 10 else { continue }
            from += 2
            guard let headEnd = find([13, 10, 13, 10], in: body, from: from), headEnd < b else { continue }
            let head = String(decoding: body[from..<headEnd], as: UTF8.self)
            let end = b - 2
            guard end >= headEnd + 4 else { continue }
            guard let disposition = head.components(separatedBy: "\r\n").first(where: { $0.lowercased().hasPrefix("content-disposition:") }),
                  parameter("name", in: disposition) == field else { continue }
            let name = parameter("filename*", in: disposition).flatMap(extended) ?? parameter("filename", in: disposition) ?? "upload"
            return File(name: clean(name), bytes: Data(body[(headEnd + 4)..<end]))
        }
        return nil
    }

    /// A parameter of a Content-Disposition header: quoted or bare.
    static func parameter(_ key: String, in header: String) -> String? {
        let lower = header.lowercased()
        var search = lower.startIndex
        while let r = lower.range(of: key + "=", range: search..<lower.endIndex) {
            // Whole parameter names only: "name=" must not match inside "filename=".
            let before = r.lowerBound == lower.startIndex ? " " : lower[lower.index(before: r.lowerBound)]
            search = r.upperBound
            guard before == " " || before == ";" else { continue }
            let offset = lower.distance(from: lower.startIndex, to: r.upperBound)
            let rest = header[header.index(header.startIndex, offsetBy: offset)...]
            if rest.hasPrefix("\"") {
                var out = "", escaped = false
                for ch in rest.dropFirst() {
                    if escaped { out.append(ch); escaped = false } else if ch == "\\" { escaped = true } else if ch == "\"" { return out } else { out.append(ch) }
                }
                return nil
            }
            return String(rest.prefix { $0 != ";" }).trimmingCharacters(in: .whitespaces)
        }
        return nil
    }

    /// RFC 5987: `UTF-8''%E8%AF%81…`.
    static func extended(_ v: String) -> String? {
        guard let r = v.range(of: "''") else { return nil }
        return String(v[r.upperBound...]).removingPercentEncoding
    }

    /// The last path component, without control characters, at most 200 characters: a name to show, never a path.
    static func clean(_ name: String) -> String {
        let last = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = String(last.unicodeScalars.filter { !CharacterSet.controlCharacters.contains($0) }.map(Character.init)).prefix(200)
        return kept.isEmpty ? "upload" : String(kept)
    }

    static func find(_ needle: [UInt8], in hay: [UInt8], from: Int) -> Int? {
        guard !needle.isEmpty, hay.count >= needle.count, from <= hay.count - needle.count else { return nil }
        let first = needle[0]
        var i = from
        let last = hay.count - needle.count
        while i <= last {
            if hay[i] == first {
                var j = 1
                while j < needle.count && hay[i + j] == needle[j] { j += 1 }
                if j == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
