import XueshiOCR

/// Limits that keep one hostile or oversized file from stalling a batch, and the OCR engine to use.
/// Codable: a worker process is handed the options its parent was given (`XueshiWorker`).
public struct ReadOptions: Sendable, Codable {
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
    public var ocrSecondsPerFile = 30.0
    /// Where OCR engines come from; nil = this process starts its own (`OCREngines`). A worker process sets it to
    /// reach the one PP-OCR pool its supervisor keeps. Not encoded: it is a live connection.
    public var ocrService: (any OCRService)? = nil
    /// Whether words printed only as logos are read by OCR now (`read`) or only counted (`deferred`), so the
    /// pipeline asks for them when the text layer leaves the issuer unnamed: starting an OCR engine costs more
    /// than reading a whole born-digital certificate.
    public var logos: LogoReading = .read

    public init() {}

    enum CodingKeys: String, CodingKey {
        case maxBytes, maxPages, ocr, maxOCRPages, maxImagePixels, maxPagePixels, maxDecompressedBytes, maxGlyphsPerPage,
             ocrSecondsPerFile, logos
    }
}
