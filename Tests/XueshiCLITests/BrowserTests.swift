import Foundation
import Testing

/// The web page end to end in headless Chromium against the built `xueshi serve`: a learner uploads and files a
/// certificate, a reviewer of the learner's unit decides it, a reviewer of another unit cannot see it.
/// Skipped (with a note) where no WebDriver is installed, unless $XUESHI_REQUIRE_BROWSER=1.
@Suite(.serialized) struct BrowserTests {
    static let sample = "corpus/samples/继续教育材料-71.pdf"
    /// Test accounts only; the store is a temporary file deleted with its folder.
    static let accounts: [(name: String, role: String, unit: String, password: String)] = [
        ("li", "learner", "甲单位", "li-test-password-1"),
        ("wang", "reviewer", "甲单位", "wang-test-password-1"),
        ("zhao", "reviewer", "乙单位", "zhao-test-password-1"),
    ]

    static var artifacts: URL {
        let base = ProcessInfo.processInfo.environment["XUESHI_ARTIFACTS"].map { URL(fileURLWithPath: $0) }
            ?? repoRoot.appendingPathComponent(".build/artifacts")
        return base.appendingPathComponent("browser")
    }

    @Test func learnerFilesReviewerDecidesOtherUnitSeesNothing() throws {
        guard WebDriver.isAvailable else {
            if ProcessInfo.processInfo.environment["XUESHI_REQUIRE_BROWSER"] == "1" {
                Issue.record("XUESHI_REQUIRE_BROWSER=1 but neither $XUESHI_TEST_WEBDRIVER nor \(WebDriver.chromedriver) exists")
            } else {
                print("BrowserTests skipped: no $XUESHI_TEST_WEBDRIVER and no \(WebDriver.chromedriver) (apt-get install chromium chromium-driver)")
            }
            return
        }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let store = dir.appendingPathComponent("store.sqlite").path
        for a in Self.accounts {
            let r = try xueshiWithInput(["users", "add", a.name, "--role", a.role, "--unit", a.unit, "--store", store],
                                        input: a.password + "\n")
            try #require(r.status == 0, "users add \(a.name): \(r.stderr)")
        }

        let port = try freeTCPPort()
        let log = dir.appendingPathComponent("serve.log")
        // From the repository's root, where web/ is.
        let server = try Child(binary.path, ["serve", "--store", store, "--port", "\(port)", "--host", "127.0.0.1"],
                               in: repoRoot.path, log: log.path)
        defer { server.stop() }
        let base = "http://127.0.0.1:\(port)"
        try waitForServer(base + "/api/session", server: server, log: log)

        let wd = try WebDriver.launch()
        defer { wd.quit() }
        let shots = Self.artifacts
        try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
        // Only this run's pictures: an old 99-failure.png beside a passing run would mislead.
        for old in (try? FileManager.default.contentsOfDirectory(atPath: shots.path)) ?? [] where old.hasSuffix(".png") {
            try? FileManager.default.removeItem(at: shots.appendingPathComponent(old))
        }
        var step = 0
        func shot(_ name: String) throws {
            step += 1
            let file = shots.appendingPathComponent(String(format: "%02d", step) + "-" + name + ".png")
            try wd.screenshot().write(to: file)
        }
        // On any failure below: the page as it stood, its console and the server's log, before everything stops.
        var finished = false
        defer {
            if !finished {
                try? wd.screenshot().write(to: shots.appendingPathComponent("99-failure.png"))
                print("browser console:\n" + wd.consoleLog().joined(separator: "\n"))
                print("server log (tail):\n" + tail(log))
            }
        }

        func login(_ name: String) throws {
            try wd.logIn(name, password: try #require(Self.accounts.first { $0.name == name }?.password))
        }
        func logout() throws { try wd.logOut() }
        func waitForQueue() throws {
            try wd.waitFor("""
                return !document.querySelector('#reviewer-view').hidden
                    && document.querySelector('#queue-table').dataset.state === 'loaded'
                """, timeout: 20)
        }
        func showAllStatuses() throws {
            // The change handler reloads synchronously, so the table reads "loading" once this returns.
            try wd.execute("""
                const s = document.querySelector('#filter-status');
                s.value = 'all';
                s.dispatchEvent(new Event('change'));
                """)
            try waitForQueue()
        }
        let rowScript = "return Array.from(document.querySelectorAll('#queue-table tr.queue-row')).find(r => r.dataset.id === arguments[0]) || null"

        // The learner.
        try wd.navigate(base + "/")
        try login("li")
        try wd.waitFor("return !document.querySelector('#learner-view').hidden", timeout: 20)
        try shot("learner")
        try wd.sendKeys(try wd.find("#file-input"), repoRoot.appendingPathComponent(Self.sample).path)
        let outcome = try wd.waitFor("""
            if (document.querySelector('.result-card')) return 'card';
            const failed = document.querySelector('.upload-item.failed');
            return failed ? 'failed: ' + failed.querySelector('.upload-state').textContent : null;
            """, timeout: 60) as? String
        try #require(outcome == "card", "upload: \(outcome ?? "?")")
        let card = try wd.find(".result-card")
        let id = try #require(try wd.execute("return arguments[0].dataset.id", card) as? String)
        // The kind's name comes from the server's catalogue (GET /api/catalogue), as the CLI's table names it.
        let mode = try wd.text(try wd.find(".result-card .result-mode"))
        #expect(mode.contains("培训") && mode.contains("培训证书") && !mode.contains("training-certificate"), "\(mode)")
        #expect(try wd.text(try wd.find(".result-card .result-hours")).contains("40"))
        #expect(try wd.text(try wd.find(".result-card .result-file")).contains("继续教育材料-71.pdf"))
        try wd.waitFor("""
            const img = document.querySelector('.result-card .page-image');
            return !!img && img.complete && img.naturalWidth > 0;
            """, timeout: 30)
        // The year's summary follows the certificate's year (2025) and counts its 40 hours against 90.
        try wd.waitFor("""
            const t = document.querySelector('#summary .summary-total');
            return !!t && t.textContent.includes('40') && document.querySelector('#summary-year').value === '2025';
            """, timeout: 20)
        try shot("result")
        try wd.click(try wd.find(".result-card .file-button"))
        try wd.waitFor("""
            const s = document.querySelector('.result-card .result-status');
            return !!s && s.textContent.includes('已提交');
            """, timeout: 20)
        try shot("filed")
        try logout()

        // A reviewer of the learner's unit: the upload is in the queue; adjusted, its status changes.
        try login("wang")
        try waitForQueue()
        let rowElement = try #require(try wd.waitFor(rowScript, timeout: 20, id) as? WebElement, "the upload is not in wang's queue")
        let rowText = try wd.text(rowElement)
        #expect(rowText.contains("继续教育材料-71.pdf") && rowText.contains("li"), "\(rowText)")
        try shot("queue")
        try wd.click(try wd.find(".queue-open", in: rowElement))
        try wd.waitFor("""
            const d = document.querySelector('#review-detail');
            const img = d.querySelector('.page-image');
            return !d.hidden && d.dataset.id === arguments[0] && !!img && img.complete && img.naturalWidth > 0;
            """, timeout: 30, id)
        #expect(try wd.text(try wd.find("#field-table")).contains("40"))
        try shot("detail")
        let hours = try wd.find("#decision-hours")
        try wd.clear(hours)
        try wd.sendKeys(hours, "36")
        try wd.sendKeys(try wd.find("#decision-reason"), "按实际参训天数核减")
        try wd.click(try wd.find("#decision-adjust"))
        try wd.waitFor("return document.querySelector('#review-status').textContent.includes('已调整')", timeout: 20)
        #expect(try wd.text(try wd.find("#review-decision")).contains("36"))
        try showAllStatuses()
        let decided = try #require(try wd.waitFor(rowScript, timeout: 20, id) as? WebElement)
        #expect(try wd.text(decided).contains("已调整"))
        try shot("adjusted")
        try logout()

        // A reviewer of another unit: not in the queue whatever the status, and the document itself is not found.
        try login("zhao")
        try waitForQueue()
        try showAllStatuses()
        #expect(try wd.execute(rowScript, id) == nil, "another unit's reviewer sees the upload")
        let status = try wd.execute("return fetch('/api/evidence/' + encodeURIComponent(arguments[0])).then(r => r.status)", id)
        #expect(WebDriver.int(status) == 404, "GET /api/evidence/\(id) as zhao: \(String(describing: status))")
        try shot("other-unit")
        try logout()
        finished = true
    }
}

/// Runs the binary with `input` as its stdin, read to the end, as a person typing a password would. From a file,
/// not a pipe: a child that exits before reading would otherwise raise SIGPIPE in the test process.
func xueshiWithInput(_ args: [String], input: String) throws -> Run {
    let file = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-stdin-\(UUID().uuidString)")
    try Data(input.utf8).write(to: file)
    defer { try? FileManager.default.removeItem(at: file) }
    return try xueshi(args, stdin: try FileHandle(forReadingFrom: file))
}

/// Ready when the session route answers 401 to a request without a cookie.
func waitForServer(_ url: String, server: Child, log: URL) throws {
    let deadline = Date().addingTimeInterval(60)
    var last = "no answer"
    while Date() < deadline {
        if let status = server.exitStatus {
            throw WebDriverError(description: "xueshi serve exited with \(status):\n\(tail(log))")
        }
        do {
            let answer = try httpRequest("GET", url, timeout: 2)
            if answer.status == 401 { return }
            last = "HTTP \(answer.status)"
        } catch {
            last = "\(error)"
        }
        Thread.sleep(forTimeInterval: 0.25)
    }
    throw WebDriverError(description: "xueshi serve did not answer GET /api/session with 401 within 60 s (\(last)):\n\(tail(log))")
}

func tail(_ log: URL, lines: Int = 40) -> String {
    let text = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
    return text.split(separator: "\n", omittingEmptySubsequences: false).suffix(lines).joined(separator: "\n")
}
