import Foundation

extension MiniPDF {
    /// A PDF of the given object bodies (object 1 the catalog) with a correct cross-reference table: for shapes
    /// `MiniPDF` does not write (signature fields, hostile numbers).
    static func raw(_ bodies: [String]) -> Data {
        var out = Data("%PDF-1.7\n".utf8)
        var offsets: [Int] = []
        for (i, body) in bodies.enumerated() {
            offsets.append(out.count)
            out += Data("\(i + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Data("xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Data((String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n").utf8) }
        out += Data("trailer\n<< /Size \(bodies.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    /// A one-page PDF with a signature field whose signature dictionary states `byteRange` (as written, e.g.
    /// "[0 9223372036854775807 9223372036854775807 10]"); the signature value itself is junk.
    static func signed(byteRange: String) -> Data {
        raw([
            "<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [5 0 R] /SigFlags 3 >> >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << >> /Contents 4 0 R /Annots [5 0 R] >>",
            "<< /Length 0 >>\nstream\n\nendstream",
            "<< /Type /Annot /Subtype /Widget /FT /Sig /T (Signature1) /F 4 /Rect [0 0 0 0] /P 3 0 R /V 6 0 R >>",
            "<< /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange \(byteRange) "
                + "/Contents <3082000130> /M (D:20250101000000Z) >>",
        ])
    }
}
