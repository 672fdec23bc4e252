import Foundation

/// Synthetic PDFs in the shapes real producers write (invented text, no real document): classic cross-reference
/// tables with LF, CRLF or CR-only line ends and any number of entries, Word's hybrid file (a table, an xref stream,
/// and an empty closing section whose /XRefStm names it), and incremental updates — a producer's own save at
/// creation time, or a later tool's change to the page.
struct ProducerPDF {
    enum LineEnd { case lf, crlf, cr }

    var lineEnd = LineEnd.lf
    var producer = "Microsoft® Word 2019"
    var creator: String? = "Microsoft® Word 2019"
    var created = "D:20240611093000+08'00'"
    var modified: String? = "D:20240611093000+08'00'"
    var lines = ["Certificate of Completion", "Ada Example", "has completed Data Handling Basics",
                 "Duration: 12 hours", "Issued: June 11, 2024", "Example Learning Institute"]
    /// Objects of no meaning written after the page, for a long table.
    var fillerObjects = 0
    /// Word's shape: an xref stream in the body and an empty cross-reference section closing the file.
    var hybrid = false
    /// Content operators drawn after the lines (a wordmark of filled shapes, say).
    var drawing = ""

    var eol: String { switch lineEnd { case .lf: "\n"; case .crlf: "\r\n"; case .cr: "\r" } }
    /// Every table entry is 20 bytes: its two-byte end is " \n", "\r\n" or " \r".
    var entryEnd: String { switch lineEnd { case .lf: " \n"; case .crlf: "\r\n"; case .cr: " \r" } }

    static let infoNumber = 6, pageNumber = 3, contentNumber = 4

