import CPoppler
import Foundation

/// Process-wide poppler state, set up once before any document is read, so that reads on several threads at once
/// only ever touch per-document objects and state that is already built.
///
/// What poppler-glib 22.12 keeps per process, and why each is settled here rather than under a lock:
/// - `globalParams` (text encodings, CMap and CID-to-Unicode caches, the poppler-data directory scan). Each
///   `poppler_document_new_*` takes a reference through `GlobalParamsIniter`; when the last document closes it is
///   destroyed, and the next open builds it again (about 1 ms each time: it rescans /usr/share/poppler). Creation
///   and destruction are under poppler's own mutex, but with two threads the object came and went hundreds of times
///   a batch while the other thread's fonts held references into its caches. The pinned document below holds one
///   reference for the life of the process, so it is built once and never torn down while reads run.
/// - `GfxState::sRGBProfile` and `GfxState::XYZProfile` (static `std::shared_ptr`s of LittleCMS profiles) are filled
///   by the first `GfxState` constructor with a plain `if (!ptr) ptr = …`, no lock: two first page displays at the
///   same moment write the same shared_ptr concurrently. Displaying one page here builds them before any thread does.
/// - The FreeType library of CairoOutputDev (a `std::call_once`) and the GObject types of PopplerDocument/PopplerPage
///   (`g_once`) are already guarded; they are built here too so concurrent reads start with nothing left to set up.
/// Everything a read creates afterwards (PDFDoc, XRef, Catalog, TextOutputDev, CairoImageOutputDev) belongs to that
/// read's document; the shared caches inside globalParams are under poppler's mutexes with atomic reference counts.
///
/// Costs: one tiny in-memory document (a few kilobytes) is kept open for the life of the process; the first read
/// pays about 1 ms to build it. Every later read saves the ~1 ms globalParams rebuild (measured: 1.3 → 0.3 ms for
/// poppler's part of a one-page certificate).
enum PopplerRuntime {
    private final class Pin: @unchecked Sendable {
        let document: OpaquePointer?
        init(document: OpaquePointer?) { self.document = document }
        // Never released: releasing would let globalParams be torn down again.
    }

    /// Swift runs a global's initialiser exactly once, under `swift_once`, whichever thread gets here first.
    private static let pin: Pin = {
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
