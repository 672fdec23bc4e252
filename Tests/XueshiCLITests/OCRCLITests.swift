import Foundation
import Testing
import XueshiCore

@Suite(.serialized) struct OCRCLITests {
    /// A photo goes through OCR like a PDF through its text layer: one report, format image, text from OCR.
    @Test func scansAPhoto() throws {
        let r = try xueshi("scan", "--format", "json", "corpus/samples/IMG_20221230_124415.jpg")
        #expect(r.status == 0, "\(r.stderr)")
        let reports = try JSONDecoder().decode([Report].self, from: Data(r.stdout.utf8))
        #expect(reports.count == 1)
        #expect(reports[0].format == .image)
        // With no engine installed the report says so instead.
        if reports[0].textSource == .ocr {
            #expect(reports[0].mode == .academic)
        } else {
            #expect(reports[0].flags.contains { $0.code == "needs-ocr" })
        }
    }

    @Test func ocrOffLeavesScansUnread() throws {
        let r = try xueshi("scan", "--format", "json", "--ocr", "off", "corpus/samples/扫描件6.pdf")
        #expect(r.status == 0)
        let reports = try JSONDecoder().decode([Report].self, from: Data(r.stdout.utf8))
        #expect(reports[0].textSource == TextSource.none)
        #expect(reports[0].flags.contains { $0.code == "needs-ocr" })
        #expect(try xueshi("scan", "--ocr", "abbyy", "corpus/samples/扫描件6.pdf").status == 2)
    }

    @Test func aBrokenImageIsAnErrorNotACrash() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-img-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let photo = try Data(contentsOf: repoRoot.appendingPathComponent("corpus/samples/IMG_20221230_124415.jpg"))
        try photo.prefix(2000).write(to: dir.appendingPathComponent("cut.jpg"))
        let r = try xueshi("scan", "--format", "json", dir.appendingPathComponent("cut.jpg").path)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr)")
        let reports = try JSONDecoder().decode([Report].self, from: Data(r.stdout.utf8))
        #expect(reports.count == 1)
    }
}
