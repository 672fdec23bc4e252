import Foundation
import Testing
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// `xueshi users` and `xueshi serve` as built: accounts from standard input, then the server with its isolated
/// workers reading real uploads (and a broken one) over HTTP.
@Suite(.serialized) struct ServeCLITests {
    /// A running `xueshi serve` on a fresh SQLite store and a free port.
    final class ServeFixture: @unchecked Sendable {
        let store = NSTemporaryDirectory() + "xueshi-serve-test-\(UUID().uuidString).sqlite"
        var process: Child?
        var port = 0
        var cookie: String?
        var csrf: String?

        func users(_ args: [String], password: String?) throws -> Run {
            try xueshiWithInput(["users"] + args + ["--store", store], input: password.map { $0 + "\n" } ?? "")
        }

        func start() throws {
            port = try freeTCPPort()
            // Child, not Process: a child started from a test thread by Process inherits its blocked SIGTERM.
            let p = try Child(binary.path, ["serve", "--store", store, "--port", String(port), "--workers", "2"], in: repoRoot.path)
            process = p
            let t = Date()
            while (try? http("GET", "/api/session"))?.status != 401 {
                guard p.isRunning, Date().timeIntervalSince(t) < 60 else { throw CocoaError(.fileReadUnknown) }
                Thread.sleep(forTimeInterval: 0.2)
            }
        }

        func stop() -> Int32? {
            guard let p = process else { return nil }
            process = nil
            p.stop()
            try? FileManager.default.removeItem(atPath: store)
            return p.exitStatus
        }

        struct Answer { var status: Int; var headers: [String: String]; var body: Data
            var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] } }

        func http(_ method: String, _ path: String, json: [String: Any]? = nil, body: Data? = nil, type: String? = nil) throws -> Answer {
            var r = URLRequest(url: URL(string: "http://127.0.0.1:\(port)\(path)")!)
            r.httpMethod = method
            r.timeoutInterval = 120
            if let json { r.httpBody = try JSONSerialization.data(withJSONObject: json); r.setValue("application/json", forHTTPHeaderField: "Content-Type") }
            if let body { r.httpBody = body }
            if let type { r.setValue(type, forHTTPHeaderField: "Content-Type") }
            if let cookie { r.setValue(cookie, forHTTPHeaderField: "Cookie") }
            if let csrf, method != "GET" { r.setValue(csrf, forHTTPHeaderField: "X-CSRF-Token") }
            let c = URLSessionConfiguration.ephemeral
            c.httpShouldSetCookies = false
            let session = URLSession(configuration: c)
            let done = DispatchSemaphore(value: 0)
            final class Outcome: @unchecked Sendable { var answer: Answer?; var failure: (any Error)? }
            let outcome = Outcome()
            session.dataTask(with: r) { d, resp, e in
                if let e { outcome.failure = e } else if let h = resp as? HTTPURLResponse {
                    var headers: [String: String] = [:]
                    for (k, v) in h.allHeaderFields { headers[String(describing: k).lowercased()] = String(describing: v) }
                    outcome.answer = Answer(status: h.statusCode, headers: headers, body: d ?? Data())
                }
                done.signal()
            }.resume()
            // The semaphore orders the callback's writes before these reads.
            done.wait()
            if let failure = outcome.failure { throw failure }
            return outcome.answer!
        }

        func login(_ user: String, _ password: String) throws -> Answer {
            cookie = nil; csrf = nil
            let a = try http("POST", "/api/session", json: ["username": user, "password": password])
            cookie = a.headers["set-cookie"].flatMap { $0.split(separator: ";").first.map(String.init) }
            csrf = a.json["csrf"] as? String
            return a
        }

        func upload(_ path: String) throws -> Answer {
            let bytes = try Data(contentsOf: repoRoot.appendingPathComponent(path))
            let b = "----t\(UUID().uuidString)"
            var body = Data("--\(b)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\((path as NSString).lastPathComponent)\"\r\n\r\n".utf8)
            body.append(bytes)
            body.append(Data("\r\n--\(b)--\r\n".utf8))
            return try http("POST", "/api/evidence", body: body, type: "multipart/form-data; boundary=\(b)")
        }
    }

    @Test func usersAreAddedFromStandardInputAndListedWithoutTheirHashes() throws {
        let f = ServeFixture()
        defer { _ = f.stop() }
        #expect(try f.users(["add", "li", "--role", "learner", "--unit", "甲单位"], password: "a long password").status == 0)
        let twice = try f.users(["add", "li", "--role", "learner", "--unit", "甲单位"], password: "a long password")
        #expect(twice.status == 1 && twice.stderr.contains("已存在"))
        #expect(try f.users(["add", "x", "--role", "boss", "--unit", "甲"], password: "a long password").status == 2)
        #expect(try f.users(["add", "y", "--role", "learner"], password: "a long password").status == 2)
        #expect(try f.users(["add", "z", "--role", "admin"], password: nil).status == 2)
        #expect(try f.users(["add", "w", "--role", "admin"], password: "short").status == 2)
        let list = try f.users(["list"], password: nil)
        #expect(list.status == 0 && list.stdout == "li\tlearner\t甲单位\n")
    }

    @Test func theServerReadsUploadsInItsWorkersAndOutlivesABrokenOne() throws {
        let f = ServeFixture()
        #expect(try f.users(["add", "li", "--role", "learner", "--unit", "甲单位"], password: "a long password").status == 0)
        try f.start()
        defer { _ = f.stop() }
        let index = try f.http("GET", "/")
        #expect(index.status == 200 && String(decoding: index.body, as: UTF8.self).contains("<html"))
        #expect(index.headers["content-security-policy"]?.contains("default-src 'self'") == true)
        #expect(try f.http("GET", "/api/openapi.json").json["openapi"] as? String != nil)

        #expect(try f.login("li", "wrong one").status == 401)
        #expect(try f.login("li", "a long password").status == 200)
        let up = try f.upload("corpus/samples/继续教育材料-71.pdf")
        #expect(up.status == 201)
        #expect((up.json["report"] as? [String: Any])?["mode"] as? String == "training")
        let id = try #require(up.json["id"] as? String)
        let page = try f.http("GET", "/api/evidence/\(id)/pages/1.png")
        #expect(page.status == 200 && page.headers["content-type"] == "image/png" && page.body.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))

        let broken = try f.upload("corpus/broken/证明材料_截断.pdf")
        #expect(broken.status == 201)
        #expect((broken.json["report"] as? [String: Any])?["error"] != nil || !((broken.json["advice"] as? [Any]) ?? []).isEmpty)
        let html = try f.upload("README.md")
        #expect(html.status == 415)
        // Still serving.
        #expect(try f.http("GET", "/api/evidence").status == 200)
        #expect(f.stop() == 0)
    }
}
