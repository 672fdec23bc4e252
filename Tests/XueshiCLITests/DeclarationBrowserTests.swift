import Foundation
import Testing

/// The annual declaration (学时认定申报) end to end in headless Chromium against the built `xueshi serve`: a learner
/// uploads certificates, drafts the year's declaration and files it (a confirm dialog first, dismissed once); the
/// unit's reviewer shows it publicly, takes and answers an objection, and cannot approve during the period; the
/// public list opens without logging in and shows no ID number; on a later day (the server restarted with another
/// `--today` on the same store) the reviewer approves and confirms, and the learner's page says so. A second test
/// sends a filed declaration back (退回) with a reason the learner then sees, and the learner files it again.
/// Skipped (with a note) where no WebDriver is installed, unless $XUESHI_REQUIRE_BROWSER=1.
@Suite(.serialized) struct DeclarationBrowserTests {
    typealias Run = DeclarationBrowserRun
    static let sample = "corpus/samples/继续教育材料-71.pdf"
    /// A 公需 online-learning record of the same year as `sample`.
    static let publicSample = "corpus/docs/唐昱辉_学时证明.pdf"
    static let unit = Run.unit
    /// The day filed and shown publicly (a Tuesday: 5 working days end on Monday 2026-12-07), and a day after it.
    static let filingDay = "2026-12-01"
    static let publicUntil = "2026-12-07"
    static let approvalDay = "2026-12-09"