    func data() -> Data {
        var objects: [String] = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            Self.stream(content(lines)),
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            Self.info(producer: producer, creator: creator, created: created, modified: modified),
        ]
        for i in 0..<fillerObjects { objects.append("(filler \(i))") }
        var out = Data("%PDF-1.7\(eol)%\u{B5}\u{B5}\u{B5}\u{B5}\(eol)".utf8)
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Data("\(i + 1) 0 obj\(eol)\(body)\(eol)endobj\(eol)".utf8)
        }
        var size = objects.count + 1
        var xrefStream: Int? = nil
        if hybrid {
            // An xref stream listing itself (Word's lists the objects it packed in object streams).
            let number = size
            size += 1
            let at = out.count
            offsets.append(at)
            let bytes: [UInt8] = [1] + withUnsafeBytes(of: UInt32(at).bigEndian, Array.init) + [0, 0]
            out += Data("\(number) 0 obj\(eol)<< /Type /XRef /Size \(size) /W [1 4 2] /Index [\(number) 1] /Length \(bytes.count) >>\(eol)stream\(eol)".utf8)
            out += Data(bytes) + Data("\(eol)endstream\(eol)endobj\(eol)".utf8)
            xrefStream = at
        }
        let table = out.count
        out += Data("xref\(eol)0 \(size)\(eol)0000000000 65535 f\(entryEnd)".utf8)
        for o in offsets { out += Data((Self.pad(o) + " 00000 n" + entryEnd).utf8) }
        let id = "<0A1B2C3D4E5F60718293A4B5C6D7E8F9>"
        let trailer = "/Size \(size) /Root 1 0 R /Info \(Self.infoNumber) 0 R /ID [\(id) \(id)]"
        out += Data("trailer\(eol)<< \(trailer) >>\(eol)startxref\(eol)\(table)\(eol)%%EOF\(eol)".utf8)
        if let x = xrefStream {
            let closing = out.count
            out += Data("xref\(eol)0 0\(eol)trailer\(eol)<< \(trailer) /Prev \(table) /XRefStm \(x) >>\(eol)startxref\(eol)\(closing)\(eol)%%EOF".utf8)
        }
        return out
    }

    func content(_ lines: [String]) -> String {
        lines.enumerated().map { "BT /F1 \($0.offset == 0 ? 28 : 16) Tf 120 \(480 - 50 * $0.offset) Td (\($0.element)) Tj ET" }
            .joined(separator: "\n") + (drawing.isEmpty ? "" : "\n" + drawing)
    }

    /// Appends an incremental update: new objects (number → body), a new info dictionary when given, and a table
    /// whose /Prev points at the file's last one.
    static func appendingUpdate(to original: Data, objects: [Int: String], info: String?, lineEnd: String = "\n") -> Data {
        let text = String(decoding: original, as: UTF8.self)
        let prev = text.range(of: "startxref", options: .backwards).map {
            Int(text[$0.upperBound...].drop { !$0.isNumber }.prefix { $0.isNumber }) ?? 0
        } ?? 0
        let size = text.ranges(of: "/Size ").compactMap { Int(text[$0.upperBound...].prefix { $0.isNumber }) }.max() ?? 0
        var all = objects
        if let info { all[infoNumber] = info }
        var out = original
        if out.last != 0x0A && out.last != 0x0D { out += Data(lineEnd.utf8) }
        var offsets: [(Int, Int)] = []
        for (number, body) in all.sorted(by: { $0.key < $1.key }) {
            offsets.append((number, out.count))
            out += Data("\(number) 0 obj\(lineEnd)\(body)\(lineEnd)endobj\(lineEnd)".utf8)
        }
        let table = out.count
        out += Data("xref\(lineEnd)".utf8)
        for (number, at) in offsets { out += Data("\(number) 1\(lineEnd)\(pad(at)) 00000 n \(lineEnd)".utf8) }
        let newSize = max(size, (all.keys.max() ?? 0) + 1)
        out += Data("trailer\(lineEnd)<< /Size \(newSize) /Root 1 0 R /Info \(infoNumber) 0 R /Prev \(prev) >>\(lineEnd)startxref\(lineEnd)\(table)\(lineEnd)%%EOF\(lineEnd)".utf8)
        return out
    }

    /// A page that draws the original content and an overlay painted over the hours (what a forger appends).
    static func overlay(_ text: String, overlayNumber: Int) -> [Int: String] {
        [pageNumber: "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] /Resources << /Font << /F1 5 0 R >> >> /Contents [4 0 R \(overlayNumber) 0 R] >>",
         overlayNumber: stream("q 1 1 1 rg 110 320 400 30 re f Q BT /F1 16 Tf 120 330 Td (\(text)) Tj ET")]
    }

    static func info(producer: String, creator: String?, created: String, modified: String?) -> String {
        var parts = ["/Producer \(string(producer))"]
        if let creator { parts.append("/Creator \(string(creator))") }
        parts.append("/CreationDate (\(created))")
        if let modified { parts.append("/ModDate (\(modified))") }
        return "<< " + parts.joined(separator: " ") + " >>"
    }

    /// ASCII as a literal string; anything else as UTF-16BE hex with a byte-order mark, as Word writes ®.
    static func string(_ s: String) -> String {
        guard !s.allSatisfy(\.isASCII) else { return "(\(s))" }
        return "<FEFF" + s.utf16.map { String(format: "%04X", $0) }.joined() + ">"
    }

    static func stream(_ s: String) -> String { "<< /Length \(s.utf8.count) >>\nstream\n\(s)\nendstream" }

    static func pad(_ n: Int) -> String { String(repeating: "0", count: max(0, 10 - String(n).count)) + "\(n)" }

    /// Runs qpdf (Debian's, installed by .ci/install-deps) on bytes; nil when qpdf is not installed.
    static func qpdf(_ data: Data, _ arguments: [String]) -> (status: Int32, output: Data)? {
        guard let tool = ["/usr/bin/qpdf", "/usr/local/bin/qpdf"].first(where: FileManager.default.isExecutableFile) else { return nil }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-qpdf-\(UUID().uuidString)")
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let input = dir.appendingPathComponent("in.pdf"), output = dir.appendingPathComponent("out.pdf")
        guard (try? data.write(to: input)) != nil else { return nil }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = arguments.map { $0 == "IN" ? input.path : $0 == "OUT" ? output.path : $0 }
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return nil }
        p.waitUntilExit()
        return (p.terminationStatus, (try? Data(contentsOf: output)) ?? Data())
    }
}
