import Foundation
import XueshiOCR

/// The supervisor's one PP-OCR pool, shared by all its workers: started on the first worker's probe, never in
/// a batch that needs no OCR.
final class OCRPool: @unchecked Sendable {
    private let lock = NSLock()
    private var engine: Result<PPOCREngine, OCRError>?
    let pageSeconds: Double
    let settings: PPOCRSettings

    /// `pageSeconds`: a page past it has its PP-OCR process killed (a file's own limit is kept by its worker's).
    init(pageSeconds: Double, settings: PPOCRSettings = .batch) { self.pageSeconds = pageSeconds; self.settings = settings }

    /// Nil when PP-OCR runs here, else why not.
    func probe() -> String? {
        switch start() {
        case .success: return nil
        case .failure(let e): return e.message
        }
    }

    func answer(_ r: OCRRequest) -> OCRAnswer {
        switch start() {
        case .failure(let e): return OCRAnswer(id: r.id, lines: nil, error: e.message)
        case .success(let engine):
            do {
                let lines = try engine.recognize(imageFile: r.imageFile, singleLine: r.singleLine)
                return OCRAnswer(id: r.id, lines: lines.map(WireLine.init), error: nil)
            } catch {
                return OCRAnswer(id: r.id, lines: nil, error: (error as? OCRError)?.message ?? "\(error)")
            }
        }
    }

    /// The PP-OCR processes started and running (for tests and measurements).
    var running: [Int32] {
        lock.lock(); defer { lock.unlock() }
        if case .success(let e) = engine { return e.runningProcesses() }
        return []
    }

    /// Ends the PP-OCR processes, if any were started, and waits for them to exit.
    func shutdown() {
        lock.lock(); defer { lock.unlock() }
        if case .success(let e) = engine { e.shutdown() }
        engine = .failure(OCRError("PP-OCR 已关闭"))
    }

    private func start() -> Result<PPOCREngine, OCRError> {
        lock.lock(); defer { lock.unlock() }
        if let e = engine { return e }
        do { engine = .success(try PPOCREngine(timeout: pageSeconds, settings: settings)) } catch {
            engine = .failure(error as? OCRError ?? OCRError("\(error)"))
        }
        return engine!
    }
}
