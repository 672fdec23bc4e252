import ArgumentParser
import Foundation
import XueshiPipeline
import XueshiRead
import XueshiWorker

#if canImport(Glibc)
@preconcurrency import Glibc
#endif

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "性能基准：与 pdftotext 在同一批文件上对比 (benchmark scan against pdftotext on the same files)",
        discussion: "Build with -c release first. Only PDFs with a text layer are timed (born-digital evidence).")

    @Option(name: .long, help: "每种方式重复次数 (passes over the files for each contender)")
    var runs = 3

    @ArgumentParser.Flag(name: .long, help: "JSON 输出")
    var json = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions

    @Argument(help: "PDF 文件或目录")
    var paths: [String] = ["corpus/docs", "corpus/holdout", "corpus/samples"]

    struct Result: Codable {
        var files: Int
        var pages: Int
        var bytes: Int
        var runs: Int
        var scanSeconds: Double
        var scanParallelSeconds: Double
        /// The same batch with every file read in an isolated worker process (workers started inside the timing).
        var scanIsolatedSeconds: Double
        var readOnlySeconds: Double
        var pdftotextSeconds: Double
        var scanDocsPerSecond: Double
        var scanParallelDocsPerSecond: Double
        var scanIsolatedDocsPerSecond: Double
        /// Isolated over in-process, both as a batch on every core.
        var isolationCost: Double
        var pdftotextDocsPerSecond: Double
        /// scan time over pdftotext time, one document after another for both.
        var ratio: Double
        var peakMemoryMB: Double
        var pdftotextPeakMemoryMB: Double
    }

    func run() throws {
        let policies = try standards.load()
        let pipeline = Pipeline(library: try common.library(), policies: policies)
        var files: [String] = []
        var pages = 0, bytes = 0
        let candidates: [String]
        do { candidates = try FileWalk.files(paths) } catch { throw UsageError(description: "\(error)") }
        for f in candidates where f.lowercased().hasSuffix(".pdf") {
            let r = pipeline.scan(file: f)
            if r.report.error == nil && r.report.textSource == .textLayer {
                files.append(f); pages += r.report.pages
                bytes += (try? FileManager.default.attributesOfItem(atPath: f)[.size] as? Int) ?? 0
            }
        }
        guard !files.isEmpty else { throw UsageError(description: "没有带文字层的 PDF (no born-digital PDFs found)") }
        guard let pdftotext = which("pdftotext") else {
            throw UsageError(description: "pdftotext 未安装 (install poppler-utils)")
        }
        let datas = try files.map { try Data(contentsOf: URL(fileURLWithPath: $0)) }

        func time(_ body: () throws -> Void) rethrows -> Double {
            let t0 = DispatchTime.now().uptimeNanoseconds
            try body()
            return Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        }
        // The whole pipeline from the file's bytes, one document after another (as pdftotext below).
        let scan = time { for _ in 0..<runs { for (i, d) in datas.enumerated() { _ = pipeline.scan(data: d, name: files[i]) } } }
        let read = time { for _ in 0..<runs { for d in datas { _ = DocumentReader.read(data: d) } } }
        let parallel = time { for _ in 0..<runs { _ = pipeline.scan(files: files) } }
        let inputs = files.map { BatchInput(path: InputPath($0)) }
        let isolated = time {
            for _ in 0..<runs {
                let supervisor = Supervisor(.init(executable: "/proc/self/exe", extractors: pipeline.extractor.library.directory,
                                                  policies: policies.directory, options: pipeline.options))
                StreamingBatch.run(supervisor, inputs: inputs, pipeline: pipeline) { _, _ in }
            }
        }
        let ours = peakRSSMB()
        let external = try time {
            for _ in 0..<runs {
                for f in files {
                    let p = Process()
                    p.executableURL = URL(fileURLWithPath: pdftotext)
                    p.arguments = ["-q", f, "/dev/null"]
                    try p.run()
                    p.waitUntilExit()
                }
            }
        }
        let n = Double(files.count * runs)
        let theirs = pdftotextPeak(pdftotext, files)
        let result = Result(
            files: files.count, pages: pages, bytes: bytes, runs: runs,
            scanSeconds: scan, scanParallelSeconds: parallel, scanIsolatedSeconds: isolated, readOnlySeconds: read,
            pdftotextSeconds: external,
            scanDocsPerSecond: n / scan, scanParallelDocsPerSecond: n / parallel, scanIsolatedDocsPerSecond: n / isolated,
            isolationCost: isolated / parallel, pdftotextDocsPerSecond: n / external,
            ratio: scan / external, peakMemoryMB: ours, pdftotextPeakMemoryMB: theirs)
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys]
            writeOut(String(decoding: try e.encode(result), as: UTF8.self) + "\n")
            return
        }
        func ms(_ s: Double) -> String { String(format: "%.1f ms", s / n * 1000) }
        writeOut("""
        \(files.count) born-digital PDFs, \(pages) pages, \(bytes / 1024) KiB; \(runs) runs each
        contender                        per doc     docs/s   peak RSS
        xueshi scan (sequential)         \(ms(scan).padding(toLength: 10, withPad: " ", startingAt: 0))  \(String(format: "%7.1f", n / scan))   \(String(format: "%.0f MB", ours))
        xueshi scan (parallel, \(Pipeline.defaultWorkers) cores)    \(ms(parallel).padding(toLength: 10, withPad: " ", startingAt: 0))  \(String(format: "%7.1f", n / parallel))
        xueshi scan (isolated workers)   \(ms(isolated).padding(toLength: 10, withPad: " ", startingAt: 0))  \(String(format: "%7.1f", n / isolated))
          of which read (poppler)        \(ms(read).padding(toLength: 10, withPad: " ", startingAt: 0))
        pdftotext (a process per file)   \(ms(external).padding(toLength: 10, withPad: " ", startingAt: 0))  \(String(format: "%7.1f", n / external))   \(theirs > 0 ? String(format: "%.0f MB", theirs) : "n/a (no /usr/bin/time)")
        scan / pdftotext: \(String(format: "%.2f", scan / external))×; isolated / in-process batch: \(String(format: "%.2f", isolated / parallel))×

        """)
    }

    func which(_ name: String) -> String? {
        for dir in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
            let p = "\(dir)/\(name)"
            if FileManager.default.isExecutableFile(atPath: p) { return p }
        }
        return nil
    }

    /// pdftotext's own peak memory, largest over the files. Measured through GNU time: a child of this process
    /// would report this process's memory too (Linux keeps the high-water mark from before exec).
    func pdftotextPeak(_ pdftotext: String, _ files: [String]) -> Double {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return 0 }
        var peak = 0.0
        for f in files {
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/time")
            p.arguments = ["-f", "%M", pdftotext, "-q", f, "/dev/null"]
            let err = Pipe()
            p.standardError = err
            guard (try? p.run()) != nil else { return 0 }
            let out = err.fileHandleForReading.readDataToEndOfFile()
            p.waitUntilExit()
            let kb = Double(String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
                .split(separator: "\n").last.map(String.init) ?? "") ?? 0
            peak = max(peak, kb / 1024)
        }
        return peak
    }

}

/// This process's peak resident memory in MB (Linux reports ru_maxrss in KiB).
func peakRSSMB() -> Double {
    var u = rusage()
    getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &u)
    return Double(u.ru_maxrss) / 1024
}
