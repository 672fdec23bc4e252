import ArgumentParser
import Foundation
import XueshiCore
import XueshiStore

/// Backfill at scale: N copies of corpus documents (each with different bytes, so each is a new document) back-
/// filled into a store by a child `xueshi backfill`, its memory sampled over the run; then the same again killed
/// with SIGKILL part-way and resumed, to measure what a resume costs and that nothing is lost or doubled.
struct BenchBackfill: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-backfill",
        abstract: "回填基准：文档/秒、内存峰值与曲线、kill -9 后续跑的代价 (backfill benchmark: rate, memory, resume cost)")

    @Option(name: .long, help: "材料库：SQLite 文件或 postgres://…（每轮清空）(the store; emptied before each run)")
    var store: String

    @Option(name: .long, help: "文档份数 (documents)")
    var count: Int = 10_000

    @Option(name: .long, help: "源文件目录 (where the copies come from: PDF, PNG, JPEG)")
    var from: [String] = ["corpus/docs", "corpus/holdout"]

    @Option(name: .long, help: "工作目录 (copies and manifest)")
    var work: String = NSTemporaryDirectory() + "xueshi-bench-backfill"

    @Option(name: .long, help: "在读完这一比例时 kill -9，再续跑；0 不测续跑 (kill at this fraction, then resume; 0: skip)")
    var killAt: Double = 0.5

    @Option(name: .long, parsing: .upToNextOption, help: "传给 backfill 的其他参数 (more arguments for the backfill runs)")
    var backfillArgs: [String] = []

    @ArgumentParser.Flag(name: .long, help: "JSON 输出")
    var json = false

    struct Run: Codable {
        var name: String
        var seconds: Double
        /// Reports in the store after the run, and how many of them this run read.
        var documents: Int
        var read: Int
        var perSecond: Double
        /// The backfill process itself, and with its workers (their PP-OCR and reading memory), in MB.
        var peakMB: Double
        var peakTreeMB: Double
        /// RSS of the backfill process at each tenth of the run: flat means memory does not grow with the batch.
        var rssByTenth: [Double]
        var exitCode: Int32
        /// The run in its three phases, from the backfill's own lines on standard error: registering the manifest
        /// (hashing every file), reading, and the learner-year summary at the end. A killed run has no summary.
        var intakeSeconds: Double?
        var readSeconds: Double?
        var summarySeconds: Double?
    }

    /// When the backfill said each phase was over, read off its standard error as it comes.
    final class Phases: @unchecked Sendable {
        let lock = NSLock()
        var intakeDone: Date?
        var readDone: Date?
        func saw(_ line: Substring, at t: Date) {
            lock.lock(); defer { lock.unlock() }
            if line.hasPrefix("批次 "), intakeDone == nil { intakeDone = t }
            if line.hasPrefix("读取并存入"), readDone == nil { readDone = t }
        }
    }

    func validate() throws {
        if count < 1 || count > 1_000_000 { throw ValidationError("--count 应在 1 到 1000000 之间") }
        if !(0...0.95).contains(killAt) { throw ValidationError("--kill-at 应在 0 到 0.95 之间") }
    }

    func run() throws {
        let manifest = try makeCopies()
        var runs: [Run] = []
        reset()
        let full = try backfill(manifest, name: "uninterrupted", killAtStored: nil)
        runs.append(full)
        let reports = try storeCount()
        if killAt > 0 {
            reset()
            // Killed when that share of the documents is stored, so the kill lands while reading whatever the
            // machine's speed (a time taken from the first run can fall after the reading on a faster second run).
            let killed = try backfill(manifest, name: "killed at \(Int(killAt * 100))% stored", killAtStored: max(1, Int(Double(reports) * killAt)))
            let stored = try storeCount()
            let resumed = try backfill(manifest, name: "resumed", killAtStored: nil)
            runs += [killed, resumed]
            let after = try storeCount()
            note("kill -9 后库中已有 \(stored) 份；续跑后 \(after) 份（不中断时 \(reports) 份）")
            if after != reports { throw ValidationError("续跑后的报告数 \(after) 与不中断时 \(reports) 不同") }
        }
        if json {
            let e = JSONEncoder(); e.outputFormatting = [.prettyPrinted, .sortedKeys]
            writeOut(String(decoding: try e.encode(runs), as: UTF8.self) + "\n")
            return
        }
        func f(_ x: Double?) -> String { x.map { String(format: "%.1f", $0) } ?? "–" }
        var out = "| run | documents | seconds | intake s | reading s | summary s | docs/s read | peak MB (backfill) | peak MB (with workers) | RSS by tenth of the run (MB) |\n|---|---|---|---|---|---|---|---|---|---|\n"
        for r in runs {
            let rate = r.readSeconds.map { Double(r.read) / max($0, 0.001) } ?? r.perSecond
            out += "| \(r.name) | \(r.documents) | \(f(r.seconds)) | \(f(r.intakeSeconds)) | \(f(r.readSeconds)) | \(f(r.summarySeconds)) | \(f(rate)) | "
                + "\(String(format: "%.0f", r.peakMB)) | \(String(format: "%.0f", r.peakTreeMB)) | "
                + r.rssByTenth.map { String(format: "%.0f", $0) }.joined(separator: " ") + " |\n"
        }
        if runs.count == 3, let r0 = runs[0].readSeconds, let r2 = runs[2].readSeconds {
            // The killed run was reading when it died: its reading time is its time after intake.
            let r1 = runs[1].seconds - (runs[1].intakeSeconds ?? 0)
            let again = runs[2].read
            out += "\nresume: \(f(runs[2].intakeSeconds)) s to register the manifest again (every file hashed, nothing re-added), "
                + "reading \(f(r1 + r2 - r0)) s more than the uninterrupted run's \(f(r0)) s "
                + "(the \(again) documents left, and those in flight at the kill read again)\n"
        }
        writeOut(out)
    }

    func note(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    /// Copies with a marker appended (after a PDF's %%EOF, an image's end), so every copy hashes differently and
    /// still reads as its source.
    func makeCopies() throws -> String {
        let fm = FileManager.default
        var sources: [String] = []
        for dir in from {
            guard let names = try? fm.contentsOfDirectory(atPath: dir) else { continue }
            for n in names.sorted() where ["pdf", "png", "jpg", "jpeg"].contains((n as NSString).pathExtension.lowercased()) {
                sources.append(dir + "/" + n)
            }
        }
        guard !sources.isEmpty else { throw ValidationError("--from 中没有 PDF 或图片") }
        let files = work + "/files"
        try? fm.removeItem(atPath: work)
        try fm.createDirectory(atPath: files, withIntermediateDirectories: true)
        var csv = CSV.byteOrderMark + CSV.line(["学员编号", "姓名", "单位", "年度", "申报方式", "申报学时", "文件"])
        let modes = ["培训", "网络学习", "学术活动", "科研成果", "其他"]
        var cache: [String: Data] = [:]
        for i in 0..<count {
            let src = sources[i % sources.count]
            let data = cache[src] ?? (fm.contents(atPath: src) ?? Data())
            if cache.count < 400 { cache[src] = data }
            let ext = (src as NSString).pathExtension.lowercased()
            var copy = data
            copy.append(Data((ext == "pdf" ? "\n%xueshi-bench \(i)\n" : "xueshi-bench \(i)").utf8))
            let name = String(format: "%06d.", i) + ext
            fm.createFile(atPath: files + "/" + name, contents: copy)
            let learner = String(format: "L%05d", i / 10)
            csv += CSV.line([learner, "学员\(i / 10)", "单位\(i / 1000)", String(2019 + (i / 10) % 6), modes[i % modes.count],
                             String(8 * (1 + i % 4)), "files/" + name])
        }
        let manifest = work + "/manifest.csv"
        fm.createFile(atPath: manifest, contents: Data(csv.utf8))
        return manifest
    }

    func reset() {
        switch StoreLocation(store) {
        case .sqlite(let p):
            for s in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: p + s) }
        case .postgres(let url):
            _ = try? blocking {
                let db = try SQLStore.postgres(url: url)
                try await db.dropEverything()
                await db.close()
            }
        case .memory: break
        }
    }

    func storeCount() throws -> Int {
        let location = StoreLocation(store)
        return try blocking {
            let s = try await location.open()
            let n = try await s.counts(batch: nil).done
            await s.close()
            return n
        }
    }

    func backfill(_ manifest: String, name: String, killAtStored: Int?) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        p.arguments = ["backfill", manifest, "--store", store, "--format", "json", "--show", "0"] + backfillArgs
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        let before = (try? storeCount()) ?? 0
        let errors = Pipe()
        p.standardError = errors
        let phases = Phases()
        let started = Date()
        try p.run()
        let reader = Thread {
            var pending = Data()
            while true {
                let chunk = errors.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                pending.append(chunk)
                while let nl = pending.firstIndex(of: 10) {
                    let line = String(decoding: pending[pending.startIndex..<nl], as: UTF8.self)
                    pending.removeSubrange(pending.startIndex...nl)
                    phases.saw(Substring(line), at: Date())
                }
            }
        }
        reader.start()
        var samples: [(Double, Double)] = []
        var peak = 0.0, peakTree = 0.0
        var nextCount = Date()
        while p.isRunning {
            let t = Date().timeIntervalSince(started)
            let rss = BenchBackfill.rssMB(p.processIdentifier)
            let tree = rss + BenchBackfill.descendants(p.processIdentifier).map(BenchBackfill.rssMB).reduce(0, +)
            samples.append((t, rss)); peak = max(peak, rss); peakTree = max(peakTree, tree)
            if let k = killAtStored, Date() >= nextCount {
                nextCount = Date().addingTimeInterval(1)
                if ((try? storeCount()) ?? 0) < k { Thread.sleep(forTimeInterval: 0.25); continue }
                // The whole group: the backfill and its workers, as a crash or a power cut would leave them.
                kill(p.processIdentifier, SIGKILL)
                for c in BenchBackfill.descendants(p.processIdentifier) { kill(c, SIGKILL) }
                break
            }
            Thread.sleep(forTimeInterval: 0.25)
        }
        p.waitUntilExit()
        let ended = Date()
        let seconds = ended.timeIntervalSince(started)
        // Killed workers may still hold the pipe a moment; the phases seen so far are what the run said.
        Thread.sleep(forTimeInterval: 0.2)
        let (intakeAt, readAt) = phases.lock.withLock { (phases.intakeDone, phases.readDone) }
        let done = (try? storeCount()) ?? 0
        let tenths = (1...10).map { k -> Double in
            let t = seconds * Double(k) / 10
            return samples.last { $0.0 <= t }?.1 ?? 0
        }
        return Run(name: name, seconds: seconds, documents: done, read: done - before,
                   perSecond: Double(done - before) / max(seconds, 0.001),
                   peakMB: peak, peakTreeMB: peakTree, rssByTenth: tenths, exitCode: p.terminationStatus,
                   intakeSeconds: intakeAt.map { $0.timeIntervalSince(started) },
                   readSeconds: readAt.map { r in r.timeIntervalSince(intakeAt ?? started) },
                   summarySeconds: readAt.map { ended.timeIntervalSince($0) })
    }

    static func rssMB(_ pid: Int32) -> Double {
        guard let s = try? String(contentsOfFile: "/proc/\(pid)/status", encoding: .utf8),
              let line = s.split(separator: "\n").first(where: { $0.hasPrefix("VmRSS:") }),
              let kb = line.split(separator: " ").dropFirst().first.flatMap({ Double($0) }) else { return 0 }
        return kb / 1024
    }

    /// Every process below `pid`, from /proc's parent links.
    static func descendants(_ pid: Int32) -> [Int32] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: "/proc") else { return [] }
        var parent: [Int32: Int32] = [:]
        for n in names {
            guard let p = Int32(n), let stat = try? String(contentsOfFile: "/proc/\(n)/stat", encoding: .utf8),
                  let close = stat.lastIndex(of: ")") else { continue }
            let f = stat[stat.index(after: close)...].split(separator: " ")
            if f.count > 1, let pp = Int32(f[1]) { parent[p] = pp }
        }
        var out: [Int32] = []
        var frontier = [pid]
        while let x = frontier.popLast() {
            for (c, pp) in parent where pp == x { out.append(c); frontier.append(c) }
        }
        return out
    }
}
