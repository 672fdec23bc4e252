import Foundation
import Hummingbird
import HummingbirdTesting
import XueshiCore
import XueshiPipeline
import XueshiServer
import XueshiStore
import XueshiWorker
import XueshiExtract
import XueshiPolicy

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
func repo(_ p: String) -> String { repoRoot.appendingPathComponent(p).path }

/// A server over the memory store, reading in this process: two units, learners and reviewers in each, an admin.
final class WebWorld: Sendable {
    static let password = "correct horse 1"
    static let pipeline: Pipeline = {
        var o = ScanOptions()
        o.unmask = true
        return Pipeline(library: try! SpecLibrary.load(directory: repo("extractors")),
                        policies: try! PolicySet.load(directory: repo("policies")), options: o)
    }()
    // Cheap hashes: the tests log in often.
    static let passwords = PasswordHash(logN: 10)

    let store = MemoryStore()
    let scans: ScanService
    let runtime: ServerRuntime

    init(maxUploadBytes: Int = 20 << 20) async throws {
        scans = ScanService(scanner: InProcessScanner(pipeline: WebWorld.pipeline, workers: 1))
        runtime = ServerRuntime(store: store, scans: scans, drawer: InProcessDrawer(), pipeline: WebWorld.pipeline,
                                webRoot: repo("web"), maxUploadBytes: maxUploadBytes, passwords: WebWorld.passwords)
        for (name, role, unit) in [("li", "learner", "甲单位"), ("shen", "learner", "甲单位"), ("wang", "reviewer", "甲单位"),
                                   ("qian", "learner", "乙单位"), ("zhao", "reviewer", "乙单位"), ("root", "admin", nil)] {
            try await store.addAccount(try Accounts.make(username: name, password: WebWorld.password, role: role, unit: unit,
                                                         passwords: WebWorld.passwords))
        }
    }

    func test(_ body: @Sendable (TestClientProtocol) async throws -> Void) async throws {
        defer { scans.stop() }
        let app = Application(router: try WebServer.router(runtime))
        try await app.test(.router) { client in try await body(client) }
    }

    /// The same store behind a router that takes `today` as the day (public periods, approval); the scan service
    /// is left running, for a later `test`.
    func test(today: DayDate, _ body: @Sendable (TestClientProtocol) async throws -> Void) async throws {
        var r = runtime
        r.today = today
        let app = Application(router: try WebServer.router(r))
        try await app.test(.router) { client in try await body(client) }
    }
}
