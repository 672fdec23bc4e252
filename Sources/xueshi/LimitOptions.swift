import ArgumentParser
import XueshiOCR
import XueshiPipeline
import XueshiWorker

/// Limits per file, shared by every command that scans a batch. Defaults are the README's table.
struct LimitOptions: ParsableArguments {
    enum Isolation: String, ExpressibleByArgument, CaseIterable { case worker, none }

    @Option(name: .long, help: "worker = 每个文件在隔离进程中读取，有时间和内存上限；none = 在本进程读取（调试用，无上限）(isolation)")
    var isolation: Isolation = .worker

    @Option(name: .long, help: "并行读取的进程数 (parallel workers; default: one per core)")
    var workers: Int?

    @Option(name: .long, help: "每个文件的时限，秒 (seconds per file)")
    var maxSeconds: Double = WorkerLimits().seconds

    @Option(name: .long, help: "每个文件的内存上限，MB (resident memory per file)")
    var maxMemoryMb: Int = WorkerLimits().memoryMB

    @Option(name: .long, help: "文件大小上限，MB (bytes per file)")
    var maxFileMb: Int = ScanOptions().read.maxBytes >> 20

    @Option(name: .long, help: "读取的页数上限 (pages read per file)")
    var maxPages: Int = ScanOptions().read.maxPages

    @Option(name: .long, help: "OCR 页数上限 (pages OCR'd per file)")
    var maxOcrPages: Int = ScanOptions().read.maxOCRPages

    @Option(name: .long, help: "每个文件的 OCR 总时间预算，秒 (OCR seconds per file, all pages and attempts)")
    var maxOcrSeconds: Double = ScanOptions().read.ocrSecondsPerFile

    @Option(name: .long, help: "单张图像的像素上限，百万 (megapixels per decoded image)")
    var maxImageMegapixels: Int = ScanOptions().read.maxImagePixels / 1_000_000

    @Option(name: .long, help: "渲染页面的像素上限，百万 (megapixels per drawn page)")
    var maxPageMegapixels: Int = ScanOptions().read.maxPagePixels / 1_000_000

    @Option(name: .long, help: "解压后数据上限，MB (decompressed bytes per file)")
    var maxDecompressedMb: Int = ScanOptions().read.maxDecompressedBytes >> 20

    @Option(name: .long, help: "每页文字层字符上限 (glyphs per page)")
    var maxGlyphs: Int = ScanOptions().read.maxGlyphsPerPage

    @ArgumentParser.Flag(name: .long, help: "显示 PDF、图像库读取时的原始提示（英文，前附文件名）(print what the C libraries said about each file)")
    var verbose = false

    @Option(name: .long, help: "把 PDF、图像库的原始提示追加写入此文件 (append what the C libraries said to FILE)")
    var debugLog: String?

    /// What the C libraries say about each file: printed with `--verbose`, logged with `--debug-log`, else dropped.
    var messageLog: LibraryMessageLog { LibraryMessageLog(verbose: verbose, debugLog: debugLog) }

    func validate() throws {
        let positive: [(String, Double)] = [
            ("--max-seconds", maxSeconds), ("--max-memory-mb", Double(maxMemoryMb)), ("--max-file-mb", Double(maxFileMb)),
            ("--max-pages", Double(maxPages)), ("--max-image-megapixels", Double(maxImageMegapixels)),
            ("--max-page-megapixels", Double(maxPageMegapixels)), ("--max-decompressed-mb", Double(maxDecompressedMb)),
            ("--max-glyphs", Double(maxGlyphs)),
        ]
        for (name, v) in positive where !(v > 0) || !v.isFinite {
            throw ValidationError("\(name) 必须是正数 (must be positive)")
        }
        if maxOcrPages < 0 || !(maxOcrSeconds >= 0) { throw ValidationError("OCR 上限不能为负 (OCR limits must not be negative)") }
        if let w = workers, w < 1 { throw ValidationError("--workers 至少为 1") }
        if maxMemoryMb < 128 { throw ValidationError("--max-memory-mb 至少 128（读取进程本身约需 60 MB）") }
    }

    func apply(to options: inout ScanOptions) {
        options.read.maxBytes = maxFileMb << 20
        options.read.maxPages = maxPages
        options.read.maxOCRPages = maxOcrPages
        options.read.ocrSecondsPerFile = maxOcrSeconds
        options.read.maxImagePixels = maxImageMegapixels * 1_000_000
        options.read.maxPagePixels = maxPageMegapixels * 1_000_000
        options.read.maxDecompressedBytes = maxDecompressedMb << 20
        options.read.maxGlyphsPerPage = maxGlyphs
    }

    /// Scan options for reports the store keeps: these limits, this OCR, a forced standard if any, and nothing
    /// masked (the store masks where data leaves it).
    func storeOptions(ocr: OCROptions, policy: String?) -> ScanOptions {
        var options = ScanOptions()
        ocr.apply(to: &options)
        apply(to: &options)
        options.unmask = true
        options.policy = policy
        return options
    }

    var limits: WorkerLimits {
        var l = WorkerLimits()
        l.seconds = maxSeconds
        l.memoryMB = maxMemoryMb
        return l
    }

    /// The scanner for a batch: isolated workers (this binary, `worker`) or this process. `ocr`: `.interactive`
    /// where one page at a time is the usual load (a server, a single file), so that page gets both cores.
    func scanner(pipeline: Pipeline, policies: String, ocr: PPOCRSettings = .batch) -> any BatchScanner {
        switch isolation {
        case .none:
            return InProcessScanner(pipeline: pipeline, workers: workers ?? Pipeline.defaultWorkers, messageLog: messageLog)
        case .worker:
            return supervisor(extractors: pipeline.extractor.library.directory, policies: policies,
                              options: pipeline.options, ocr: ocr)
        }
    }

    /// The isolated workers' supervisor, which needs only where the specs and standards are: `scan` builds it
    /// before loading them itself, to start its workers first.
    func supervisor(extractors: String, policies: String, options: ScanOptions, ocr: PPOCRSettings = .batch) -> Supervisor {
        Supervisor(.init(executable: "/proc/self/exe", extractors: extractors, policies: policies, options: options,
                         limits: limits, workers: workers ?? Pipeline.defaultWorkers, ocr: ocr, messageLog: messageLog))
    }
}
