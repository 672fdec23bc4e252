import CPoppler
import Foundation

/// Process-wide poppler state, set up once before any document is read, so that reads on several threads at once
/// only touch their own document's objects plus shared state that already exists and is only read (or is guarded
/// inside poppler).
///
/// What poppler-glib 22.12 keeps per process, as met by a read (PDFReader), and how each is settled:
/// - `globalParams` (text encodings, CMap and CID-to-Unicode caches, the scan of /usr/share/poppler). Every
///   `poppler_document_new_*` takes a reference through `GlobalParamsIniter`; when the last open document closes it is
///   destroyed, and the next open builds it again. Creation and destruction run under poppler's own mutex, but with
///   two threads the process-wide object was torn down and rebuilt hundreds of times a batch, between and around the
///   other thread's documents. The pinned document below holds one reference for the life of the process: it is
///   built once and never destroyed while reads run. It also saves the rebuild, about 1 ms a read (poppler's part of
///   a one-page certificate went from 1.3 to 0.3 ms).
/// - `GfxState::sRGBProfile` and `GfxState::XYZProfile`, static `std::shared_ptr`s of LittleCMS profiles, are filled
///   by the first `GfxState` constructor with an unguarded `if (!ptr) ptr = …`: two threads displaying their first
///   page at the same moment write the same shared_ptr at once. Displaying a page here builds them first; afterwards
///   they are only read.
/// - The FreeType library of CairoOutputDev (`std::call_once`) and the GObject types of PopplerDocument and
///   PopplerPage (`g_once`) are guarded already; they are built here too, so no first-use work is left for threads.
/// Everything else a read creates (PDFDoc, XRef, Catalog, TextOutputDev, CairoImageOutputDev) belongs to that read's
/// document. No lock is held during reads.
///
/// Cost: one tiny in-memory document is kept open for the life of the process; the first read pays about 1 ms to
/// open it.
enum PopplerRuntime {
    private final class Pin: @unchecked Sendable {
        let document: OpaquePointer?
        init(document: OpaquePointer?) { self.document = document }
        // Never released: releasing would let globalParams be torn down again.
    }

    /// Swift runs a global's initialiser exactly once, under `swift_once`, whichever thread gets here first.
    private static let pin: Pin = {
        // Before the first document: poppler's complaints go to the debug log, not the terminal.
        PopplerMessages.install()
        let pdf = warmUpPDF()
        let bytes = pdf.withUnsafeBytes { raw in g_bytes_new(raw.baseAddress, gsize(raw.count)) }
        defer { g_bytes_unref(bytes) }
        var error: UnsafeMutablePointer<GError>? = nil
        guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
            if error != nil { g_error_free(error) }
            return Pin(document: nil)
        }
        // One pass over every poppler call a read makes, so each lazily built static exists before threads race.
        if let page = poppler_document_get_page(document, 0) {
            if let text = poppler_page_get_text(page) { g_free(text) }
            var rects: UnsafeMutablePointer<PopplerRectangle>? = nil
            var count: guint = 0
            _ = poppler_page_get_text_layout(page, &rects, &count)
            g_free(rects)
            if let attributes = poppler_page_get_text_attributes(page) { poppler_page_free_text_attributes(attributes) }
            if let images = poppler_page_get_image_mapping(page) { poppler_page_free_image_mapping(images) }
            g_object_unref(UnsafeMutableRawPointer(page))
        }
        if let title = poppler_document_get_title(document) { g_free(title) }
        if let date = poppler_document_get_creation_date_time(document) { g_date_time_unref(date) }
        return Pin(document: document)
    }()

    /// Call before the first poppler call of a read. Cheap after the first time (one atomic load).
    static func ensureReady() { _ = pin }

    /// Whether the pinned document opened (false would mean poppler cannot read even a trivial PDF).
    static var isPinned: Bool { pin.document != nil }

    /// A one-page PDF with a line of Helvetica text and a date, built with correct xref offsets.
    static func warmUpPDF() -> Data {
        let content = "BT /F1 12 Tf 72 720 Td (xueshi) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 800] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)\nendstream",
            "<< /Title (warm-up) /CreationDate (D:20250101000000+08'00') >>",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, object) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(repeating: "0", count: 10 - String(o).count) + "\(o) 00000 n \n" }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R /Info 6 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }
}
