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
        LogoText.run(source, on: &document, options: options)
    }
}
