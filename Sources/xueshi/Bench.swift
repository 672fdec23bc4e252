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
        /// One `xueshi scan` call over all the files (a child process, isolated workers, as a user runs it) and
        /// `pdftotext` a process per file over the same files, interleaved run by run: the medians, and their ratio.
        var scanCallSeconds: Double
        var pdftotextCallSeconds: Double
        var callRatio: Double
        /// Per document, the sequential in-process scan: median, 90th percentile and slowest, in milliseconds.
        var perDocumentMs: [String: Double]
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
        var perDoc: [Double] = []
        let scan = time {
            for _ in 0..<runs {
                for (i, d) in datas.enumerated() { perDoc.append(time { _ = pipeline.scan(data: d, name: files[i]) }) }
            }
        }
        // As the pipeline reads first: logos only counted (it reads them when the text names no issuer).
        var readOptions = pipeline.options.read
        readOptions.logos = .deferred
        let read = time { for _ in 0..<runs { for d in datas { _ = DocumentReader.read(data: d, options: readOptions) } } }
        let parallel = time { for _ in 0..<runs { _ = pipeline.scan(files: files) } }
        let inputs = files.map { BatchInput(path: InputPath($0)) }
        let isolated = time {
            for _ in 0..<runs {
                let supervisor = Supervisor(.init(executable: "/proc/self/exe", extractors: pipeline.extractor.library.directory,
                                                  policies: policies.directory, options: pipeline.options))
                StreamingBatch.run(supervisor, inputs: inputs, pipeline: pipeline) { _, _ in }
                supervisor.shutdown()
            }
        }
        let ours = peakRSSMB()
        // posix_spawn, not Foundation's Process: starting a process through Process cost about 40 ms here, more than
        // pdftotext's whole run. A child that fails makes the figures meaningless: it stops the benchmark.
        func child(_ executable: String, _ arguments: [String]) throws {
            var actions = posix_spawn_file_actions_t()
            posix_spawn_file_actions_init(&actions)
            defer { posix_spawn_file_actions_destroy(&actions) }
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
            let argv = ([executable] + arguments).map { strdup($0) } + [nil]
            defer { argv.forEach { free($0) } }
            var pid: pid_t = 0
            guard posix_spawn(&pid, executable, &actions, nil, argv, environ) == 0 else {
                throw UsageError(description: "无法启动 \(executable)")
            }
            var status: Int32 = 0
            while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
            // WIFEXITED and WEXITSTATUS by hand (the C macros do not import): exit 1 is a report with an error.
            let exited = status & 0x7f == 0, code = (status >> 8) & 0xff
            guard exited && code <= 1 else { throw UsageError(description: "\(executable) \(arguments.prefix(3).joined(separator: " ")) … 失败（\(status)）") }
        }
        let exe = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? "/proc/self/exe"
        // Interleaved, run by run, so a busy moment of the machine falls on both.
        var calls: [Double] = [], theirs: [Double] = []
        for _ in 0..<runs {
            calls.append(try time { try child(exe, ["scan", "--format", "jsonl"] + files) })
            theirs.append(try time { for f in files { try child(pdftotext, ["-q", "-layout", f, "/dev/null"]) } })
        }
        let external = theirs.reduce(0, +)
        let n = Double(files.count * runs)
        let theirPeak = pdftotextPeak(pdftotext, files)
        let result = Result(
            files: files.count, pages: pages, bytes: bytes, runs: runs,
            scanSeconds: scan, scanParallelSeconds: parallel, scanIsolatedSeconds: isolated, readOnlySeconds: read,
            pdftotextSeconds: external,
            scanDocsPerSecond: n / scan, scanParallelDocsPerSecond: n / parallel, scanIsolatedDocsPerSecond: n / isolated,
            isolationCost: isolated / parallel, pdftotextDocsPerSecond: n / external,
            ratio: scan / external, peakMemoryMB: ours, pdftotextPeakMemoryMB: theirPeak,
            scanCallSeconds: Bench.median(calls), pdftotextCallSeconds: Bench.median(theirs),
            callRatio: Bench.median(calls) / max(Bench.median(theirs), 1e-9),
            perDocumentMs: ["p50": Bench.percentile(perDoc, 0.5) * 1000, "p90": Bench.percentile(perDoc, 0.9) * 1000,
                            "max": (perDoc.max() ?? 0) * 1000])
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
        pdftotext (a process per file)   \(ms(external).padding(toLength: 10, withPad: " ", startingAt: 0))  \(String(format: "%7.1f", n / external))   \(theirPeak > 0 ? String(format: "%.0f MB", theirPeak) : "n/a (no /usr/bin/time)")
        scan / pdftotext: \(String(format: "%.2f", scan / external))×; isolated / in-process batch: \(String(format: "%.2f", isolated / parallel))×
        one `xueshi scan` call over the files: \(String(format: "%.2f s", result.scanCallSeconds)); pdftotext over them: \(String(format: "%.2f s", result.pdftotextCallSeconds)) (medians of \(runs) interleaved runs): \(String(format: "%.2f", result.callRatio))×
        per document (sequential): p50 \(String(format: "%.1f", result.perDocumentMs["p50"] ?? 0)) ms, p90 \(String(format: "%.1f", result.perDocumentMs["p90"] ?? 0)) ms, slowest \(String(format: "%.1f", result.perDocumentMs["max"] ?? 0)) ms

        """)
    }

    static func median(_ xs: [Double]) -> Double { percentile(xs, 0.5) }

    /// The nearest-rank percentile (0…1) of the values; 0 when there are none.
    static func percentile(_ xs: [Double], _ q: Double) -> Double {
        guard !xs.isEmpty else { return 0 }
        let sorted = xs.sorted()
        let rank = Int((q * Double(sorted.count)).rounded(.up)) - 1
        return sorted[min(max(rank, 0), sorted.count - 1)]
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
