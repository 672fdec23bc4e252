import Foundation
import Testing
import XueshiCore

@Suite(.serialized) struct OCRCLITests {
    /// A photo goes through OCR like a PDF through its text layer: one report, format image, text from OCR.
    @Test func scansAPhoto() throws {
        // What is tested is the reading, not the bounds: on 2 cores beside the rest of the suite a 7 s photo has
        // been seen to run past the default 45 s (CI of 2026-12-03), so the bounds are loosened here.
        let tag = UUID().uuidString
        let r = try xueshi(["scan", "--format", "json", "--max-seconds", "300", "--max-ocr-seconds", "240",
                            "corpus/samples/IMG_20221230_124415.jpg"], environment: ["XUESHI_TEST_RUN": tag])
        // The batch's PP-OCR processes end with it, not a moment later (a harness watching the process tree saw
        // them outlive `scan`).
        #expect(processesTagged("XUESHI_TEST_RUN", tag) == [])
        #expect(r.status == 0, "\(r.stderr) \(r.stdout.prefix(400))")
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
