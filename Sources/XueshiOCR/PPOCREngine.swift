import Foundation
import XueshiCore

/// PP-OCR (PaddleOCR's PP-OCRv4 detection and recognition models on ONNX Runtime) through long-lived Python
/// workers of the PyPI package rapidocr-onnxruntime, fed page images as files and read back as JSON lines.
/// A worker that dies or stalls is killed and a new one started for the next page.
public final class PPOCREngine: OCREngine, @unchecked Sendable {
    public let name = "ppocr"
    let pool: InstancePool<PPOCRWorker>
    let python: String
    /// Seconds a page may take before its worker is killed.
    let timeout: Double

    /// Starts one worker now, so that a missing package fails here (where `auto` falls back to tesseract).
    public init(python: String = PPOCREngine.defaultPython, workers: Int = OCRConcurrency.workers, timeout: Double = 120,
                settings: PPOCRSettings = .batch) throws {
        self.python = python
        self.timeout = timeout
        let py = python
        // Writing to a worker that just died must fail with EPIPE, not end this process.
        signal(SIGPIPE, SIG_IGN)
        pool = InstancePool(limit: workers) { try PPOCRWorker(python: py, settings: settings) }
        _ = try pool.with { _ in ((), keep: true) }
    }

    /// The largest resident memory any live worker reached, in MB (VmHWM from /proc).
    public func workerPeakMB() -> Double {
        pool.all().map { $0.peakMB() }.max() ?? 0
    }

    /// Ends every idle worker and waits for each to exit; the engine cannot be used afterwards. A batch's shell
    /// calls it when the batch is done (pages in flight keep their workers: call it when none are).
    public func shutdown() {
        for worker in pool.all() { worker.stopAndWait(seconds: 2) }
    }

    /// The process ids of the idle workers still running.
    public func runningProcesses() -> [Int32] {
        pool.all().filter { $0.process.isRunning }.map { $0.process.processIdentifier }
    }

    /// Whether `python` can import rapidocr-onnxruntime (without loading its models).
    public static func isInstalled(python: String = PPOCREngine.defaultPython) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [python, "-c", "import rapidocr_onnxruntime"]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        guard (try? p.run()) != nil else { return false }
        p.waitUntilExit()
        return p.terminationStatus == 0
    }

    public static var defaultPython: String {
        ProcessInfo.processInfo.environment["XUESHI_PYTHON"] ?? "python3"
    }

    public func recognize(_ image: PixelImage, singleLine: Bool) throws -> [OCRLine] {
        guard image.width > 0, image.height > 0 else { return [] }
        let path = NSTemporaryDirectory() + "xueshi-ocr-\(getpid())-\(UUID().uuidString).pgm"
        try ImageFiles.writePNM(image, to: path)
        defer { unlink(path) }
        return try recognize(imageFile: path, singleLine: singleLine)
    }

    /// Reads an image file (PNM) already written: how a reading worker process hands its pages to the one pool of
    /// PP-OCR workers its supervisor keeps (`XueshiWorker`).
    public func recognize(imageFile path: String, singleLine: Bool) throws -> [OCRLine] {
        // One retry on a fresh worker: a worker killed by the OS (memory) should not cost the page. A dead
        // worker leaves the pool; the next page starts a new one.
        for _ in 0..<2 {
            let lines: [OCRLine]? = try pool.with { worker in
                do {
                    return (try worker.read(path: path, singleLine: singleLine, timeout: timeout), keep: true)
                } catch is PPOCRWorker.Died {
                    worker.stop()
                    return (nil, keep: false)
                }
            }
            if let lines { return lines }
        }
        throw OCRError("PP-OCR 进程异常退出")
    }
}

/// One worker process.
final class PPOCRWorker: @unchecked Sendable {
    struct Died: Error { var reason: String }
    let process = Process()
    let input = Pipe()
    let output = Pipe()
    private var buffer = Data()
    private var nextId = 0
    private(set) var alive = true

