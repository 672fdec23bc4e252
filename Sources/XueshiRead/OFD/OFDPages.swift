import Foundation
import XueshiCore

/// An OFD document as a page source: text from its TextCode runs, pictures from its image objects, pages drawn
/// by `OFDRenderer` with the signatures' seal pictures stamped where their StampAnnot puts them (an electronic
/// seal's picture lives in the signature, not on the page, so without the stamps no red seal would be drawn).
struct OFDPages: PageSource {
    let package: OFDPackage
    let stamps: [OFDStampPicture]
    /// The document's signatures, read with the package (the stamps come from them).
    var signatures: [SignatureInfo] = []
    /// Fonts measured once for all pages.
    let metrics: OFDFontMetrics
    /// The read's limits: glyphs of one page's text, pixels of a drawn page and of each picture on it.
    let options: ReadOptions

    init(package: OFDPackage, stamps: [OFDStampPicture], signatures: [SignatureInfo] = [], options: ReadOptions = .init()) {
        self.package = package; self.stamps = stamps; self.signatures = signatures; self.options = options
        metrics = OFDFontMetrics(package: package)
    }

    var pageCount: Int { package.pages.count }

    func textPage(_ index: Int) -> Page {
        guard package.pages.indices.contains(index) else {
            return Page(number: index + 1, width: 0, height: 0, blocks: [], textSource: .none)
        }
        return OFDReader.page(package.pages[index], in: package, metrics: metrics, maxGlyphs: options.maxGlyphsPerPage)
    }

    /// Image objects' boxes in points: the unit square through each one's transform.
    func imageBoxes(_ index: Int) -> [Box] {
        guard package.pages.indices.contains(index) else { return [] }
        let page = package.pages[index]
        let k = OFDPage.pointsPerMM
        var out: [Box] = []
        for (i, object) in page.objects.enumerated() where page.annotationStart.map({ i < $0 }) ?? true {
            guard case .image(let image) = object else { continue }
            let b = image.transform.unitSquareBounds
            let x0 = (b.x0 - page.box.x) * k, x1 = (b.x1 - page.box.x) * k
            let y0 = (b.y0 - page.box.y) * k, y1 = (b.y1 - page.box.y) * k
            guard x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite, x1 > x0, y1 > y0 else { continue }
            out.append(Box(x0: x0, y0: y0, x1: x1, y1: y1))
        }
        return out
    }

    func render(_ index: Int, dpi: Double, grey: Bool, region: Box?) -> PixelImage? {
        guard package.pages.indices.contains(index) else { return nil }
        // A seal whose picture is itself an OFD document draws that document's first page.
        let options = self.options
        return OFDRenderer.render(package.pages[index], package: package, dpi: dpi, grey: grey, region: region,
                                  stamps: stamps.filter { $0.page == index },
                                  openNested: { try? OFDReader.parse(data: $0, maxPages: 1, limits: OFDLimits(options)) },
                                  limits: OFDDrawLimits(options))
    }
}
