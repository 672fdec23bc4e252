import Foundation
import XueshiCore

/// What every format's reader does once its pages are read as text, through the page source alone: red seals and
/// QR codes / barcodes on the drawn pages (PageImages), OCR of pages the text does not cover (PageOCR), and words
/// printed only as logos (LogoText).
enum PageAnalysis {
    /// Reads the first `options.maxPages` pages' text.
    static func pages(_ source: some PageSource, options: ReadOptions) -> [Page] {
        let count = min(source.pageCount, max(options.maxPages, 0))
        return (0..<max(count, 0)).map { source.textPage($0) }
    }

    static func run(_ source: some PageSource, on document: inout Document, options: ReadOptions) {
        let images = PageImages.scan(source, pages: document.pages)
        document.seals = images.seals
        document.sealScannedPages = images.scannedPages
        document.codes = images.codes
        PageOCR.run(source, on: &document, options: options)
        LogoText.run(source, on: &document, options: options, drawn: images.drawn)
        noteLimits(on: &document, options: options)
    }

    /// How PageOCR says a page was left unread for the OCR page limit ("超过 OCR 页数上限（20 页），未识别").
    static let ocrPageLimitMessage = "超过 OCR 页数上限"
    /// How PageOCR says a page was left unread once the file's OCR seconds were spent.
    static let ocrBudgetMessage = "超过每个文件的 OCR 时间预算"

    /// Records on the document the limits its reading ran into: pages past `maxPages`, pages whose text passed
    /// `maxGlyphsPerPage`, pages left without OCR past `maxOCRPages`.
    static func noteLimits(on document: inout Document, options: ReadOptions) {
        if let count = document.pageCount, count > document.pages.count {
            document.limits.append(.pages(read: document.pages.count, of: count))
        }
        let crowded = document.pages.filter { $0.glyphsLeftOut > 0 }.map(\.number)
        if !crowded.isEmpty { document.limits.append(.glyphs(limit: options.maxGlyphsPerPage, pages: crowded)) }
        let unread = document.pages.filter { $0.ocr?.error?.hasPrefix(ocrPageLimitMessage) == true }.map(\.number)
        if !unread.isEmpty { document.limits.append(.ocrPages(limit: options.maxOCRPages, unread: unread)) }
        let late = document.pages.filter { $0.ocr?.error?.hasPrefix(ocrBudgetMessage) == true }.map(\.number)
        if !late.isEmpty { document.limits.append(.ocrSeconds(limit: options.ocrSecondsPerFile, unread: late)) }
    }
}
