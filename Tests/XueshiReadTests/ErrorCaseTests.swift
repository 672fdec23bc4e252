import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// Bytes from a fixed-seed generator, so a failure reproduces.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

func randomBytes(_ count: Int, seed: UInt64) -> Data {
    var rng = SplitMix64(state: seed)
    return Data((0..<count).map { _ in UInt8.random(in: 0...255, using: &rng) })
}

func errorCode(_ result: Result<Document, ReadError>) -> String? {
    if case .failure(let error) = result { return error.code }
    return nil
}

/// A damaged file may be repaired (poppler rebuilds lost cross-reference tables) or refused as corrupt;
/// anything else, or a crash, is a bug.
func expectReadOrCorrupt(_ result: Result<Document, ReadError>, sourceLocation: SourceLocation = #_sourceLocation) {
    switch result {
    case .success(let document):
        #expect(document.format == .pdf, sourceLocation: sourceLocation)
        for line in document.pages.flatMap(\.lines) {
            #expect(line.text.count == line.glyphs.count, sourceLocation: sourceLocation)
        }
    case .failure(let error):
        #expect(error.code == "corrupt", sourceLocation: sourceLocation)
        #expect(!error.message.isEmpty, sourceLocation: sourceLocation)
    }
}

@Suite("Files that cannot be read")
struct ErrorCaseTests {
    @Test func emptyFile() {
        #expect(errorCode(DocumentReader.read(data: Data())) == "empty")
    }

    @Test func tooLarge() throws {
        var options = ReadOptions()
        options.maxBytes = 10_000
        let result = DocumentReader.read(data: try Samples.data("附件11.pdf"), options: options)
        guard case .failure(let error) = result else { Issue.record("read a file over the limit"); return }
        #expect(error.code == "too-large")
    }

    @Test func randomBytesBehindAPDFHeader() {
        for seed in UInt64(1)...20 {
            let data = Data("%PDF-1.7\n".utf8) + randomBytes(4096 + Int(seed) * 97, seed: seed)
            let result = DocumentReader.read(data: data)
            guard case .failure(let error) = result else { Issue.record("garbage read as a document"); continue }
            #expect(error.code == "corrupt")
        }
    }

