import Foundation

/// A one-page PDF of Chinese lines, written from bytes (invented text, no real document): a Type0 font with
/// Identity-H codes that are the characters' UTF-16 units and a ToUnicode map back, so the text layer reads exactly
/// what the test wrote, whatever fonts the machine has.
struct ChinesePDF {
    struct Line {
        var text: String
        var size: Double
        var x: Double
        var y: Double
    }

    var lines: [Line]
    var width = 595.0
    var height = 842.0

    func data() -> Data {
        let used = Set(lines.flatMap { $0.text.utf16 }).sorted()
        // Latin letters and digits half as wide as Han characters, as a CJK font sets them.
        let font = "<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /Identity-H /DescendantFonts [6 0 R] /ToUnicode 8 0 R >>"
        let cid = "<< /Type /Font /Subtype /CIDFontType2 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor 7 0 R /DW 1000 /W [32 126 500] /CIDToGIDMap /Identity >>"
        let descriptor = "<< /Type /FontDescriptor /FontName /STSong-Light /Flags 4 /FontBBox [0 -200 1000 900] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 700 /StemV 80 >>"
        var cmap = "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n"
        for chunk in stride(from: 0, to: used.count, by: 100) {
            let part = used[chunk..<min(chunk + 100, used.count)]
            cmap += "\(part.count) beginbfchar\n" + part.map { "<\(hex($0))> <\(hex($0))>" }.joined(separator: "\n") + "\nendbfchar\n"
        }
        cmap += "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend"
        let content = lines.map { l in
            "BT /F1 \(l.size) Tf \(l.x) \(l.y) Td <" + l.text.utf16.map(hex).joined() + "> Tj ET"
        }.joined(separator: "\n")
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 \(width) \(height)] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
            stream(content),
            font, cid, descriptor, stream(cmap),
            "<< /Producer (xueshi test) /CreationDate (D:20250909100000+08'00') >>",
        ]
        var out = Data("%PDF-1.7\n%\u{E2}\u{E3}\u{CF}\u{D3}\n".utf8)
        var offsets: [Int] = []
        for (i, body) in objects.enumerated() {
            offsets.append(out.count)
            out += Data("\(i + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Data((String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n").utf8) }
        out += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info \(objects.count) 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    func stream(_ s: String) -> String { "<< /Length \(s.utf8.count) >>\nstream\n\(s)\nendstream" }

    func hex(_ u: UInt16) -> String {
        let h = String(u, radix: 16, uppercase: true)
        return String(repeating: "0", count: 4 - h.count) + h
    }
}
