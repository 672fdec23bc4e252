import ArgumentParser
import Foundation
import XueshiOCR
import XueshiPipeline
import XueshiServer
import XueshiStore

/// `xueshi serve`: the learner's self-check and the reviewer's queue in a browser, over the store.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "启动网页服务：学员自查上传、审核人员处理队列 (the web service: learners' self-check, reviewers' queue)",
        discussion: """
        账号用 xueshi users add 创建。上传的文件在隔离的读取进程中读取，带时间和内存上限。
        退出码 / exit codes: 0 正常停止 (stopped); 2 用法错误 (usage); 3 材料库无法打开 (store).
        """)

    @Option(name: .long, help: "监听地址 (address to listen on)")
    var host = "127.0.0.1"

    @Option(name: .long, help: "端口 (port)")
    var port = 8080

    @Option(name: .long, help: "网页文件目录 (the page's folder: index.html, app.js, app.css, openapi.json)")
    var web: String?

    @Option(name: .long, help: "把这一天当作今天来计算申报的公示期和审核（演练与测试用），格式 YYYY-MM-DD (the day declarations take as today, for rehearsals and tests)")
    var today: String?

    @ArgumentParser.Flag(name: .long, help: "在 TLS（HTTPS）代理之后：会话 Cookie 带 Secure (behind TLS: Secure cookies)")
    var secure = false

    @OptionGroup var storeOptions: StoreOptions
    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions
    @OptionGroup var ocrOptions: OCROptions
    @OptionGroup var limits: LimitOptions

    func validate() throws {
        if !(0...65535).contains(port) { throw ValidationError("端口应在 0 到 65535 之间") }
        if let t = today, DayDate(iso: t) == nil { throw ValidationError("--today 应为 YYYY-MM-DD 格式的日期，如 2026-12-01") }
    }

    /// web/ beside the binary's checkout, or here.
    func webRoot() throws -> String {
        var candidates = [web].compactMap { $0 }
        if web == nil {
            candidates.append("web")
            let exe = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
            var dir = exe.deletingLastPathComponent()
            for _ in 0..<4 { candidates.append(dir.appendingPathComponent("web").path); dir = dir.deletingLastPathComponent() }
        }
        guard let found = candidates.first(where: { FileManager.default.fileExists(atPath: $0 + "/index.html") }) else {
            throw UsageError(description: "找不到网页文件目录（含 index.html）：请用 --web 指定 (web folder not found)")
        }
        return found
    }

    func run() throws {
        let root = try webRoot()
        let policies = try standards.load()
        let library = try common.library()
        // Reports are kept as read; the API masks ID numbers on the way out.
        let options = limits.storeOptions(ocr: ocrOptions, policy: standards.policy)
        let pipeline = Pipeline(library: library, policies: policies, options: options)
        let store = try storeOptions.openWeb()

        let scanner = limits.scanner(pipeline: pipeline, policies: policies.directory, ocr: .interactive)
        // Warm from the start: a learner's first photo should not wait for PP-OCR to load.
        scanner.warmUpOCR()
        let scans = ScanService(scanner: scanner)
        let executable = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        let drawer = IsolatedDrawer(executable: executable, seconds: min(60, limits.maxSeconds), memoryMB: limits.maxMemoryMb)
        var runtime = ServerRuntime(store: store, scans: scans, drawer: drawer, pipeline: pipeline, webRoot: root,
                                    maxUploadBytes: options.read.maxBytes, secureCookies: secure)
        runtime.today = today.flatMap(DayDate.init(iso:))
        let host = self.host
        let app = try WebServer.application(runtime, host: host, port: port) { bound in
            FileHandle.standardError.write(Data("xueshi serve: 正在监听 http://\(host):\(bound) (listening)\n".utf8))
        }
        defer {
            scans.stop()
            _ = try? blocking { await store.close() }
        }
        try blocking { try await app.runService() }
    }
}
