import ArgumentParser
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// The web service under load: a child `xueshi serve` on a fresh store, N uploads of a one-page born-digital
/// certificate sent at once (each with different bytes, so each is a new document), then one-page scans one at a
/// time with the OCR workers warm. Latency per request as the client sees it, errors, peak memory of the server
/// with its workers.
struct BenchServe: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bench-serve",
        abstract: "网页服务基准：并发上传的延迟（p50/p99）、扫描件的响应时间、内存峰值 (web service benchmark)")

    @Option(name: .long, help: "同时上传的份数 (uploads sent at once)")
    var concurrency = 20

    @Option(name: .long, help: "并发上传的轮数 (rounds of concurrent uploads)")
    var rounds = 3

    @Option(name: .long, help: "逐份上传的扫描件份数 (scans sent one at a time)")
    var scans = 3

    @Option(name: .long, help: "一页的电子版证书 (a one-page born-digital certificate)")
    var certificate = "corpus/samples/继续教育材料-71.pdf"

    @Option(name: .long, help: "一页的扫描件 (a one-page scan)")
    var scan = "corpus/samples/扫描件6.pdf"

    @Option(name: .long, help: "端口 (port)")
    var port = 18131

    @Option(name: .long, parsing: .upToNextOption, help: "传给 serve 的其他参数 (more arguments for serve)")
    var serveArgs: [String] = []

    @ArgumentParser.Flag(name: .long, help: "JSON 输出")
    var json = false

    struct Phase: Codable {
        var name: String
        var requests: Int
        var errors: Int
        var p50: Double
        var p99: Double
        var max: Double
        var seconds: Double
    }

    struct Result: Codable {
        var phases: [Phase]
        var peakServerMB: Double
        var peakTreeMB: Double
    }

    func validate() throws {
        if concurrency < 1 || rounds < 1 || scans < 0 { throw ValidationError("--concurrency、--rounds 至少为 1") }
    }

    func note(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

    func run() throws {
        guard let cert = FileManager.default.contents(atPath: certificate), let scanned = FileManager.default.contents(atPath: scan) else {
            throw UsageError(description: "找不到基准文件：\(certificate) 或 \(scan)")
        }
        let dir = NSTemporaryDirectory() + "xueshi-bench-serve-\(getpid())"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = dir + "/store.sqlite"
        let password = "bench password \(UInt32.random(in: 0...UInt32.max))"
        try child(["users", "add", "bench", "--role", "learner", "--unit", "基准单位", "--store", store], input: password + "\n")

        let server = Process()
        server.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        server.arguments = ["serve", "--store", store, "--port", String(port)] + serveArgs
        server.standardOutput = FileHandle.nullDevice
        server.standardError = FileHandle.nullDevice
        try server.run()
        defer { server.terminate(); server.waitUntilExit() }
        let base = "http://127.0.0.1:\(port)"
        let client = BlockingHTTP()
        let ready = Date()
        while (try? client.send("GET", base + "/api/session"))?.status != 401 {
            if Date().timeIntervalSince(ready) > 60 || !server.isRunning { throw UsageError(description: "服务未能启动 (the server did not start)") }
            Thread.sleep(forTimeInterval: 0.2)
        }
        let login = try client.send("POST", base + "/api/session", json: ["username": "bench", "password": password])
        guard login.status == 200, let csrf = login.json["csrf"] as? String else { throw UsageError(description: "登录失败 (login failed)") }

        let sampler = TreeSampler(pid: server.processIdentifier)
        sampler.start()
        @Sendable func upload(_ bytes: Data, _ name: String) -> (Double, Bool) {
            // A trailing comment after %%EOF: another document to the store, the same one to the reader.
            var varied = bytes
            varied.append(Data("\n%\(UUID().uuidString)\n".utf8))
            let t = Date()
            let r: BlockingHTTP.Answer
            do { r = try client.upload(base + "/api/evidence", name: name, bytes: varied, csrf: csrf) } catch {
                note("上传失败 (upload failed): \(error)")
                return (Date().timeIntervalSince(t), false)
            }
            // A report's `error` is null when it was read.
            let ok = r.status == 201 && !((r.json["report"] as? [String: Any])?["error"] is [String: Any])
            if !ok { note("上传未成功 (upload not read): \(r.status) \(String(decoding: r.body.prefix(300), as: UTF8.self))") }
            return (Date().timeIntervalSince(t), ok)
        }
        // Warm: the first scan starts the OCR processes.
        _ = upload(cert, "warm.pdf")
        _ = upload(scanned, "warm-scan.pdf")

        var phases: [Phase] = []
        let results = Locked<[(Double, Bool)]>([])
        let started = Date()
        for round in 0..<rounds {
            // A thread per upload, all let go at once: concurrentPerform would run only as many as there are cores.
            let go = DispatchSemaphore(value: 0), done = DispatchGroup()
            for i in 0..<concurrency {
                done.enter()
                Thread {
                    go.wait()
                    let r = upload(cert, "r\(round)-\(i).pdf")
                    results.update { $0.append(r) }
                    done.leave()
                }.start()
            }
            for _ in 0..<concurrency { go.signal() }
            done.wait()
        }
        let all = results.value
        phases.append(phase("\(concurrency) 份电子版证书同时上传 × \(rounds) 轮", all.map(\.0), all.filter { !$0.1 }.count,
                            Date().timeIntervalSince(started)))
        var scanTimes: [Double] = []
        var scanErrors = 0
        let scanStart = Date()
        for i in 0..<scans {
            let (s, ok) = upload(scanned, "scan-\(i).pdf")
            scanTimes.append(s)
            if !ok { scanErrors += 1 }
        }
        if scans > 0 { phases.append(phase("一页扫描件逐份上传（OCR 已预热）", scanTimes, scanErrors, Date().timeIntervalSince(scanStart))) }
        sampler.stop()
        let result = Result(phases: phases, peakServerMB: sampler.peak, peakTreeMB: sampler.peakTree)
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            writeOut(String(decoding: try e.encode(result), as: UTF8.self) + "\n")
        } else {
            for p in phases {
                writeOut(String(format: "%@: %d 次请求，%d 个错误，p50 %.3f s，p99 %.3f s，最长 %.3f s，共 %.1f s\n",
                                p.name, p.requests, p.errors, p.p50, p.p99, p.max, p.seconds))
            }
            writeOut(String(format: "服务进程内存峰值 %.0f MB，连同读取进程 %.0f MB\n", result.peakServerMB, result.peakTreeMB))
        }
    }

    func phase(_ name: String, _ t: [Double], _ errors: Int, _ seconds: Double) -> Phase {
        let s = t.sorted()
        func q(_ p: Double) -> Double { s.isEmpty ? 0 : s[min(s.count - 1, Int((p * Double(s.count)).rounded(.up)) - 1)] }
        return Phase(name: name, requests: t.count, errors: errors, p50: q(0.5), p99: q(0.99), max: s.last ?? 0, seconds: seconds)
    }

    func child(_ args: [String], input: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        p.arguments = args
        let stdin = Pipe()
        p.standardInput = stdin
        p.standardError = FileHandle.nullDevice
        try p.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        p.waitUntilExit()
        if p.terminationStatus != 0 { throw UsageError(description: "xueshi \(args.prefix(2).joined(separator: " ")) 失败") }
    }

    /// The server's memory and its workers', sampled every 100 ms (the tree itself found once a second).
    final class TreeSampler: @unchecked Sendable {
        let pid: Int32
        let lock = NSLock()
        var peak = 0.0, peakTree = 0.0
        var running = true
        let done = DispatchSemaphore(value: 0)
        init(pid: Int32) { self.pid = pid }
        func start() {
            Thread { [self] in
                // The process tree is found once a second (walking all of /proc is the sampler's dearest step, and the
                // tree changes only when a worker is replaced); its members' memory is read every 100 ms.
                var tick = 0
                var members: [Int32] = []
                while lock.withLock({ running }) {
                    if tick % 10 == 0 { members = BenchBackfill.descendants(pid) }
                    tick += 1
                    let rss = BenchBackfill.rssMB(pid)
                    let tree = rss + members.map(BenchBackfill.rssMB).reduce(0, +)
                    lock.withLock { peak = max(peak, rss); peakTree = max(peakTree, tree) }
                    Thread.sleep(forTimeInterval: 0.1)
                }
                done.signal()
            }.start()
        }
        func stop() { lock.withLock { running = false }; done.wait() }
    }
}
