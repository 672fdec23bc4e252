import Foundation
import Testing
import XueshiCore
@testable import XueshiOCR
import XueshiRead

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// A born-digital certificate rendered as a scanner would see it.
func renderedCertificate() throws -> PixelImage {
    let data = try Data(contentsOf: repoRoot.appendingPathComponent("corpus/samples/继续教育材料-71.pdf"))
    return try #require(PageRenderer.render(pdf: data, page: 0, dpi: 200, grey: true))
}

enum Engines {
    static let tesseract: TesseractEngine? = try? TesseractEngine(workers: 1)
    static let ppocr: PPOCREngine? = try? PPOCREngine(workers: 1)
}

@Suite(.serialized) struct EngineTests {
    @Test(.enabled(if: Engines.tesseract != nil)) func tesseractReadsARenderedCertificate() throws {
        let lines = try Engines.tesseract!.recognize(try renderedCertificate(), singleLine: false)
        let text = lines.map { OCRText.clean($0.text).text }.joined(separator: "\n")
        #expect(text.contains("学时"), "\(text)")
        #expect(text.contains("40"))
        for l in lines { #expect(l.score >= 0 && l.score <= 1); #expect(l.charBoxes?.count == l.text.count) }
    }

    @Test(.enabled(if: Engines.ppocr != nil)) func ppocrReadsARenderedCertificate() throws {
        let lines = try Engines.ppocr!.recognize(try renderedCertificate(), singleLine: false)
        let text = lines.map(\.text).joined(separator: "\n")
        #expect(text.contains("宣城市专业技术人员培训中心"), "\(text)")
        #expect(lines.allSatisfy { $0.box.width > 0 && $0.score > 0 && $0.score <= 1 })
    }

    @Test(.enabled(if: Engines.ppocr != nil)) func aDeadWorkerIsReplaced() throws {
        let engine = Engines.ppocr!
        _ = try engine.recognize(try renderedCertificate(), singleLine: false)
        // Killed from outside (as the OOM killer would); the engine notices on its next page.
        for worker in engine.pool.all() { kill(worker.process.processIdentifier, SIGKILL) }
        Thread.sleep(forTimeInterval: 0.3)
        let lines = try engine.recognize(try renderedCertificate(), singleLine: false)
        #expect(!lines.isEmpty)
    }

    @Test(.enabled(if: Engines.ppocr != nil)) func settingsReachTheProcessAndReadTheSame() throws {
        // Two threads, another detection side and rapidocr's own recognition batch: given on the process's
        // command line, and the page reads alike.
        let settings = PPOCRSettings(threads: 2, maxSide: 960, recognitionBatch: 6)
        let engine = try PPOCREngine(workers: 1, settings: settings)
        let lines = try engine.recognize(try renderedCertificate(), singleLine: false)
        #expect(lines.map(\.text).joined().contains("宣城市专业技术人员培训中心"))
        let worker = try #require(engine.pool.all().first)
        #expect(Array(worker.process.arguments?.suffix(3) ?? []) == ["2", "960", "6"])
        #expect(PPOCRSettings(threads: 0, maxSide: 10, recognitionBatch: 0)
                == PPOCRSettings(threads: 1, maxSide: 320, recognitionBatch: 1), "clamped")
        engine.shutdown()
        #expect(!worker.process.isRunning, "shutdown waits for the process to end")
    }

    @Test(.enabled(if: Engines.ppocr != nil)) func aBlankPageReadsAsNothing() throws {
        let blank = PixelImage(width: 400, height: 300, channels: 1, pixels: [UInt8](repeating: 255, count: 400 * 300), scale: 1)
        #expect(try Engines.ppocr!.recognize(blank, singleLine: false).isEmpty)
    }
}
