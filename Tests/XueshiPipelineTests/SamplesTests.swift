import Foundation
import Testing
import XueshiCore
import XueshiPipeline

@Suite struct SamplesTests {
    /// The shared samples that carry a text layer are read right, field by field.
    @Test func bornDigitalSamples() throws {
        let (e, _) = try evaluate(["corpus/samples"], render: ["born-digital"])
        #expect(e.documents == 9)
        #expect(e.modeAccuracy == 1)
        #expect(e.accuracy("hours") == 1)
        #expect(e.dateAccuracy == 1)
        #expect(e.accuracy("issuer") == 1)
        #expect(e.accuracy("holder") == 1)
        #expect(e.extraRate <= 0.02)
    }

    @Test func withoutOCRScannedSamplesSayTheyNeedItInsteadOfGuessing() throws {
        for name in ["扫描件6.pdf", "SCAN_20230930_5614.pdf", "IMG_20221230_124415.jpg"] {
            let r = scanner(ocr: .off).scan(file: repo("corpus/samples/\(name)")).report
            #expect(r.error == nil)
            #expect(r.flags.contains { $0.code == "needs-ocr" }, "\(name)")
            #expect(r.fields["hours"] == nil)
            #expect(r.confidence <= 0.1)
        }
    }

    @Test func noticeIsNotEvidence() {
        let r = scanner().scan(file: repo("corpus/samples/f8e311ba7b.pdf")).report
        #expect(r.mode == .unknown)
        #expect(r.flags.contains { $0.code == "not-evidence" })
        #expect(r.fields["hours"] == nil)
    }
}

@Suite struct GarbledTests {
    /// A text layer whose fonts lost their Unicode maps reads as noise: it is said, and nothing is taken from it.
    @Test func garbledTextLayerIsFlaggedAndIgnored() {
        let r = scanner(ocr: .off).scan(file: repo("corpus/broken/继续教育材料-乱码.pdf")).report
        #expect(r.error == nil)
        #expect(r.flags.contains { $0.code == "garbled-text" && $0.severity == .warning })
        #expect(r.textSource == .none)
        #expect(r.fields.isEmpty)
        #expect(r.confidence <= 0.1)
    }

    /// With OCR, the garbled page is read from its image instead, and the report still says why.
    @Test(.enabled(if: Pipeline.ocrAvailable(.auto))) func garbledTextLayerIsReadByOCR() {
        let r = scanner().scan(file: repo("corpus/broken/继续教育材料-乱码.pdf")).report
        #expect(r.textSource == .ocr)
        #expect(r.flags.contains { $0.code == "garbled-text" && $0.severity == .info })
        #expect(r.fields["hours"]?.value == .number(18))
        #expect(r.fields["issuer"]?.value == .string("安庆市人力资源和社会保障局"))
    }
}
