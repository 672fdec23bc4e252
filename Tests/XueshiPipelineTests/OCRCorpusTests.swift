import Foundation
import Testing
import XueshiCore
import XueshiPipeline


/// Scans and photos, read with the default engine (PP-OCR). `scans/` was made from documents the specs were
/// tuned on; `scans-blind/` from the sealed blind pool, whose documents nobody tuning has read.
@Suite(.serialized) struct OCRCorpusTests {
    static let ppocr = Pipeline.ocrAvailable(.ppocr)
    static let tesseract = Pipeline.ocrAvailable(.tesseract)

    @Test(.enabled(if: OCRCorpusTests.ppocr)) func scannedPoolsHoldTheirBars() throws {
        let bars: [(pool: String, min: Int, mode: Double, hours: Double, dates: Double, issuer: Double)] = [
            ("corpus/scans", 20, 0.95, 0.8, 0.9, 0.7),
            // The issue's bars for scans it has never seen.
            ("corpus/scans-blind", 20, 0.8, 0.75, 0.7, 0.6),
        ]
        for b in bars {
            let (e, reports) = try evaluate([b.pool])
            #expect(e.documents >= b.min)
            #expect(e.modeAccuracy >= b.mode, "\(b.pool) mode \(e.modeAccuracy)")
            #expect(e.accuracy("hours") >= b.hours, "\(b.pool) hours \(e.accuracy("hours"))")
            #expect(e.dateAccuracy >= b.dates, "\(b.pool) dates \(e.dateAccuracy)")
            #expect(e.accuracy("issuer") >= b.issuer, "\(b.pool) issuer \(e.accuracy("issuer"))")
            #expect(e.extraRate <= 0.05, "\(b.pool) extra \(e.extraRate)")
            // OCR confidence stays honest.
            if e.highConfidence.reports >= 3 {
                #expect(e.highConfidence.accuracy >= 0.85, "\(b.pool) high \(e.highConfidence.accuracy)")
            }
            for r in reports {
                #expect(r.error == nil, "\(r.file)")
                #expect(r.textSource == .ocr, "\(r.file) \(r.textSource)")
                let data = try JSONEncoder().encode(r)
                #expect(try SchemaTests.schema.validate(data).isEmpty, "\(r.file)")
            }
        }
    }

    /// The fallback engine alone, on the shared samples' scans: it reads them, more roughly.
    @Test(.enabled(if: OCRCorpusTests.tesseract)) func tesseractReadsTheSampleScans() throws {
        var o = ScanOptions()
        o.read.ocr = .tesseract
        let pipeline = Pipeline(library: library, policies: policies, options: o)
        let r = pipeline.scan(file: repo("corpus/samples/扫描件6.pdf")).report
        #expect(r.textSource == .ocr)
        #expect(r.mode == .training)
        #expect(r.fields["hours"]?.value == .number(36))
        // The fitted OCR field model leaves room for a misread: never certain.
        #expect((r.fields["hours"]?.confidence ?? 1) < 0.99, "OCR alone is never certain")
    }

    @Test func withoutOCRAScanSaysItNeedsIt() throws {
        var o = ScanOptions()
        o.read.ocr = .off
        let pipeline = Pipeline(library: library, policies: policies, options: o)
        for f in ["corpus/samples/扫描件6.pdf", "corpus/samples/IMG_20221230_124415.jpg"] {
            let r = pipeline.scan(file: repo(f)).report
            #expect(r.flags.contains { $0.code == "needs-ocr" }, "\(f)")
            #expect(r.fields["hours"] == nil)
        }
    }
}