    @Test func learnerFilesUnitShowsPubliclyApprovesAndConfirms() throws {
        guard Run.browserAvailable() else { return }
        let run = try Run(name: "confirmed")
        defer { run.close() }
        try run.serve(today: Self.filingDay)
        let wd = run.wd

        // The learner uploads a training certificate (proposed 专业) and an online-learning record (proposed 公需) of
        // the same year; the declaration panel follows that year, with no declaration yet.
        try wd.navigate(run.base + "/")
        try run.login("li")
        try wd.waitFor("return !document.querySelector('#learner-view').hidden", timeout: 20)
        try wd.sendKeys(try wd.find("#file-input"), [Self.sample, Self.publicSample].map { repoRoot.appendingPathComponent($0).path }.joined(separator: "\n"))
        let outcome = try wd.waitFor("""
            const failed = document.querySelector('.upload-item.failed');
            if (failed) return 'failed: ' + failed.querySelector('.upload-state').textContent;
            return document.querySelectorAll('.result-card').length === 2 ? 'cards' : null;
            """, timeout: 90) as? String
        try #require(outcome == "cards", "upload: \(outcome ?? "?")")
        let uploads = try run.fetchJSON("/api/evidence")["items"] as? [[String: Any]] ?? []
        let training = try #require(uploads.first { ($0["file"] as? String)?.hasSuffix("继续教育材料-71.pdf") == true }, "\(uploads)")
        let online = try #require(uploads.first { ($0["file"] as? String)?.hasSuffix("学时证明.pdf") == true }, "\(uploads)")
        let uploadID = try #require(training["id"] as? String)
        let publicUploadID = try #require(online["id"] as? String)
        // The year the report dates the activity in: the declaration is for that year, so the items count in it.
        let year = try #require(WebDriver.int(training["year"]), "the sample's report has no year: \(training)")
        try #require(WebDriver.int(online["year"]) == year, "the two samples are of different years: \(uploads)")
        try wd.waitFor("""
            return document.querySelector('#declaration-year').value === arguments[0]
                && document.querySelector('#declaration').dataset.state === 'none'
                && !!document.querySelector('#declaration-create');
            """, timeout: 20, String(year))
        try run.shot("learner-no-declaration", at: "#declaration-panel")

        // The draft: the year's uploads as its items, a subject select per item, totals against 90 / 60.
        try wd.click(try wd.find("#declaration-create"))
        try run.waitForState(Run.learnerState, "draft")
        let itemRows = try wd.findAll("#declaration tr.declaration-item")
        let shownUploads = try itemRows.map { try wd.execute("return arguments[0].dataset.upload", $0) as? String ?? "" }
        #expect(Set(shownUploads) == [uploadID, publicUploadID], "items shown: \(shownUploads)")
        let itemText = try wd.text(try wd.find("#declaration .declaration-items"))
        #expect(itemText.contains("继续教育材料-71.pdf") && itemText.contains("学时证明.pdf"), "\(itemText)")
        let totalsText = try wd.text(try wd.find("#declaration .declaration-totals"))
        #expect(totalsText.contains("/ 90 学时") && totalsText.contains("/ 60 学时"), "\(totalsText)")
        #expect(!(try wd.text(try wd.find("#declaration .declaration-conclusion"))).isEmpty)
        let draftID = try #require(try wd.execute("return document.querySelector('#declaration').dataset.id") as? String)
        let draft = try run.fetchJSON("/api/declarations/\(draftID)")
        let draftItems = draft["items"] as? [[String: Any]] ?? []
        try #require(draftItems.count == 2, "\(draft)")
        let proposed = Dictionary(draftItems.map { ($0["upload"] as? String ?? "", $0["proposedSubject"] as? String ?? "") }) { a, _ in a }
        try #require(proposed[publicUploadID] == "public", "the online record is not proposed as 公需: \(draftItems)")
        // 专业 is offered exactly when the proposal does not make the item 公需 (the one-way rule).
        let subjectSelect = "return document.querySelector('#declaration select.declaration-subject[data-upload=\"' + arguments[0] + '\"]')"
        func professionalDisabled(_ upload: String) throws -> Bool? {
            try wd.execute(subjectSelect + ".querySelector('option[value=professional]').disabled", upload) as? Bool
        }
        #expect(try professionalDisabled(publicUploadID) == true)
        #expect(try professionalDisabled(uploadID) == (proposed[uploadID] == "public"))
        #expect(try wd.execute(subjectSelect + ".value", publicUploadID) as? String == "public")

        // Forced past the disabled option, the server refuses 公需 as 专业 and the page says why, then shows what is saved.
        try wd.execute("""
            const s = document.querySelector('#declaration select.declaration-subject[data-upload="' + arguments[0] + '"]');
            s.querySelector('option[value=professional]').disabled = false;
            s.value = 'professional';
            """, publicUploadID)
        try wd.click(try wd.find("#declaration-save"))
        let banner = try #require(try wd.waitFor("""
            const b = document.querySelector('#error-banner');
            return b.hidden ? null : document.querySelector('#error-text').textContent;
            """, timeout: 20) as? String)
        #expect(banner.contains("公需科目不能计为专业科目"), "\(banner)")
        try wd.waitFor(subjectSelect + ".value === 'public'", timeout: 20, publicUploadID)
        #expect(try professionalDisabled(publicUploadID) == true)
        try wd.click(try wd.find("#error-close"))

        // 保存科目 sends the selects' choices: the training certificate as 公需 (always allowed); the server's item and
        // trail say so.
        try wd.execute(subjectSelect + ".value = 'public'", uploadID)
        try wd.click(try wd.find("#declaration-save"))
        try wd.waitFor("return Array.from(document.querySelectorAll('#declaration .audit-row')).some(r => r.dataset.action === 'subjects')", timeout: 20)
        let saved = try run.fetchJSON("/api/declarations/\(draftID)")
        let savedSubjects = (saved["items"] as? [[String: Any]] ?? []).map { $0["subject"] as? String ?? "" }
        #expect(savedSubjects == ["public", "public"], "\(saved)")
        try run.shot("learner-draft", at: "#declaration-panel")

        // 提交申报 asks first; dismissed, nothing is filed.
        try wd.click(try wd.find("#declaration-file"))
        let question = try wd.waitForAlert(timeout: 10)
        #expect(question.contains("提交后材料不能更改、撤回或替换"), "\(question)")
        try wd.dismissAlert()
        #expect(try run.fetchJSON("/api/declarations/\(draftID)")["state"] as? String == "draft")
        #expect(try wd.execute(Run.learnerState) as? String == "draft")

        // Accepted: filed, read-only, in Chinese.
        try wd.click(try wd.find("#declaration-file"))
        _ = try wd.waitForAlert(timeout: 10)
        try wd.acceptAlert()
        try run.waitForState(Run.learnerState, "filed")
        #expect(try wd.text(try wd.find("#declaration .declaration-state")).contains("已提交"))
        #expect(try wd.findAll("#declaration select.declaration-subject").isEmpty, "a filed declaration still offers a subject select")
        #expect(try wd.findAll("#declaration-file").isEmpty && (try wd.findAll("#declaration-save")).isEmpty)
        let filedSubjects = try wd.findAll("#declaration tr.declaration-item .declaration-subject-text").map { try wd.text($0) }
        #expect(filedSubjects.count == 2 && filedSubjects.allSatisfy { $0.contains("公需") }, "\(filedSubjects)")
        let filedTrail = try run.auditActions("#declaration")
        #expect(filedTrail.suffix(2) == ["subjects", "file"], "\(filedTrail)")
        #expect(try wd.text(try wd.find("#declaration .declaration-audit")).contains("提交申报"))
        #expect(try run.fetchJSON("/api/declarations/\(draftID)")["state"] as? String == "filed")
        try run.shot("learner-filed", at: "#declaration-panel")
        try run.logout()

        // The unit's reviewer: the declaration in the year's list, opened, shown publicly for 5 working days.
        try run.login("wang")
        try run.openAsReviewer(year: year, id: draftID)
        #expect(try wd.execute(Run.detailState) as? String == "filed")
        #expect(try wd.text(try wd.find("#declarations-table tr.declaration-row")).contains("已提交"))
        let publicLink = try #require(try wd.execute("return document.querySelector('#public-list-link').getAttribute('href')") as? String)
        #expect(publicLink.hasPrefix("/#public?") && publicLink.contains("year=\(year)"), "\(publicLink)")
        #expect(try wd.execute("return document.querySelector('#declarations-export-csv').getAttribute('href')") as? String
                == "/api/declarations/export.csv?year=\(year)")
        #expect(try wd.execute("return document.querySelector('#publish-days').value") as? String == "5")
        try run.shot("reviewer-filed", at: "#declarations-panel")
        try wd.click(try wd.find("#declaration-publish"))
        try run.waitForState(Run.detailState, "public")
        let period = try wd.text(try wd.find("#declaration-detail .declaration-period"))
        #expect(period.contains(Self.filingDay) && period.contains(Self.publicUntil), "\(period)")
        #expect(try wd.text(try wd.find("#declaration-detail .declaration-state")).contains("公示中"))

        // During the period: approving is refused (the server's words on the page); an objection is taken and answered.
        try wd.click(try wd.find("#declaration-approve"))
        let refusal = try #require(try wd.waitFor("return document.querySelector('#declaration-error').textContent", timeout: 20) as? String)
        #expect(refusal.contains("公示期"), "\(refusal)")
        #expect(try wd.execute(Run.detailState) as? String == "public")
        try wd.sendKeys(try wd.find("#objection-text"), "请核实培训天数")
        try wd.click(try wd.find("#objection-submit"))
        let open = try #require(try wd.waitFor("return document.querySelector('#declaration-detail li.objection.open')", timeout: 20) as? WebElement)
        #expect(try wd.text(open).contains("请核实培训天数"))
        try wd.sendKeys(try wd.find(".objection-answer-text", in: open), "已核实：证书所载学时无误")
        try wd.click(try wd.find(".objection-answer-button", in: open))
        let answered = try #require(try wd.waitFor("return document.querySelector('#declaration-detail li.objection.answered')", timeout: 20) as? WebElement)
        #expect(try wd.text(answered).contains("已核实：证书所载学时无误"))
        let publicTrail = try run.auditActions("#declaration-detail")
        #expect(publicTrail.suffix(3) == ["publish", "object", "answer"], "\(publicTrail)")
        try run.shot("reviewer-public", at: "#declaration-detail")
        try run.logout()

        // The public list, logged out: li's entry with the item, the period and the CSV; no ID-number pattern anywhere.
        #expect(WebDriver.int(try wd.execute("return fetch('/api/session').then(r => r.status)")) == 401)
        var query = URLComponents()
        query.queryItems = [URLQueryItem(name: "unit", value: Self.unit), URLQueryItem(name: "year", value: String(year))]
        let encoded = try #require(query.percentEncodedQuery)
        try wd.navigate(run.base + "/#public?" + encoded)
        let entry = try #require(try wd.waitFor("""
            if (document.querySelector('#public-view').hidden || document.querySelector('#public-table').dataset.state !== 'loaded') return null;
            return document.querySelector('#public-table tr.public-entry[data-learner="li"]');
            """, timeout: 20) as? WebElement, "li is not on the public list")
        let entryText = try wd.text(entry)
        #expect(entryText.contains("继续教育材料-71.pdf") && entryText.contains("学时证明.pdf") && entryText.contains("公示中")
                && entryText.contains(Self.publicUntil), "\(entryText)")
        #expect(try wd.findAll("#public-table tr.public-entry").count == 1)
        #expect(try wd.text(try wd.find("#public-title")).contains(Self.unit))
        #expect(try wd.execute("return document.querySelector('#learner-view').hidden && document.querySelector('#reviewer-view').hidden") as? Bool == true)
        let pageText = try #require(try wd.execute("return document.body.innerText") as? String)
        #expect(pageText.range(of: "(?<![0-9])[0-9]{17}[0-9Xx](?![0-9])", options: .regularExpression) == nil,
                "an 18-digit ID-number pattern on the public list")
        let csvHref = try #require(try wd.execute("const a = document.querySelector('#public-csv'); return a.hidden ? null : a.getAttribute('href')") as? String)
        #expect(csvHref.hasPrefix("/api/public-list.csv?") && csvHref.contains("year=\(year)"), "\(csvHref)")
        let csv = try httpRequest("GET", run.base + "/api/public-list.csv?" + encoded)
        let csvText = String(decoding: csv.body, as: UTF8.self)
        #expect(csv.status == 200 && csvText.hasPrefix("\u{FEFF}") && csvText.contains("继续教育材料-71.pdf"), "\(csv.status): \(csvText.prefix(300))")
        try run.shot("public-list")

        // A later day: the period is over. Same store, the server started again.
        try run.serve(today: Self.approvalDay)
        try wd.navigate(run.base + "/")
        try run.login("wang")
        try run.openAsReviewer(year: year, id: draftID)
        #expect(try wd.execute(Run.detailState) as? String == "public")
        try wd.click(try wd.find("#declaration-approve"))
        try run.waitForState(Run.detailState, "approved")
        #expect(try wd.text(try wd.find("#declaration-detail .declaration-state")).contains("单位已审核"))
        try wd.click(try wd.find("#declaration-confirm"))
        try run.waitForState(Run.detailState, "confirmed")
        #expect(try wd.text(try wd.find("#declaration-detail .declaration-state")).contains("已确认"))
        #expect(try run.auditActions("#declaration-detail").suffix(2) == ["approve", "confirm"])
        let confirmed = try run.fetchJSON("/api/declarations/\(draftID)")
        let granted = (confirmed["items"] as? [[String: Any]] ?? []).map { $0["granted"] as? NSNumber }
        #expect(granted.count == 2 && granted.allSatisfy { $0 != nil }, "hours not granted at approval: \(confirmed)")
        let grantedShown = try wd.findAll("#declaration-detail .declaration-granted").map { try wd.text($0) }
        #expect(grantedShown.count == 2 && grantedShown.allSatisfy { $0.hasSuffix("学时") }, "\(grantedShown)")
        #expect(try wd.waitFor("""
            return Array.from(document.querySelectorAll('#declarations-table tr.declaration-row'))
                .some(r => r.dataset.id === arguments[0] && r.dataset.state === 'confirmed');
            """, timeout: 20, draftID) as? Bool == true)
        let export = try #require(try wd.execute("""
            return fetch(document.querySelector('#declarations-export-csv').href)
                .then(r => r.text().then(t => r.status + ' ' + r.headers.get('content-type') + '\\n' + t));
            """) as? String)
        #expect(export.hasPrefix("200 text/csv") && export.contains("继续教育材料-71.pdf"), "\(export.prefix(300))")
        try run.shot("reviewer-confirmed", at: "#declaration-detail")
        try run.logout()

        // The learner sees it confirmed, with the trail of who did what.
        try run.login("li")
        try run.waitForState(Run.learnerState, "confirmed")
        #expect(try wd.text(try wd.find("#declaration .declaration-state")).contains("已确认"))
        let trail = try run.auditActions("#declaration")
        #expect(trail == ["create", "subjects", "file", "publish", "object", "answer", "approve", "confirm"], "\(trail)")
        let audit = try wd.text(try wd.find("#declaration .declaration-audit"))
        #expect(audit.contains("wang") && audit.contains("确认") && audit.contains("公示"), "\(audit)")
        #expect(try wd.text(try wd.find("#declaration .declaration-objections")).contains("已核实：证书所载学时无误"))
        try run.shot("learner-confirmed", at: "#declaration-panel")
        try run.logout()
        run.finished = true
    }

    @Test func reviewerReturnsWithReasonLearnerFilesAgain() throws {
        guard Run.browserAvailable() else { return }
        let run = try Run(name: "returned")
        defer { run.close() }
        try run.serve(today: Self.filingDay)
        let wd = run.wd

        // The learner files a one-item declaration.
        try wd.navigate(run.base + "/")
        try run.login("li")
        try wd.waitFor("return !document.querySelector('#learner-view').hidden", timeout: 20)
        try wd.sendKeys(try wd.find("#file-input"), repoRoot.appendingPathComponent(Self.sample).path)
        try wd.waitFor("return !!document.querySelector('.result-card')", timeout: 60)
        let uploads = try run.fetchJSON("/api/evidence")["items"] as? [[String: Any]] ?? []
        let year = try #require(uploads.first.flatMap { WebDriver.int($0["year"]) }, "\(uploads)")
        try wd.waitFor("""
            return document.querySelector('#declaration-year').value === arguments[0]
                && document.querySelector('#declaration').dataset.state === 'none' && !!document.querySelector('#declaration-create');
            """, timeout: 20, String(year))
        try wd.click(try wd.find("#declaration-create"))
        try run.waitForState(Run.learnerState, "draft")
        let id = try #require(try wd.execute("return document.querySelector('#declaration').dataset.id") as? String)
        try wd.click(try wd.find("#declaration-file"))
        _ = try wd.waitForAlert(timeout: 10)
        try wd.acceptAlert()
        try run.waitForState(Run.learnerState, "filed")
        try run.logout()

        // The reviewer: 退回 asks for the reason; cancelled, nothing happens; given, it goes back to the learner.
        try run.login("wang")
        try run.openAsReviewer(year: year, id: id)
        try wd.click(try wd.find("#declaration-return"))
        _ = try wd.waitForAlert(timeout: 10)
        try wd.dismissAlert()
        #expect(try run.fetchJSON("/api/declarations/\(id)")["state"] as? String == "filed")
        let reason = "证书日期与培训通知不一致，请核对后重新提交"
        try wd.click(try wd.find("#declaration-return"))
        let question = try wd.waitForAlert(timeout: 10)
        #expect(question.contains("退回原因"), "\(question)")
        try wd.sendAlertText(reason)
        try wd.acceptAlert()
        try run.waitForState(Run.detailState, "draft")
        #expect(try wd.text(try wd.find("#declaration-detail .declaration-return")).contains(reason))
        #expect(try wd.findAll("#declaration-actions button").isEmpty, "a returned draft still offers the reviewer buttons")
        // Back with the learner, it leaves the unit's list (a reviewer sees no drafts).
        try wd.waitFor("""
            return document.querySelector('#declarations-table').dataset.state === 'loaded'
                && !Array.from(document.querySelectorAll('#declarations-table tr.declaration-row')).some(r => r.dataset.id === arguments[0]);
            """, timeout: 20, id)
        try run.shot("reviewer-returned", at: "#declaration-detail")
        try run.logout()

        // The learner sees why, may change subjects again, and files again; the reason goes with the new filing.
        try run.login("li")
        try run.waitForState(Run.learnerState, "draft")
        #expect(try wd.text(try wd.find("#declaration .declaration-return")).contains(reason))
        #expect(try wd.findAll("#declaration select.declaration-subject").count == 1)
        let trail = try run.auditActions("#declaration")
        #expect(trail == ["create", "file", "return"], "\(trail)")
        #expect(try wd.text(try wd.find("#declaration .declaration-audit")).contains(reason))
        try run.shot("learner-returned", at: "#declaration-panel")
        try wd.click(try wd.find("#declaration-file"))
        _ = try wd.waitForAlert(timeout: 10)
        try wd.acceptAlert()
        try run.waitForState(Run.learnerState, "filed")
        #expect(try wd.findAll("#declaration .declaration-return").isEmpty, "the old reason is still shown after filing again")
        #expect(try run.auditActions("#declaration") == ["create", "file", "return", "file"])
        try run.logout()
        run.finished = true
    }
}

/// One browser test's world: a temporary store with the unit's learner and reviewer, `xueshi serve` on it (started
/// again for another day with `serve(today:)`), a headless browser, and the helpers the tests drive the page with.
/// `close()` stops everything; unless `finished` was set, it first keeps a picture of the page, its console and the
/// server's log.
final class DeclarationBrowserRun {
    static let unit = "甲单位"
    /// Test accounts only; the store is a temporary file deleted with its folder.
    static let accounts: [(name: String, role: String, unit: String, password: String)] = [
        ("li", "learner", unit, "li-test-password-1"),
        ("wang", "reviewer", unit, "wang-test-password-1"),
    ]
    /// The state of the declaration the learner's panel shows, or null while none is loaded.
    static let learnerState = "const b = document.querySelector('#declaration'); return b.dataset.state === 'loaded' ? b.dataset.declarationState : null"
    /// The state of the declaration the reviewer has open, or null.
    static let detailState = "const d = document.querySelector('#declaration-detail'); return d.hidden ? null : d.dataset.state"

    let dir: URL
    let store: String
    let log: URL
    let shots: URL
    let wd: WebDriver
    private(set) var base = ""
    private var server: Child?
    private var step = 0
    var finished = false

    /// False (with the skip note, or an issue under $XUESHI_REQUIRE_BROWSER=1) where there is no WebDriver.
    static func browserAvailable() -> Bool {
        if WebDriver.isAvailable { return true }
        if ProcessInfo.processInfo.environment["XUESHI_REQUIRE_BROWSER"] == "1" {
            Issue.record("XUESHI_REQUIRE_BROWSER=1 but neither $XUESHI_TEST_WEBDRIVER nor \(WebDriver.chromedriver) exists")
        } else {
            print("DeclarationBrowserTests skipped: no $XUESHI_TEST_WEBDRIVER and no \(WebDriver.chromedriver) (apt-get install chromium chromium-driver)")
        }
        return false
    }

    /// Pictures go to <artifacts>/declaration-browser/<name>/, emptied of an earlier run's first.
    init(name: String) throws {
        dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-declaration-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        store = dir.appendingPathComponent("store.sqlite").path
        log = dir.appendingPathComponent("serve.log")
        let artifacts = ProcessInfo.processInfo.environment["XUESHI_ARTIFACTS"].map { URL(fileURLWithPath: $0) }
            ?? repoRoot.appendingPathComponent(".build/artifacts")
        shots = artifacts.appendingPathComponent("declaration-browser").appendingPathComponent(name)
        do {
            for a in Self.accounts {
                let r = try xueshiWithInput(["users", "add", a.name, "--role", a.role, "--unit", a.unit, "--store", store],
                                            input: a.password + "\n")
                guard r.status == 0 else { throw WebDriverError(description: "users add \(a.name): \(r.stderr)") }
            }
            try FileManager.default.createDirectory(at: shots, withIntermediateDirectories: true)
            // Only this run's pictures: an old 99-failure.png beside a passing run would mislead.
            for old in (try? FileManager.default.contentsOfDirectory(atPath: shots.path)) ?? [] where old.hasSuffix(".png") {
                try? FileManager.default.removeItem(at: shots.appendingPathComponent(old))
            }
            wd = try WebDriver.launch()
        } catch {
            try? FileManager.default.removeItem(at: dir)
            throw error
        }
    }

    /// (Re)starts the server on the store, taking `today` as the day, from the repository's root (where web/ is).
    /// Each start is on a port of its own: the browser's old origin and its cookie do not carry over.
    func serve(today: String) throws {
        server?.stop()
        server = nil
        let port = try freeTCPPort()
        let child = try Child(binary.path, ["serve", "--store", store, "--port", "\(port)", "--host", "127.0.0.1", "--today", today],
                              in: repoRoot.path, log: log.path)
        server = child
        base = "http://127.0.0.1:\(port)"
        try waitForServer(base + "/api/session", server: child, log: log)
    }

    func close() {
        if !finished {
            _ = try? wd.dismissAlert()
            try? wd.screenshot().write(to: shots.appendingPathComponent("99-failure.png"))
            print("browser console:\n" + wd.consoleLog().joined(separator: "\n"))
            print("server log (tail):\n" + tail(log))
        }
        wd.quit()
        server?.stop()
        server = nil
        try? FileManager.default.removeItem(at: dir)
    }

    /// A picture of the page, scrolled to `at` first when given (the declaration panels are below the fold).
    func shot(_ name: String, at selector: String? = nil) throws {
        if let selector {
            try wd.execute("const e = document.querySelector(arguments[0]); if (e) e.scrollIntoView({block: 'start'})", selector)
        }
        step += 1
        try wd.screenshot().write(to: shots.appendingPathComponent(String(format: "%02d", step) + "-" + name + ".png"))
    }

    func login(_ name: String) throws {
        try wd.logIn(name, password: try #require(Self.accounts.first { $0.name == name }?.password))
    }

    func logout() throws { try wd.logOut() }

    /// The page's own fetch (with its cookie) of a JSON route: the answer as the page would see it; not 200 fails.
    func fetchJSON(_ path: String) throws -> [String: Any] {
        let value = try wd.execute("return fetch(arguments[0]).then(r => r.text().then(t => JSON.stringify({status: r.status, body: t})))", path)
        let wrapper = try #require(try JSONSerialization.jsonObject(with: Data(((value as? String) ?? "{}").utf8)) as? [String: Any])
        try #require(WebDriver.int(wrapper["status"]) == 200, "GET \(path): \(wrapper)")
        let body = try #require(wrapper["body"] as? String)
        return try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [String: Any], "GET \(path): \(body)")
    }

    /// Chooses `year` in a year select and lets its change handler run.
    func chooseYear(_ select: String, _ year: Int) throws {
        try wd.execute("""
            const s = document.querySelector(arguments[0]);
            if (![...s.options].some(o => o.value === arguments[1])) s.append(new Option(arguments[1] + ' 年', arguments[1]));
            s.value = arguments[1];
            s.dispatchEvent(new Event('change'));
            """, select, String(year))
    }

    /// The actions of the audit trail shown under `scope`, in order.
    func auditActions(_ scope: String) throws -> [String] {
        (try wd.execute("return Array.from(document.querySelectorAll(arguments[0] + ' .declaration-audit tr.audit-row')).map(r => r.dataset.action)", scope)
            as? [Any])?.compactMap { $0 as? String } ?? []
    }

    /// Waits until `script` (learnerState or detailState) gives `expected`; on a timeout, says what the page showed
    /// and which error it printed.
    func waitForState(_ script: String, _ expected: String) throws {
        do {
            try wd.waitFor("return (function () { \(script) })() === arguments[0]", timeout: 20, expected)
        } catch {
            let shown = (try? wd.execute(script)).flatMap { $0 as? String } ?? "nothing"
            let said = (try? wd.execute("""
                return [document.querySelector('#declaration-error').textContent, document.querySelector('#error-text').textContent]
                    .filter(Boolean).join(' | ')
                """)).flatMap { $0 as? String } ?? ""
            throw WebDriverError(description: "expected \(expected), the page shows \(shown); its errors: \(said) (\(error))")
        }
    }

    /// As the reviewer: the year's declarations listed, declaration `id` among them (li's), opened.
    func openAsReviewer(year: Int, id: String) throws {
        try wd.waitFor("return !document.querySelector('#reviewer-view').hidden", timeout: 20)
        try chooseYear("#review-declaration-year", year)
        let row = try #require(try wd.waitFor("""
            if (document.querySelector('#declarations-table').dataset.state !== 'loaded') return null;
            return Array.from(document.querySelectorAll('#declarations-table tr.declaration-row')).find(r => r.dataset.id === arguments[0]) || null;
            """, timeout: 20, id) as? WebElement, "declaration \(id) is not in the reviewer's list for \(year)")
        #expect(try wd.text(row).contains("li"))
        try wd.click(try wd.find(".declaration-open", in: row))
        try wd.waitFor("return document.querySelector('#declaration-detail').dataset.id === arguments[0]", timeout: 20, id)
    }
}

/// User prompts (alert, confirm, prompt), per W3C WebDriver §16.
extension WebDriver {
    /// Waits for a prompt to be open and returns its text.
    func waitForAlert(timeout: TimeInterval = 10) throws -> String {
        var text = ""
        try waitUntil("a confirm dialog", timeout: timeout) {
            text = try command("GET", "/session/\(sessionID)/alert/text") as? String ?? ""
            return true
        }
        return text
    }

    func acceptAlert() throws { try command("POST", "/session/\(sessionID)/alert/accept") }

    func dismissAlert() throws { try command("POST", "/session/\(sessionID)/alert/dismiss") }

    /// Types into an open prompt() (accept it afterwards).
    func sendAlertText(_ text: String) throws { try command("POST", "/session/\(sessionID)/alert/text", ["text": text]) }
}
