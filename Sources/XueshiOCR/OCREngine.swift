import Foundation
import XueshiCore

/// One line an OCR engine read, in the pixels of the image it was given (origin top-left).
public struct OCRLine: Sendable {
    public var text: String
    public var box: Box
    /// 0...1 as the engine states it (tesseract's 0–100 scaled down). Engines are overconfident: see `OCRScore`.
    public var score: Double
    /// One box per Character of `text` when the engine gives them (tesseract); nil → spread over `box`.
    public var charBoxes: [Box]?
    /// The line's corners (top-left, top-right, bottom-right, bottom-left) when the engine gives a slanted box
    /// (PP-OCR): characters are placed along it, so a slanted line does not swallow its neighbours.
    public var quad: [(Double, Double)]? = nil

    public init(text: String, box: Box, score: Double, charBoxes: [Box]? = nil) {
        self.text = text; self.box = box; self.score = score; self.charBoxes = charBoxes
    }
}

/// Why an engine could not read an image.
public struct OCRError: Error, Sendable, CustomStringConvertible {
    public var message: String
    public init(_ message: String) { self.message = message }
    public var description: String { message }
}

/// An OCR engine: page image in, lines out. Implementations are safe to call from several threads at once (each
/// keeps a pool of engine instances, one per core by default).
public protocol OCREngine: Sendable {
    /// `ppocr` or `tesseract`.
    var name: String { get }
    /// Reads a page (or a region of one). `singleLine`: the image is one line of text (an unwrapped seal arc).
    func recognize(_ image: PixelImage, singleLine: Bool) throws -> [OCRLine]
}

/// The `--ocr` choice.
public enum OCRChoice: String, Sendable, CaseIterable, Codable {
    /// PP-OCR when its worker starts, else tesseract.
    case auto
    case ppocr
    case tesseract
    /// No OCR: image pages report `needs-ocr`.
    case off
}

/// How many engine instances run at once: one per core, or `XUESHI_OCR_WORKERS`.
public enum OCRConcurrency {
    public static var workers: Int {
        if let s = ProcessInfo.processInfo.environment["XUESHI_OCR_WORKERS"], let n = Int(s), n > 0 { return min(n, 16) }
        return max(1, min(ProcessInfo.processInfo.activeProcessorCount, 4))
    }
}
