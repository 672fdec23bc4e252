import Foundation
import XueshiCore
import XueshiOCR

/// Which pages OCR reads (of any page source), and how its lines join the text layer.
///
/// - no text layer on a page mostly covered by images (a scan): OCR alone → `ocr`;
/// - a garbled text layer (fonts without ToUnicode): OCR replaces it → `ocr`;
/// - a scan with a thin text layer on it (a typed name or number stamped on an image): OCR lines that do not
///   overlap the text layer's are added → `mixed`;
/// - no text layer and no large image, but inked (words drawn as filled outlines, see `VectorInk`): OCR alone →
///   `ocr`, reason `outlined-text`.
enum PageOCR {
    /// A page whose text layer holds fewer characters than this, over an image covering most of the page, is
    /// read by OCR as well.
    static let thinTextLayer = 40

    static func reason(_ page: Page, ink: () -> Double? = { nil }) -> String? {
        if page.garbled { return "garbled" }
        if page.blocks.isEmpty {
            if page.imageCoverage > 0.3 { return "no-text-layer" }
            // Only textless pages are rendered to measure ink, so a born-digital page costs nothing here.
            return (ink() ?? 0) >= VectorInk.outlinedShare ? "outlined-text" : nil
        }
        let chars = page.blocks.reduce(0) { $0 + $1.lines.reduce(0) { $0 + $1.text.filter { !$0.isWhitespace }.count } }
        return page.imageCoverage >= 0.5 && chars < thinTextLayer ? "partial-text-layer" : nil
    }

    static func run(_ source: some PageSource, on result: inout Document, options: ReadOptions) {
        guard options.ocr != .off else { return }
        let wanted = result.pages.indices.compactMap { i in
            reason(result.pages[i], ink: { source.render(i, dpi: VectorInk.dpi, grey: true).map(VectorInk.share) }).map { (index: i, why: $0) }
        }
        guard !wanted.isEmpty else { return }
        let engine: any OCREngine
        switch OCREngines.engine(options.ocr, options: options) {
        case .success(let e): engine = e
        case .failure(let err):
            for (i, why) in wanted {
                result.pages[i].ocr = PageOCRInfo(engine: options.ocr.rawValue, meanScore: 0, quarterTurns: 0, skew: 0,
                                                  reason: why, seconds: 0, error: err.message)
            }
            return
        }
        // One budget for the file's pages and attempts together: a 300-page scan or a page of noise that reads
        // poorly three ways costs at most this, then the remaining pages say they were not read.
        let deadline = Date().addingTimeInterval(options.ocrSecondsPerFile)
        for (n, (i, why)) in wanted.enumerated() {
            let old = result.pages[i]
            let refusal = n >= options.maxOCRPages ? PageAnalysis.ocrPageLimitMessage + "（\(options.maxOCRPages) 页），未识别"
                : Date() >= deadline ? PageAnalysis.ocrBudgetMessage + "（\(Int(options.ocrSecondsPerFile)) 秒），未识别" : nil
            if let refusal {
                result.pages[i].ocr = PageOCRInfo(engine: engine.name, meanScore: 0, quarterTurns: 0, skew: 0, reason: why,
                                                  seconds: 0, error: refusal)
                continue
            }
            guard let image = source.render(i, dpi: OCRReader.dpi, grey: false) else { continue }
            let out = OCRReader.read(image, number: old.number, engine: engine, reason: why, deadline: deadline)
            var fresh = out.page
            fresh.garbledRatio = old.garbledRatio
            if why == "partial-text-layer" {
                // Only where OCR kept the page's own frame can its lines sit beside the text layer's.
                let sameFrame = (fresh.ocr?.quarterTurns ?? 0) % 4 == 0 && abs(fresh.ocr?.skew ?? 0) < 0.3
                if sameFrame {
                    let taken = old.lines.map(\.box)
                    var added: [Block] = []
                    for block in fresh.blocks {
                        let lines = block.lines.filter { l in !taken.contains { $0.overlapRatio(l.box) > 0.3 } }
                        if !lines.isEmpty { added.append(Block(lines: lines, box: Box.union(lines.map(\.box)) ?? block.box, isSeal: block.isSeal)) }
                    }
                    fresh = old
                    fresh.blocks = old.blocks + added
                    fresh.textSource = added.isEmpty ? .textLayer : .mixed
                    fresh.ocr = out.page.ocr
                } else {
                    fresh.textSource = .ocr
                }
            }
            result.pages[i] = fresh
            if !out.seals.isEmpty || out.page.ocr?.error == nil {
                result.seals.removeAll { $0.page == old.number }
                result.seals += out.seals.map { var s = $0; s.page = old.number; return s }
            }
            for c in out.codes where !result.codes.contains(where: { $0.payload == c.payload }) { result.codes.append(c) }
        }
        result.seals.sort { $0.page < $1.page }
    }
}