    init(python: String, settings: PPOCRSettings) throws {
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [python, "-c", PPOCRWorkerScript.source, String(settings.threads), String(settings.maxSide),
                             String(settings.recognitionBatch)]
        var env = ProcessInfo.processInfo.environment
        env["OMP_NUM_THREADS"] = String(settings.threads)
        env["PYTHONUNBUFFERED"] = "1"
        process.environment = env
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        do { try process.run() } catch { throw OCRError("无法启动 PP-OCR 进程（\(python)）") }
        guard let ready = try? readLine(timeout: 60),
              let obj = try? JSONSerialization.jsonObject(with: ready) as? [String: Any],
              obj["ready"] as? Bool == true else {
            stop()
            throw OCRError("PP-OCR 不可用（pip install rapidocr-onnxruntime）")
        }
    }

    deinit { stop() }

    func peakMB() -> Double {
        guard alive, let status = try? String(contentsOfFile: "/proc/\(process.processIdentifier)/status", encoding: .utf8),
              let line = status.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return 0 }
        let kb = Double(line.split(separator: " ").dropFirst().first(where: { !$0.isEmpty }) ?? "") ?? 0
        return kb / 1024
    }

    func stop() {
        guard alive else { return }
        alive = false
        if process.isRunning { process.terminate() }
        try? input.fileHandleForWriting.close()
    }

    /// Stops the process and waits until it is gone (SIGKILL after `seconds`): a batch that ends must not leave a
    /// PP-OCR process behind it, even for the quarter second its parent watch takes to notice.
    func stopAndWait(seconds: Double) {
        guard process.isRunning || alive else { return }
        stop()
        let deadline = Date().addingTimeInterval(seconds)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning { kill(process.processIdentifier, SIGKILL) }
        process.waitUntilExit()
    }

    func read(path: String, singleLine: Bool, timeout: Double) throws -> [OCRLine] {
        guard alive, process.isRunning else { throw Died(reason: "not running") }
        nextId += 1
        let request: [String: Any] = ["id": nextId, "path": path, "singleLine": singleLine]
        var line = try JSONSerialization.data(withJSONObject: request)
        line.append(0x0A)
        do { try input.fileHandleForWriting.write(contentsOf: line) } catch { throw Died(reason: "write failed") }
        while true {
            let raw = try readLine(timeout: timeout)
            guard let obj = try? JSONSerialization.jsonObject(with: raw) as? [String: Any] else { continue }
            guard (obj["id"] as? Int) == nextId else { continue }
            if let err = obj["error"] as? String { throw OCRError("PP-OCR 识别失败：" + err) }
            var out: [OCRLine] = []
            for item in obj["lines"] as? [[Any]] ?? [] where item.count >= 6 {
                let n = item.prefix(4).map { ($0 as? NSNumber)?.doubleValue ?? 0 }
                guard let text = item[4] as? String, let score = (item[5] as? NSNumber)?.doubleValue else { continue }
                var line = OCRLine(text: text, box: Box(x0: n[0], y0: n[1], x1: n[2], y1: n[3]), score: score)
                if item.count >= 7, let q = item[6] as? [Any], q.count == 8 {
                    let v = q.map { ($0 as? NSNumber)?.doubleValue ?? 0 }
                    line.quad = (0..<4).map { (v[$0], v[4 + $0]) }
                }
                out.append(line)
            }
            return out
        }
    }

    /// The next line from the worker, waiting at most `timeout` seconds; a dead or stalled worker throws `Died`.
    private func readLine(timeout: Double) throws -> Data {
        let fd = output.fileHandleForReading.fileDescriptor
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            if let nl = buffer.firstIndex(of: 0x0A) {
                let line = buffer[buffer.startIndex..<nl]
                buffer.removeSubrange(buffer.startIndex...nl)
                return Data(line)
            }
            let left = deadline.timeIntervalSinceNow
            guard left > 0 else { stop(); throw Died(reason: "timeout") }
            var pfd = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
            let r = poll(&pfd, 1, Int32(min(left, 1) * 1000))
            if r < 0 && errno != EINTR { stop(); throw Died(reason: "poll") }
            guard r > 0 else { continue }
            var chunk = [UInt8](repeating: 0, count: 65536)
            let n = Foundation.read(fd, &chunk, chunk.count)
            guard n > 0 else { stop(); throw Died(reason: "closed") }
            buffer.append(contentsOf: chunk[0..<n])
        }
    }
}
