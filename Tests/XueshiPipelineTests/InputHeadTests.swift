import Foundation
import Testing
import XueshiPipeline

/// The glance that decides whether OCR is started before the first file is read: photos and scanned PDFs yes,
/// born-digital PDFs and things that only claim to be images no, and nothing that is not a regular file is opened.
struct InputHeadTests {
    @Test func photosAndScansLookScannedBornDigitalDoesNot() {
        #expect(InputHead.looksScanned(InputPath(repo("corpus/samples/IMG_20221230_124415.jpg"))))
        #expect(InputHead.looksScanned(InputPath(repo("corpus/samples/扫描件6.pdf"))))
        #expect(!InputHead.looksScanned(InputPath(repo("corpus/samples/继续教育材料-71.pdf"))))
        #expect(!InputHead.isImage(InputPath(repo("corpus/samples/扫描件6.pdf"))))
    }

    @Test func namesAndOddFilesDoNotFoolIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-head-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let fake = dir.appendingPathComponent("照片.jpg")
        try Data("not a picture at all".utf8).write(to: fake)
        #expect(!InputHead.looksScanned(InputPath(fake.path)))
        // A PDF naming an image but packing its objects in a stream (where fonts could hide) is not guessed a scan.
        let packed = dir.appendingPathComponent("packed.pdf")
        try Data("%PDF-1.7\n1 0 obj << /Type /ObjStm >> endobj\n2 0 obj << /Subtype /Image >> endobj\n".utf8).write(to: packed)
        #expect(!InputHead.looksScanned(InputPath(packed.path)))
        let fifo = dir.appendingPathComponent("fifo.jpg")
        #expect(mkfifo(fifo.path, 0o600) == 0)
        #expect(!InputHead.looksScanned(InputPath(fifo.path)), "a FIFO is not opened (it would block)")
        #expect(!InputHead.looksScanned(InputPath(dir.appendingPathComponent("missing.jpg").path)))
    }
}
