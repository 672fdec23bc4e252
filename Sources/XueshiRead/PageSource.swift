import XueshiCore

/// One opened document as the read stage sees it, whatever its format: each page's positioned text, where its
/// pictures lie, and the page (or a region of it) drawn at a resolution. Seals, QR codes, OCR and logos work
/// through this alone (`PageAnalysis`), so PDF and OFD are two implementations of it and nothing downstream asks
/// which one it had.
///
/// Sources hold C handles (poppler documents, FreeType faces) that are not Sendable: a source is opened, used and
/// released within one read call, and what leaves it are value types.
protocol PageSource {
    /// Pages the document has.
    var pageCount: Int { get }
    /// Page `index` (0-based) as positioned text: blocks of lines with boxes in points, origin top-left, its
    /// size, where its text came from, garbling and how much of it images cover.
    func textPage(_ index: Int) -> Page
    /// Rectangles of the page's raster images, in points, origin top-left.
    func imageBoxes(_ index: Int) -> [Box]
    /// The page, or the part of it inside `region` (points, origin top-left), drawn at `dpi` on white; nil when
    /// it cannot be drawn (no size, too many pixels).
    func render(_ index: Int, dpi: Double, grey: Bool, region: Box?) -> PixelImage?
}

extension PageSource {
    func render(_ index: Int, dpi: Double, grey: Bool) -> PixelImage? { render(index, dpi: dpi, grey: grey, region: nil) }
}
