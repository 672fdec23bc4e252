import Foundation

/// Writes small, valid PDFs from bytes so tests need no fixture tools at run time.
struct MiniPDF {
    struct PageSpec {
        var width = 595.0
        var height = 842.0
        /// Content stream operators, e.g. "BT /F1 12 Tf 72 700 Td (Hi) Tj ET".
        var content = ""
        /// /Rotate, as a viewer that turns a page and saves it writes.
        var rotate = 0
        /// The MediaBox as written, when it is not `[0 0 width height]` (numbers no Double prints, e.g. 10^20).
        var mediaBox: String? = nil
    }

    var pages: [PageSpec]
    /// The font dictionary /F1 refers to.
    var font = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>"
    var info: [String: String] = [:]
    var xmp: String? = nil

    static func hello() -> Data {
        MiniPDF(pages: [PageSpec(content: "BT /F1 24 Tf 72 700 Td (Hello fixture) Tj ET")],
                info: ["Producer": "xueshi fixture"]).data()
    }

    func data() -> Data {
        // Object numbers: 1 catalog, 2 pages, 3 font, 4 info, 5 metadata, then page and content pairs.
        var objects: [Data] = []
        let kids = pages.indices.map { "\(6 + 2 * $0) 0 R" }.joined(separator: " ")
        let metadataRef = xmp == nil ? "" : " /Metadata 5 0 R"
        objects.append(Data("<< /Type /Catalog /Pages 2 0 R\(metadataRef) >>".utf8))
        objects.append(Data("<< /Type /Pages /Kids [\(kids)] /Count \(pages.count) >>".utf8))
        objects.append(Data(font.utf8))
        let infoEntries = info.sorted { $0.key < $1.key }.map { "/\($0.key) (\($0.value))" }.joined(separator: " ")
        objects.append(Data("<< \(infoEntries) >>".utf8))
        let packet = Data((xmp ?? "").utf8)
        objects.append(Data("<< /Type /Metadata /Subtype /XML /Length \(packet.count) >>\nstream\n".utf8) + packet
            + Data("\nendstream".utf8))
        for (i, page) in pages.enumerated() {
            let box = page.mediaBox ?? "[0 0 \(page.width) \(page.height)]"
            objects.append(Data(("<< /Type /Page /Parent 2 0 R /MediaBox \(box) /Rotate \(page.rotate) "
                + "/Resources << /Font << /F1 3 0 R >> >> /Contents \(7 + 2 * i) 0 R >>").utf8))
            let content = Data(page.content.utf8)
            objects.append(Data("<< /Length \(content.count) >>\nstream\n".utf8) + content + Data("\nendstream".utf8))
        }
        var out = Data("%PDF-1.4\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.count)
            out += Data("\(i + 1) 0 obj\n".utf8) + object + Data("\nendobj\n".utf8)
        }
        let xref = out.count
        out += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Data((String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n").utf8) }
        out += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 4 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// Appends an incremental update that replaces the info dictionary, as an editor saving changes does.
    static func appendingUpdate(to original: Data, producer: String) -> Data {
        let text = String(decoding: original, as: UTF8.self)
        let previous = text.range(of: "startxref\n", options: .backwards).map {
            Int(text[$0.upperBound...].prefix { $0.isNumber }) ?? 0
        } ?? 0
        let size = text.range(of: "/Size ").map { Int(text[$0.upperBound...].prefix { $0.isNumber }) ?? 0 } ?? 0
        var out = original
        let offset = out.count
        out += Data("4 0 obj\n<< /Producer (\(producer)) >>\nendobj\n".utf8)
        let xref = out.count
        let padded = String(repeating: "0", count: 10 - String(offset).count) + "\(offset)"
        out += Data("xref\n4 1\n\(padded) 00000 n \n".utf8)
        out += Data("trailer\n<< /Size \(size) /Root 1 0 R /Info 4 0 R /Prev \(previous) >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }
}
