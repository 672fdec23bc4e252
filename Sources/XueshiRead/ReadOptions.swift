import XueshiOCR

/// Limits that keep one hostile or oversized file from stalling a batch, and the OCR engine to use.
public struct ReadOptions: Sendable {
    public var maxBytes = 50 << 20
    /// Pages past this many are not read; `Document.pageCount` still tells how many the file has.
    public var maxPages = 300
    /// `--ocr`: which engine reads scanned pages and images.
    public var ocr: OCRChoice = .auto
    /// Pages past this many are not OCR'd (a 300-page scan would take minutes); they stay unread and say so.
    public var maxOCRPages = 20

    public init() {}
}
