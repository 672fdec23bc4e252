import ArgumentParser
import Foundation
import XueshiPipeline
import XueshiOCR
import XueshiRead

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

/// Seconds a page and peak memory of scanning scans and photos with each OCR engine, beside each engine's own
/// command-line run on the same page images, in one run.
struct BenchOCR: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-ocr",
        abstract: "OCR 性能基准：每页耗时与内存，与引擎自身命令行对比 (OCR benchmark: seconds a page and memory per engine, beside the engine alone)",
        discussion: """
        Build with -c release first. Times a batch on every core (XUESHI_OCR_WORKERS engines), then the engine's \
        own command line on the same 200 dpi page images in as many parallel lanes: `tesseract IMAGE - -l \
        chi_sim+eng` (OMP_THREAD_LIMIT=1), and a Python loop over rapidocr-onnxruntime (with the batch's PPOCRSettings, \
        as the worker runs it: one ONNX thread, detection side, recognition batch; without the angle classifier).
        """)

    @Option(name: .long, help: "引擎 (engines to time)")
    var engine: [OCRChoice] = [.ppocr, .tesseract]

    @ArgumentParser.Flag(name: .long, help: "JSON 输出")
    var json = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions

    @Argument(help: "扫描件或图片 (scans and photos; PDFs with a text layer are skipped)")
    var paths: [String] = ["corpus/scans"]

    struct Row: Codable {
        var engine: String
        var pages: Int
        var secondsPerPage: Double
        var latestPageSeconds: Double
        var peakMemoryMB: Double
        var engineAloneSecondsPerPage: Double
        var engineAlonePeakMemoryMB: Double
        var overhead: Double
    }

    func run() throws {
        let library = try common.library(), policies = try standards.load()
        let candidates: [String]
        do { candidates = try FileWalk.files(paths) } catch { throw UsageError(description: "\(error)") }
        let tmp = NSTemporaryDirectory() + "xueshi-bench-ocr-\(getpid())"
        try FileManager.default.createDirectory(atPath: tmp, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: tmp) }

        // Which files need OCR, and their page images for the engines alone.
        var off = ScanOptions(); off.read.ocr = .off
        let probe = Pipeline(library: library, policies: policies, options: off)
        var files: [String] = []
        var images: [String] = []
        for (k, f) in candidates.enumerated() {
            let r = probe.scan(file: f)
            guard r.report.error == nil, let doc = r.document, doc.pages.contains(where: { $0.blocks.isEmpty }) else { continue }
            files.append(f)
            if doc.format == .image {
                images.append(f)
            } else {
                let prefix = "\(tmp)/p\(k)"
                try runTool("/usr/bin/pdftoppm", ["-r", "200", "-png", f, prefix])
                let made = try FileManager.default.contentsOfDirectory(atPath: tmp).filter { $0.hasPrefix("p\(k)-") }.sorted()
                images += made.map { "\(tmp)/\($0)" }
            }
        }
        guard !files.isEmpty else { throw UsageError(description: "没有需要 OCR 的文件 (no scans or images found)") }
        let lanes = OCRConcurrency.workers

        var rows: [Row] = []
        for choice in engine where choice == .ppocr || choice == .tesseract {
            guard case .success = OCREngines.engine(choice) else {
                FileHandle.standardError.write(Data("\(choice.rawValue): 不可用 (not available), skipped\n".utf8))
                continue
            }
            var options = ScanOptions(); options.read.ocr = choice
            let pipeline = Pipeline(library: library, policies: policies, options: options)
            _ = pipeline.scan(file: files[0])  // engines started, models loaded
            let t0 = Date()
            let results = pipeline.scan(files: files)
            let wall = Date().timeIntervalSince(t0)
            let pages = results.reduce(0) { $0 + ($1.document?.pages.filter { $0.ocr != nil }.count ?? 0) }
            let latest = results.compactMap { $0.document?.pages.compactMap { $0.ocr?.seconds }.max() }.max() ?? 0
            let ours = max(peakRSSMB(), OCREngines.ppocrWorkerPeakMB())
            let alone = try engineAlone(choice, images: images, lanes: lanes, tmp: tmp)
            rows.append(Row(engine: choice.rawValue, pages: pages, secondsPerPage: wall / Double(max(pages, 1)),
                            latestPageSeconds: latest, peakMemoryMB: ours,
                            engineAloneSecondsPerPage: alone.seconds / Double(max(images.count, 1)),
                            engineAlonePeakMemoryMB: alone.peakMB,
                            overhead: (wall / Double(max(pages, 1))) / max(alone.seconds / Double(max(images.count, 1)), 1e-6) - 1))
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys]
            writeOut(String(decoding: try e.encode(rows), as: UTF8.self) + "\n")
            return
        }
        var out = "\(files.count) files needing OCR, \(images.count) page images; \(lanes) lanes (cores)\n"
        out += "engine     pages  s/page (batch)  slowest page  peak RSS   engine alone s/page  its peak RSS  pipeline over engine\n"
        for r in rows {
            out += r.engine.padding(toLength: 11, withPad: " ", startingAt: 0)
                + String(format: "%5d  %14.2f  %12.2f  %6.0f MB  %19.2f  %9.0f MB  %+.0f%%\n", r.pages, r.secondsPerPage,
                         r.latestPageSeconds, r.peakMemoryMB, r.engineAloneSecondsPerPage, r.engineAlonePeakMemoryMB, r.overhead * 100)
        }
        writeOut(out)
    }

    /// The engine's own command line over the page images, in `lanes` parallel processes; wall seconds and the
    /// largest process's peak memory (through GNU time).
    func engineAlone(_ choice: OCRChoice, images: [String], lanes: Int, tmp: String) throws -> (seconds: Double, peakMB: Double) {
        let split = (0..<lanes).map { lane in stride(from: lane, to: images.count, by: lanes).map { images[$0] } }.filter { !$0.isEmpty }
        // The settings a batch's PP-OCR processes run with, so the difference is the pipeline's, not the engine's.
        let s = PPOCRSettings.batch
        let script = """
        import sys
        from rapidocr_onnxruntime import RapidOCR
        e = RapidOCR(intra_op_num_threads=\(s.threads), inter_op_num_threads=1, max_side_len=\(s.maxSide), rec_batch_num=\(s.recognitionBatch))
        for p in sys.argv[1:]:
            e(p, use_cls=False)
        """
        let t0 = Date()
        final class Peak: @unchecked Sendable { var value = 0.0; let lock = NSLock() }
        let peak = Peak()
        let group = DispatchGroup()
        for (n, lane) in split.enumerated() {
            group.enter()
            DispatchQueue.global().async {
                defer { group.leave() }
                var lanePeak = 0.0
                if choice == .ppocr {
                    lanePeak = (try? timed(["python3", "-c", script] + lane, log: "\(tmp)/lane\(n).time")) ?? 0
                } else {
                    for img in lane {
                        lanePeak = max(lanePeak, (try? timed(["tesseract", img, "-", "-l", "chi_sim+eng"], log: "\(tmp)/lane\(n).time")) ?? 0)
                    }
                }
                peak.lock.lock(); peak.value = max(peak.value, lanePeak); peak.lock.unlock()
            }
        }
        group.wait()
        return (Date().timeIntervalSince(t0), peak.value)
    }

    /// Runs a command under GNU time (output discarded); its peak memory in MB.
    func timed(_ argv: [String], log: String) throws -> Double {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
        p.arguments = ["-f", "%M", "-o", log] + argv
        var env = ProcessInfo.processInfo.environment
        env["OMP_THREAD_LIMIT"] = "1"
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        let text = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
        return (Double(text.split(separator: "\n").last.map(String.init) ?? "") ?? 0) / 1024
    }

    func runTool(_ path: String, _ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: path)
        p.arguments = args
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { throw UsageError(description: "\(path) 失败") }
    }

}
