import Foundation
import XueshiCore

/// What drawing a document's pages found: red seals and QR codes / barcodes. Called by PageAnalysis on any page source.
///
/// Cost is kept small by drawing little: every page of a document of up to `allPagesLimit` pages, else its first
/// `headPages` and its last page, once at `sealDPI` in colour (seals); codes are then looked for only where the
/// page's content can hold one (`CodeCandidates`: loose ink shaped like a code, and images shaped like one), each
/// such region drawn alone at `codeDPI` in grey; the whole page at `scanDPI` (every other row and column) only for
/// scans (images over half the page) and pages whose loose ink is a background or a photo.
///
/// Measured before (release, 2 cores, a 1-page A4 certificate with a raster seal): zbar over the whole page at 72
/// and at 150 dpi was 36% of the CPU a document cost, drawing those pages 22% (`perf`, README's benchmark section).
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
        /// The colour drawings at `sealDPI` of the first `LogoText.pages`, by page index: LogoText looks for drawn
        /// words on them instead of drawing the page again (each drawing decodes the page's images again).
        var drawn: [Int: PixelImage] = [:]
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

            // Codes where the page's content puts loose ink (CodeCandidates), and in images shaped like one; the
            // whole page only for scans and pages whose loose ink is a background or a photo.
            // A seal's words (SealText) are red and laid out along the seal's box, not where their ink is.
            let text = pages[index].blocks.filter { !$0.isSeal }.flatMap { $0.lines.flatMap(\.glyphs) }
            let plan = CodeCandidates.plan(colour, text: text)
            // Kept only for the pages LogoText looks at.
            if index < LogoText.pages { result.drawn[index] = colour }
            var codes: [CodeInfo] = []
            // A picture of a seal is no code (a seal's image is often square and sized like one); a code drawn
            // inside a seal's ring is loose ink, found by the plan.
            let sealBoxes = result.seals.filter { $0.page == number }.map(\.box)
            let images = codeRegions(source.imageBoxes(index)).filter { b in
                !sealBoxes.contains { s in
                    // The seal's own picture: about the seal's size. A smaller picture inside the ring (the QR code
                    // of an electronic signature's seal) stays.
                    let ratio = (b.width * b.height) / max(1, s.width * s.height)
                    return s.overlapRatio(b) > 0.5 && ratio >= 0.5 && ratio <= 2.5
                }
            }
            for region in merged(plan.regions + images) {
                // First on the drawing at hand (a code large enough reads at 72 dpi, and a signature's stamp is
                // drawn there), then the region alone at `codeDPI`.
                // A wider margin there: at 72 dpi the region's pad is fewer pixels than a QR code's quiet zone.
                let wide = Box(x0: region.x0 - 12, y0: region.y0 - 12, x1: region.x1 + 12, y1: region.y1 + 12)
                if let crop = colour.cropped(to: wide) {
                    let found = CodeReader.decode(crop, page: number)
                    if !found.isEmpty { codes += found; continue }
                }
                guard let img = source.render(index, dpi: codeDPI, grey: true, region: region) else { continue }
                codes += CodeReader.decode(img, page: number)
            }
            if codes.isEmpty && (pages[index].imageCoverage > 0.5 || plan.wholePage),
               let img = source.render(index, dpi: scanDPI, grey: true) {
                codes += CodeReader.decode(img, page: number, density: 2)
            }
            for c in codes where !result.codes.contains(where: { $0.payload == c.payload && $0.page == c.page }) {
                result.codes.append(c)
            }
        }
        return result
    }

    /// Regions with those inside another dropped (an image is also loose ink), at most `CodeCandidates.maxRegions`.
    static func merged(_ regions: [Box]) -> [Box] {
        var out: [Box] = []
        for r in regions where !out.contains(where: { $0.x0 <= r.x0 + 1 && $0.y0 <= r.y0 + 1 && $0.x1 >= r.x1 - 1 && $0.y1 >= r.y1 - 1 }) {
            out.removeAll { r.x0 <= $0.x0 + 1 && r.y0 <= $0.y0 + 1 && r.x1 >= $0.x1 - 1 && r.y1 >= $0.y1 - 1 }
            out.append(r)
        }
        return Array(out.prefix(CodeCandidates.maxRegions))
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
