import CPoppler
import Foundation
import XueshiCore
import XueshiOCR

/// A PDF opened with poppler-glib, as a page source. Borrows the document pointer: the caller (PDFReader) owns
/// it and keeps it alive while the source is used. Each call takes the page and releases it again (about a
/// microsecond: poppler caches pages).
struct PopplerPages: PageSource {
    /// Opened for reading or drawing under `options`: pages are drawn only when no image the file declares passes
    /// `maxImagePixels` (the image found, if one does).
    static func open(_ document: OpaquePointer, data: Data, options: ReadOptions) -> (PopplerPages, tooLarge: ImageHeader.Size?) {
        let largest = PDFImageScan.largest(data)
        let tooLarge = largest.flatMap { $0.decodedPixels > options.maxImagePixels ? $0 : nil }
        return (PopplerPages(document: document, options: options, drawable: tooLarge == nil), tooLarge)
    }

    let document: OpaquePointer
    /// The read's limits: pixels of one drawn page, glyphs of one page's text.
    var options = ReadOptions()
    /// False when the file holds an image past `options.maxImagePixels` (`PDFImageScan`): no page is drawn.
    var drawable = true

    var pageCount: Int { Int(poppler_document_get_n_pages(document)) }

    func textPage(_ index: Int) -> Page { PDFReader.readPage(document, index: index, maxGlyphs: options.maxGlyphsPerPage) }

    func imageBoxes(_ index: Int) -> [Box] {
        withPage(index) { page in
            guard let list = poppler_page_get_image_mapping(page) else { return [] }
            defer { poppler_page_free_image_mapping(list) }
            var out: [Box] = []
            var node: UnsafeMutablePointer<GList>? = list
            while let current = node {
                node = current.pointee.next
                guard let data = current.pointee.data else { continue }
                let r = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
                let box = Box(x0: min(r.x1, r.x2), y0: min(r.y1, r.y2), x1: max(r.x1, r.x2), y1: max(r.y1, r.y2))
                guard box.width.isFinite, box.height.isFinite, box.width > 0, box.height > 0 else { continue }
                out.append(box)
            }
            return out
        } ?? []
    }

    func render(_ index: Int, dpi: Double, grey: Bool, region: Box?) -> PixelImage? {
        guard drawable else { return nil }
        return withPage(index) { PageRenderer.render($0, dpi: dpi, grey: grey, region: region, maxPixels: options.maxPagePixels) } ?? nil
    }

    private func withPage<T>(_ index: Int, _ body: (OpaquePointer) -> T) -> T? {
        guard let number = Int32(exactly: index), number >= 0, let page = poppler_document_get_page(document, number) else { return nil }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        return body(page)
    }
}
