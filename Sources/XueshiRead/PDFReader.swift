import CPoppler
import Foundation
import XueshiCore
import XueshiOCR

/// Opens a PDF with poppler-glib from memory and turns each page into positioned lines; seals, codes, OCR and
/// logos then run through the same page source as every other format (PopplerPages, PageAnalysis).
/// Poppler objects are not Sendable: everything is opened and released within one call, so `read` may run on
/// several threads at once (each with its own document); the only shared poppler state is set up by PopplerRuntime.
enum PDFReader {
    static func read(data: Data, options: ReadOptions) -> Result<Document, ReadError> {
        let sections = RevisionScanner.sections(data)
        let revisions = sections.isEmpty ? RevisionCounter.count(data) : sections.count
        return withDocument(data) { document -> Result<Document, ReadError> in
            let (source, hugeImage) = PopplerPages.open(document, data: data, options: options)
            let pageCount = source.pageCount
            guard pageCount > 0 else { return .failure(.corrupt("：文档没有任何页面")) }
            var result = Document(format: .pdf, pages: PageAnalysis.pages(source, options: options),
                                  metadata: metadata(document), byteCount: data.count, revisions: revisions)
            if let image = hugeImage {
                result.limits.append(.undrawnPages(width: image.width, height: image.height, limit: options.maxImagePixels))
            }
            result.pageCount = pageCount
            result.revisionSections = sections
            result.signatures = SignatureReader.read(document, data: data)
            PageAnalysis.run(source, on: &result, options: options)
            return .success(result)
        }.flatMap { $0 }
    }

