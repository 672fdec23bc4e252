import Foundation
import XueshiCore
import XueshiOCR
import XueshiRead

/// A worker's OCR: PP-OCR through the one pool its supervisor keeps (so two workers on two cores do not start
/// four 1 GB PP-OCR processes), tesseract in the worker itself (a C library crash there stays in the worker).
final class RemoteOCR: OCRService, @unchecked Sendable {
    let channel: LineChannel
    private let lock = NSLock()
    private var probed: String?? = nil
    private var nextId = 0

    init(channel: LineChannel) { self.channel = channel }

    func engine(_ choice: OCRChoice) -> Result<any OCREngine, OCRError>? {
        switch choice {
        case .off, .tesseract: return nil
        case .ppocr:
            if let err = probe() { return .failure(OCRError(err)) }
            return .success(RemotePPOCR(link: self))
        case .auto:
            if probe() == nil { return .success(RemotePPOCR(link: self)) }
            return OCREngines.engine(.tesseract)
        }
    }

    /// Nil when the supervisor's PP-OCR pool runs, else why not; asked once.
    func probe() -> String? {
        lock.lock(); defer { lock.unlock() }
        if let p = probed { return p }
        guard channel.send(FromWorker.probe) else { probed = .some("PP-OCR 不可用：与主进程的连接已断开"); return probed! }
        while true {
            switch channel.receive(ToWorker.self, deadline: Date().addingTimeInterval(120)) {
            case .success(.probe(let error)): probed = .some(error); return error
            // Nothing else is sent while a worker is waiting on its supervisor.
            case .success: continue
            case .failure: probed = .some("PP-OCR 不可用：主进程无响应"); return probed!
            }
        }
    }

    func recognize(imageFile: String, singleLine: Bool) throws -> [OCRLine] {
        lock.lock(); defer { lock.unlock() }
        nextId += 1
        let id = nextId
        guard channel.send(FromWorker.ocr(OCRRequest(id: id, imageFile: imageFile, singleLine: singleLine))) else {
            throw OCRError("PP-OCR 请求失败：与主进程的连接已断开")
        }
        while true {
            // The supervisor bounds the whole file; this bound only stops a worker whose supervisor is gone.
            switch channel.receive(ToWorker.self, deadline: Date().addingTimeInterval(600)) {
            case .success(.ocr(let a)) where a.id == id:
                if let e = a.error { throw OCRError(e) }
                return (a.lines ?? []).map(\.line)
            case .success: continue
            case .failure: throw OCRError("PP-OCR 无响应")
            }
        }
    }
}

/// PP-OCR as an engine inside a worker: the page image is written to a file the supervisor's pool reads.
struct RemotePPOCR: OCREngine {
    let name = "ppocr"
    let link: RemoteOCR

    func recognize(_ image: PixelImage, singleLine: Bool) throws -> [OCRLine] {
        guard image.width > 0, image.height > 0 else { return [] }
        let path = NSTemporaryDirectory() + "xueshi-ocr-\(getpid())-\(UUID().uuidString).pgm"
        try ImageFiles.writePNM(image, to: path)
        defer { unlink(path) }
        return try link.recognize(imageFile: path, singleLine: singleLine)
    }
}
