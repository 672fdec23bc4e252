import XueshiCore
import XueshiOCR
import XueshiPipeline

/// What a supervisor tells its worker. One JSON value a line (`LineChannel`).
enum ToWorker: Codable {
    /// First message: how to build the pipeline. The worker answers `ready` or `failed`.
    case setup(WorkerSetup)
    /// Read one file.
    case job(WorkerJob)
    /// The answer to the worker's `ocr` request.
    case ocr(OCRAnswer)
    /// Whether the shared PP-OCR pool runs (answer to `probe`): nil error = it does.
    case probe(error: String?)
}

/// What a worker tells its supervisor.
enum FromWorker: Codable {
    case ready
    case failed(String)
    /// Read this image file with the shared PP-OCR pool.
    case ocr(OCRRequest)
    /// Does the shared PP-OCR pool run?
    case probe
    case done(WorkerOutcome)
}

struct WorkerSetup: Codable {
    var extractors: String
    var policies: String
    var options: ScanOptions
    var limits: WorkerLimits
    /// The supervisor's pid: the worker ends when its parent changes (the supervisor died).
    var parent: Int32
}

struct WorkerJob: Codable {
    var id: Int
    var input: BatchInput
}

struct OCRRequest: Codable {
    var id: Int
    var imageFile: String
    var singleLine: Bool
}

struct OCRAnswer: Codable {
    var id: Int
    var lines: [WireLine]?
    var error: String?
}

/// An OCR line as it crosses a process (`OCRLine`'s quad is tuples).
struct WireLine: Codable {
    var text: String
    var box: Box
    var score: Double
    var charBoxes: [Box]?
    var quad: [Double]?

    init(_ l: OCRLine) {
        text = l.text; box = l.box; score = l.score; charBoxes = l.charBoxes
        quad = l.quad.map { q in q.map(\.0) + q.map(\.1) }
    }

    var line: OCRLine {
        var l = OCRLine(text: text, box: box, score: score, charBoxes: charBoxes)
        if let q = quad, q.count == 8 { l.quad = (0..<4).map { (q[$0], q[4 + $0]) } }
        return l
    }
}
