import Foundation
import Testing
import XueshiCheck
import XueshiCore
import XueshiPipeline

/// A classic cross-reference table of tens of thousands of entries is read whole and fast, and damage to it or to
/// the offsets it lists still shows.
@Suite struct LargeTableTests {
    /// A minimal valid PDF: a one-page document (one line of text) followed by `fillers` small objects, with a
    /// correct table.
    static func manyObjects(_ fillers: Int) -> Data {
        let text = "BT /F1 18 Tf 72 700 Td (Certificate of Completion) Tj ET"
        var bodies = ["<< /Type /Catalog /Pages 2 0 R >>",
                      "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                      "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                      "<< /Length \(text.utf8.count) >>\nstream\n\(text)\nendstream",
                      "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
        for i in 0..<fillers { bodies.append("(f\(i))") }
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, body) in bodies.enumerated() {
            offsets.append(out.count)
            out += Data("\(i + 1) 0 obj\n\(body)\nendobj\n".utf8)
        }
        let xref = out.count
        var table = "xref\n0 \(bodies.count + 1)\n0000000000 65535 f \n"
        table.reserveCapacity(20 * (bodies.count + 1) + 16)
        for o in offsets { table += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        out += Data(table.utf8)
        out += Data("trailer\n<< /Size \(bodies.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    @Test func fiftyThousandObjectsAreIntactAndCheckedFast() {
        let data = Self.manyObjects(50_000)
        let start = Date()
        #expect(PDFStructure.crossReferenceIntact(data))
        #expect(Date().timeIntervalSince(start) < 2)
        #expect(!scanner().scan(data: data, name: "many.pdf").report.flags.contains { $0.code == "repaired-file" })
    }

    /// Bytes inserted in the body move every object after them off its listed offset: the table no longer holds.
    @Test func shiftedOffsetsInALargeTableAreCaught() {
        var data = Self.manyObjects(50_000)
        let middle = data.range(of: Data("\n20000 0 obj".utf8))!.lowerBound
        data.insert(contentsOf: Data(repeating: 0x41, count: 37), at: middle)
        // startxref now lands 37 bytes short of the table too: point it back at the table so only the offsets are off.
        let text = String(decoding: data.suffix(64), as: UTF8.self)
        let old = text.split(separator: "\n").dropLast().last.map(String.init)!
        let fixed = String(Int(old)! + 37)
        let tail = data.range(of: Data("startxref\n\(old)".utf8), options: .backwards)!
        data.replaceSubrange(tail, with: Data("startxref\n\(fixed)".utf8))
        #expect(!PDFStructure.crossReferenceIntact(data))
        #expect(scanner().scan(data: data, name: "shifted.pdf").report.flags.contains { $0.code == "repaired-file" })
    }

    @Test func aPointerIntoTheMiddleOfALargeTableIsCaught() {
        var data = Self.manyObjects(50_000)
        let tail = data.range(of: Data("startxref\n".utf8), options: .backwards)!
        let digits = data[tail.upperBound...].prefix { $0 >= 0x30 && $0 <= 0x39 }
        let at = Int(String(decoding: digits, as: UTF8.self))! + 20 * 25_000 + 7
        data.replaceSubrange(tail.upperBound..<(tail.upperBound + digits.count), with: Data(String(at).utf8))
        #expect(!PDFStructure.crossReferenceIntact(data))
    }

    /// An incremental update after a large original: its short table is checked, and it stays intact.
    @Test func anUpdateAfterALargeTableIsIntact() {
        let original = Self.manyObjects(50_000)
        let data = ProducerPDF.appendingUpdate(to: original, objects: [7: "(changed)"], info: nil)
        #expect(PDFStructure.crossReferenceIntact(data))
    }
}
