import XueshiOCR

/// Limits that keep one hostile or oversized file from stalling a batch, and the OCR engine to use.
/// Codable: a worker process is handed the options its parent was given (`XueshiWorker`).
public struct ReadOptions: Sendable, Codable, Equatable {
    /// Bytes per file (`--max-bytes-mb`).
    public var maxBytes = 50 << 20
    /// Pages past this many are not read; `Document.pageCount` still tells how many the file has.
    public var maxPages = 300
    /// `--ocr`: which engine reads scanned pages and images.
    public var ocr: OCRChoice = .auto
    /// Pages past this many are not OCR'd (a 300-page scan would take minutes); they stay unread and say so.
    public var maxOCRPages = 20
    /// Pixels of one decoded image (a photo, a picture inside a PDF or OFD), checked from its header before decoding.
    public var maxImagePixels = 60_000_000
    /// Pixels of one drawn page (for OCR, seals, codes), checked from the page size before drawing.
    public var maxPagePixels = 16_000_000
    /// Bytes one file may inflate to (OFD parts, compressed images), in all.
    public var maxDecompressedBytes = 256 << 20
    /// Glyphs read from one page's text layer; past it the rest of the page is left unread and the report says so.
    public var maxGlyphsPerPage = 50_000
    /// Seconds of OCR one file may spend over all its pages and attempts; pages past the budget stay unread.
    public var ocrSecondsPerFile = 40.0

    public init() {}
}
