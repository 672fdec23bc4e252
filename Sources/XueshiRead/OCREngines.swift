import Foundation
import XueshiCore
import XueshiOCR

/// The process's OCR engines, started on first use and shared by every thread (each engine pools its own
/// instances). `auto` is PP-OCR when its worker starts, else tesseract.
public enum OCREngines {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var ppocr: Result<PPOCREngine, OCRError>?
    nonisolated(unsafe) private static var tesseract: Result<TesseractEngine, OCRError>?

    /// The engine for a choice under the read options: the injected service's when there is one.
    public static func engine(_ choice: OCRChoice, options: ReadOptions) -> Result<any OCREngine, OCRError> {
        options.ocrService?.engine(choice) ?? engine(choice)
    }

    /// The engine for a choice, or why there is none.
    public static func engine(_ choice: OCRChoice) -> Result<any OCREngine, OCRError> {
        switch choice {
        case .off: return .failure(OCRError("OCR 已关闭（--ocr off）"))
        case .ppocr: return ppocrEngine().map { $0 as any OCREngine }
        case .tesseract: return tesseractEngine().map { $0 as any OCREngine }
        case .auto:
            if case .success(let e) = ppocrEngine() { return .success(e) }
            return tesseractEngine().map { $0 as any OCREngine }
        }
    }

    /// Peak memory of the PP-OCR workers, when they run.
    public static func ppocrWorkerPeakMB() -> Double {
        lock.lock(); defer { lock.unlock() }
        if case .success(let e)? = ppocr { return e.workerPeakMB() }
        return 0
    }

    static func ppocrEngine() -> Result<PPOCREngine, OCRError> { cached(&ppocr) { try PPOCREngine() } }

    static func tesseractEngine() -> Result<TesseractEngine, OCRError> { cached(&tesseract) { try TesseractEngine() } }

    /// Starts an engine once; a failure is remembered too, so a missing package is not retried on every page.
    private static func cached<E>(_ slot: inout Result<E, OCRError>?, _ make: () throws -> E) -> Result<E, OCRError> {
        lock.lock(); defer { lock.unlock() }
        if let r = slot { return r }
        let r: Result<E, OCRError>
        do { r = .success(try make()) } catch { r = .failure(error as? OCRError ?? OCRError("\(error)")) }
        slot = r
        return r
    }
}

/// A source of OCR engines other than this process's own (a worker's link to its supervisor's pool).
public protocol OCRService: Sendable {
    /// The engine for a choice; nil = this process's own engine for it (`OCREngines.engine`).
    func engine(_ choice: OCRChoice) -> Result<any OCREngine, OCRError>?
}