    @Test func headerOnly() {
        let result = DocumentReader.read(data: Data("%PDF-1.4\n".utf8))
        #expect((try? result.get()) == nil)
        if case .failure(let error) = result { #expect(error.code == "corrupt") }
    }

    @Test(arguments: ["附件11.pdf", "附件1.pdf", "263614561b.pdf"])
    func pdfCutShort(_ name: String) throws {
        let whole = try Samples.data(name)
        for fraction in [0.5, 0.9, 0.1] {
            expectReadOrCorrupt(DocumentReader.read(data: whole.prefix(Int(Double(whole.count) * fraction))))
        }
    }

    @Test func garbledCrossReferenceIsRepairedOrRefused() throws {
        var bytes = [UInt8](try Samples.data("附件11.pdf"))
        let xref = Array("xref".utf8)
        // Overwrite every cross-reference table and the startxref offsets with junk digits.
        var i = 0
        while i + xref.count <= bytes.count {
            if Array(bytes[i..<(i + xref.count)]) == xref {
                for j in i..<min(i + 200, bytes.count) where bytes[j] >= 0x30 && bytes[j] <= 0x39 {
                    bytes[j] = UInt8(0x30 + (j * 7) % 10)
                }
                i += 200
            } else {
                i += 1
            }
        }
        let result = DocumentReader.read(data: Data(bytes))
        expectReadOrCorrupt(result)
        // Poppler rebuilds the table by scanning objects, so this one should still read.
        if case .success(let document) = result { #expect(findsPhrase("安徽省水利学会", in: document)) }
    }

    @Test func randomBytesInsideAValidFile() throws {
        let whole = try Samples.data("附件1.pdf")
        for seed in UInt64(1)...8 {
            var bytes = [UInt8](whole)
            var rng = SplitMix64(state: seed)
            for _ in 0..<200 { bytes[Int.random(in: 0..<bytes.count, using: &rng)] = UInt8.random(in: 0...255, using: &rng) }
            expectReadOrCorrupt(DocumentReader.read(data: Data(bytes)))
        }
    }

    @Test func encryptedWithUserPassword() throws {
        let result = DocumentReader.read(data: try Samples.fixture("encrypted-user-password.pdf"))
        #expect(errorCode(result) == "encrypted")
        if case .failure(let error) = result { #expect(error.message.contains("密码")) }
    }

    @Test func blankPage() throws {
        let data = MiniPDF(pages: [.init()]).data()
        let document = try DocumentReader.read(data: data).get()
        #expect(document.format == .pdf)
        #expect(document.pages.count == 1)
        #expect(document.pages[0].blocks.isEmpty)
        #expect(document.pages[0].textSource == .none)
        #expect(document.pages[0].imageCoverage == 0)
        #expect(document.pages[0].width == 595 && document.pages[0].height == 842)
        #expect(document.revisions == 1)
    }

    @Test func zeroPages() {
        let result = DocumentReader.read(data: MiniPDF(pages: []).data())
        #expect(errorCode(result) == "corrupt")
    }

    @Test func htmlAndTextAreNotDocuments() {
        let inputs = ["<!DOCTYPE html><html><body>证书</body></html>", "  <HTML>\n<head></head>", "继续教育学时证明：40学时\n", "{\"a\": 1}"]
        for input in inputs {
            guard case .failure(let error) = DocumentReader.read(data: Data(input.utf8)) else {
                Issue.record("read \(input)"); continue
            }
            #expect(error.code == "not-a-document")
        }
    }

    @Test func unknownBinaryIsNotADocument() {
        guard case .failure(let error) = DocumentReader.read(data: randomBytes(3000, seed: 99)) else {
            Issue.record("random bytes read"); return
        }
        #expect(error.code == "not-a-document")
    }

    @Test func zipWithoutOFDIsNotADocument() {
        let zip = Data([0x50, 0x4B, 0x03, 0x04]) + Data("word/document.xml".utf8) + randomBytes(200, seed: 5)
        guard case .failure(let error) = DocumentReader.read(data: zip) else { Issue.record("zip read"); return }
        #expect(error.code == "not-a-document")
    }

    @Test func ofdIsRecognised() throws {
        // Recognised as OFD and read as one: a document listing no page is a broken one, as a PDF without pages is.
        guard case .failure(let error) = DocumentReader.read(data: try Samples.fixture("minimal.ofd")) else {
            Issue.record("an OFD without pages read"); return
        }
        #expect(error.code == "corrupt")
    }

    @Test func imageHeadersGiveTheirSize() throws {
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + Data("IHDR".utf8)
        png += Data([0, 0, 0x04, 0xD9, 0, 0, 0x06, 0x24, 8, 2, 0, 0, 0])
        let tiff = Data([0x49, 0x49, 0x2A, 0, 8, 0, 0, 0, 2, 0,
                         0, 1, 3, 0, 1, 0, 0, 0, 0x20, 0x03, 0, 0,
                         1, 1, 4, 0, 1, 0, 0, 0, 0x58, 0x02, 0, 0, 0, 0, 0, 0])
        var webp = Data("RIFF".utf8) + Data([0, 0, 0, 0]) + Data("WEBPVP8X".utf8) + Data([10, 0, 0, 0, 0, 0, 0, 0])
        webp += Data([0x3F, 0x01, 0x00, 0xC7, 0x00, 0x00])
        for (data, size) in [(png, (1241.0, 1572.0)), (tiff, (800.0, 600.0)), (webp, (320.0, 200.0))] {
            let document = try DocumentReader.read(data: data, options: .textOnly).get()
            #expect(document.format == .image)
            #expect(document.pages.count == 1)
            #expect(document.pages[0].width == size.0 && document.pages[0].height == size.1)
        }
        // A cut-off JPEG is still an image; its size is unknown.
        let jpeg = try Samples.data("IMG_20221230_124415.jpg").prefix(4)
        #expect(try DocumentReader.read(data: jpeg, options: .textOnly).get().pages[0].width == 0)
        // With OCR on, a header with no picture behind it is a damaged file, not a blank page.
        if case .success = DocumentReader.read(data: png) { Issue.record("a header-only PNG read as a page") }
    }

    @Test func pdfHeaderAfterJunkIsStillAPDF() throws {
        let data = Data("Content-Type: application/pdf\r\n\r\n".utf8) + MiniPDF.hello()
        let document = try DocumentReader.read(data: data).get()
        #expect(findsPhrase("Hello fixture", in: document))
    }
}