    /// A PDF held in memory opened with poppler for `body`, and released after it: the one place a poppler
    /// document is made from bytes (reading, drawing a page, rendering for tools).
    static func withDocument<T>(_ data: Data, _ body: (OpaquePointer) -> T) -> Result<T, ReadError> {
        // Poppler's process-wide state is built once, before any thread's first document (see PopplerRuntime).
        PopplerRuntime.ensureReady()
        return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<T, ReadError> in
            guard let base = raw.baseAddress, raw.count > 0 else { return .failure(.empty) }
            // Static bytes: poppler reads the Data's storage in place, which outlives the document inside this closure.
            guard let bytes = g_bytes_new_static(base, gsize(raw.count)) else { return .failure(.unreadable("内存不足")) }
            defer { g_bytes_unref(bytes) }
            var error: UnsafeMutablePointer<GError>? = nil
            guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
                defer { if error != nil { g_error_free(error) } }
                return .failure(mapOpenError(error))
            }
            defer { g_object_unref(UnsafeMutableRawPointer(document)) }
            return .success(body(document))
        }
    }

    static func mapOpenError(_ error: UnsafeMutablePointer<GError>?) -> ReadError {
        guard let e = error?.pointee else { return .corrupt() }
        if e.domain == poppler_error_quark() && e.code == Int32(POPPLER_ERROR_ENCRYPTED.rawValue) { return .encrypted }
        return .corrupt()
    }

    // MARK: - Pages

    /// Page `index` as positioned text; past `maxGlyphs` glyphs the rest of its text layer is left out (and
    /// counted in `glyphsLeftOut`).
    static func readPage(_ document: OpaquePointer, index: Int, maxGlyphs: Int = ReadOptions().maxGlyphsPerPage) -> Page {
        guard let number = Int32(exactly: index), let page = poppler_document_get_page(document, number) else {
            return Page(number: index + 1, width: 0, height: 0, blocks: [], textSource: .none)
        }
        defer { g_object_unref(UnsafeMutableRawPointer(page)) }
        var width = 0.0, height = 0.0
        poppler_page_get_size(page, &width, &height)
        if !width.isFinite || width < 0 { width = 0 }
        if !height.isFinite || height < 0 { height = 0 }

        let attributes = TextAttributes(page)
        var (glyphs, counter, text, leftOut) = extractGlyphs(page, width: width, height: height, maxGlyphs: maxGlyphs)
        attributes.markRed(&glyphs)
        let ratio = counter.ratio(cidCharacters: CIDText.count(in: text)) { attributes.hasCJKFont }
        let garbled = ratio >= GarbleCounter.threshold
        let blocks = PageLayout(width: width, height: height).blocks(from: glyphs)
        let source: TextSource = blocks.isEmpty || garbled ? .none : .textLayer
        var out = Page(number: index + 1, width: width, height: height, blocks: blocks, textSource: source,
                       garbled: garbled, garbledRatio: ratio, imageCoverage: imageCoverage(page, width: width, height: height))
        out.glyphsLeftOut = leftOut
        return out
    }

    /// Pairs poppler's page text with its per-character rectangles. Whitespace and controls are left out (the
    /// layout puts spaces back where the gaps are); glyphs off the page are invisible and dropped. Only the first
    /// `maxGlyphs` glyphs, in poppler's order, are kept (the layout after them costs time out of all proportion
    /// to what a certificate prints); `leftOut` counts the characters past them.
    static func extractGlyphs(_ page: OpaquePointer, width: Double, height: Double,
                              maxGlyphs: Int = ReadOptions().maxGlyphsPerPage)
        -> (glyphs: [Glyph], counter: GarbleCounter, text: String, leftOut: Int) {
        var counter = GarbleCounter()
        guard let cText = poppler_page_get_text(page) else { return ([], counter, "", 0) }
        defer { g_free(cText) }
        let text = String(cString: cText)
        var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
        var rectCount: guint = 0
        let haveLayout = poppler_page_get_text_layout(page, &rects, &rectCount) != 0
        defer { g_free(rects) }
        guard haveLayout, let rects else { return ([], counter, text, 0) }

        let cap = max(0, maxGlyphs)
        var glyphs: [Glyph] = []
        var leftOut = 0
        glyphs.reserveCapacity(min(Int(rectCount), cap))
        var line = 0
        var pendingSpace = false
        var i = 0
        let n = Int(rectCount)
        for scalar in text.unicodeScalars {
            // Rectangles match the text one to one; a mismatch (invalid UTF-8 repaired) only loses the tail.
            guard i < n else { break }
            let r = rects[i]
            let offset = i
            i += 1
            if scalar == "\n" { line += 1; pendingSpace = true; continue }
            if scalar.isLayoutSpace { pendingSpace = true; continue }
            guard glyphs.count < cap else { leftOut += 1; continue }
            counter.add(scalar)
            if scalar.isDroppedControl { continue }
            let x0 = min(r.x1, r.x2), x1 = max(r.x1, r.x2), y0 = min(r.y1, r.y2), y1 = max(r.y1, r.y2)
            guard x0.isFinite, x1.isFinite, y0.isFinite, y1.isFinite,
                  x1 > 0, y1 > 0, x0 < width, y0 < height else { continue }
            let box = Box(x0: max(x0, 0), y0: max(y0, 0), x1: min(x1, width), y1: min(y1, height))
            glyphs.append(Glyph(scalar: scalar, box: box, sourceLine: line, spaceBefore: pendingSpace, textOffset: offset))
            pendingSpace = false
        }
        return (glyphs, counter, text, leftOut)
    }

    static func pageHasCJKFont(_ page: OpaquePointer) -> Bool { TextAttributes(page).hasCJKFont }

    /// The page's runs of text attributes (font name, colour), copied out of poppler's list.
    struct TextAttributes {
        struct Run { var start: Int; var end: Int; var red: Bool; var font: String }
        var runs: [Run] = []

        init(_ page: OpaquePointer) {
            guard let list = poppler_page_get_text_attributes(page) else { return }
            defer { poppler_page_free_text_attributes(list) }
            var node: UnsafeMutablePointer<GList>? = list
            while let current = node {
                if let data = current.pointee.data {
                    let a = data.assumingMemoryBound(to: PopplerTextAttributes.self).pointee
                    let r = Double(a.color.red) / 65535, g = Double(a.color.green) / 65535, b = Double(a.color.blue) / 65535
                    runs.append(Run(start: Int(a.start_index), end: Int(a.end_index),
                                    red: r >= 0.5 && r - max(g, b) >= 0.3,
                                    font: a.font_name.map { String(cString: $0) } ?? ""))
                }
                node = current.pointee.next
            }
        }

        var hasCJKFont: Bool { runs.contains { FontNames.isCJK($0.font) } }

        /// Marks glyphs drawn in red; runs are in text order, as the glyphs are.
        func markRed(_ glyphs: inout [Glyph]) {
            var k = 0
            for i in glyphs.indices {
                let offset = glyphs[i].textOffset
                while k < runs.count && runs[k].end < offset { k += 1 }
                guard k < runs.count else { break }
                if runs[k].start <= offset && runs[k].red { glyphs[i].red = true }
            }
        }
    }

    /// Area of the page's images over the page area, capped at 1 (overlapping images may add up past it).
    static func imageCoverage(_ page: OpaquePointer, width: Double, height: Double) -> Double {
        guard width > 0, height > 0, let list = poppler_page_get_image_mapping(page) else { return 0 }
        defer { poppler_page_free_image_mapping(list) }
        var area = 0.0
        var node: UnsafeMutablePointer<GList>? = list
        while let current = node {
            if let data = current.pointee.data {
                let r = data.assumingMemoryBound(to: PopplerImageMapping.self).pointee.area
                let w = min(max(r.x1, r.x2), width) - max(min(r.x1, r.x2), 0)
                let h = min(max(r.y1, r.y2), height) - max(min(r.y1, r.y2), 0)
                if w.isFinite, h.isFinite, w > 0, h > 0 { area += w * h }
            }
            node = current.pointee.next
        }
        return min(1, area / (width * height))
    }

    // MARK: - Metadata

    static func metadata(_ document: OpaquePointer) -> DocumentMetadata {
        var m = DocumentMetadata()
        m.title = take(poppler_document_get_title(document))
        m.author = take(poppler_document_get_author(document))
        m.subject = take(poppler_document_get_subject(document))
        m.keywords = take(poppler_document_get_keywords(document))
        m.creator = take(poppler_document_get_creator(document))
        m.producer = take(poppler_document_get_producer(document))
        m.creationDate = date(poppler_document_get_creation_date_time(document))
        m.modificationDate = date(poppler_document_get_modification_date_time(document))
        if let xmp = take(poppler_document_get_metadata(document)) {
            m.xmp = xmp
            let dates = XMPParser.dates(xmp)
            m.xmpCreateDate = dates.create
            m.xmpModifyDate = dates.modify
        }
        return m
    }

    /// Takes ownership of a g_malloc'd string; empty strings read as absent.
    static func take(_ p: UnsafeMutablePointer<gchar>?) -> String? {
        guard let p else { return nil }
        defer { g_free(p) }
        let s = String(cString: p).trimmingCharacters(in: .whitespacesAndNewlines.union(.controlCharacters))
        return s.isEmpty ? nil : s
    }

    static func date(_ dt: OpaquePointer?) -> Date? {
        guard let dt else { return nil }
        defer { g_date_time_unref(dt) }
        return Date(timeIntervalSince1970: Double(g_date_time_to_unix(dt)) + Double(g_date_time_get_microsecond(dt)) / 1e6)
    }
}
