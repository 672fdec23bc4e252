import Foundation
import XueshiCore

/// What drawing a document's pages found: red seals and QR codes / barcodes. Called by PageAnalysis on any page source.
///
/// Cost is kept small by rendering little: every page of a document of up to `allPagesLimit` pages, else its
/// first `headPages` and its last page, at `sealDPI` in colour (seals, and QR codes large enough to read at that
/// resolution, vector or raster); then, while no code is found, the regions of square-ish or barcode-shaped images
/// at `codeDPI` in grey, and the whole page at `scanDPI` in grey for the first page (thin barcodes) and for scans
/// (images over half the page).
///
/// Measured (release, 2 cores, 1-page A4 certificate): render at 72 dpi about 8 ms, seal search 1–3 ms, zbar at
/// 72 dpi 15–20 ms; render at 150 dpi grey 30–40 ms and zbar on it (every other line) 12–17 ms. zbar is the
/// larger part; `xueshi bench` shows the whole.
enum PageImages {
    static let allPagesLimit = 3
    static let headPages = 2
    static let sealDPI = 72.0
    static let codeDPI = 200.0
    static let scanDPI = 150.0

    struct Result {
        var seals: [SealInfo] = []
        var scannedPages: [Int] = []
        var codes: [CodeInfo] = []
    }

    /// Page indexes (0-based) to render, out of the `count` pages read.
    static func pagesToRender(count: Int) -> [Int] {
        guard count > 0 else { return [] }
        if count <= allPagesLimit { return Array(0..<count) }
        return Array(0..<headPages) + [count - 1]
    }

    static func scan(_ source: some PageSource, pages: [Page]) -> Result {
        var result = Result()
        for index in pagesToRender(count: pages.count) {
            let number = index + 1
            guard let colour = source.render(index, dpi: sealDPI, grey: false) else { continue }
            result.scannedPages.append(number)
            result.seals += SealFinder.find(in: colour, page: number)

            var codes = CodeReader.decode(colour, page: number)
            if codes.isEmpty {
                for region in codeRegions(source.imageBoxes(index)) {
                    guard let img = source.render(index, dpi: codeDPI, grey: true, region: region) else { continue }
                    codes += CodeReader.decode(img, page: number)
                }
            }
            // Scans, and the first page (barcodes with bars too thin to read at the seal resolution): the whole page
            // at `scanDPI`, every other row and column.
            if codes.isEmpty && (pages[index].imageCoverage > 0.5 || index == 0),
               let img = source.render(index, dpi: scanDPI, grey: true) {
                codes += CodeReader.decode(img, page: number, density: 2)
            }
            for c in codes where !result.codes.contains(where: { $0.payload == c.payload && $0.page == c.page }) {
                result.codes.append(c)
            }
        }
        return result
    }

    /// Images that could hold a code: square-ish (QR) or wide and short (barcodes), 12 mm to 110 mm on their long
    /// side, each padded by a quiet zone.
    static func codeRegions(_ images: [Box]) -> [Box] {
        var out: [Box] = []
        for box in images {
            let long = max(box.width, box.height), short = min(box.width, box.height)
            guard long >= 34, long <= 312, short >= 10 else { continue }
            let square = long / short <= 1.3
            let bar = box.width >= box.height && long / short <= 8
            guard square || bar else { continue }
            let pad = 6.0
            out.append(Box(x0: box.x0 - pad, y0: box.y0 - pad, x1: box.x1 + pad, y1: box.y1 + pad))
            if out.count >= 6 { break }
        }
        return out
    }
}
