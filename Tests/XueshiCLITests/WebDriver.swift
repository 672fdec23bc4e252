import Foundation
import XueshiServer

/// What WebDriver, the browser or a waited-for condition refused.
struct WebDriverError: Error, CustomStringConvertible {
    var description: String
}

/// A W3C WebDriver element reference.
struct WebElement: Sendable {
    let id: String
}

/// Just enough of W3C WebDriver (https://www.w3.org/TR/webdriver2/) to drive the web page in headless Chromium:
/// navigate, find, click, type, read, run script, screenshot. Synchronous on purpose: the CLI tests around it are
/// synchronous, and a test that waits on a browser has nothing else to do meanwhile.
/// The page's login form and logout button, as every browser test uses them.
extension WebDriver {
    func logIn(_ name: String, password: String) throws {
        try waitFor("return !document.querySelector('#login-view').hidden", timeout: 20)
        let user = try find("#login-username")
        try clear(user)
        try sendKeys(user, name)
        try sendKeys(try find("#login-password"), password)
        try click(try find("#login-submit"))
    }

    func logOut() throws {
        try click(try find("#logout-button"))
        try waitFor("return !document.querySelector('#login-view').hidden", timeout: 20)
    }
}

final class WebDriver {
    /// The key W3C WebDriver puts an element reference under.
    static let elementKey = "element-6066-11e4-a52e-4f735466cecf"
    static let chromedriver = "/usr/bin/chromedriver"
    static let chromium = "/usr/bin/chromium"

    let endpoint: String
    private(set) var sessionID = ""
    private var driver: Child?

    /// $XUESHI_TEST_WEBDRIVER names a running WebDriver server; else chromedriver is started here if installed.
    static var isAvailable: Bool {
        if let url = ProcessInfo.processInfo.environment["XUESHI_TEST_WEBDRIVER"], !url.isEmpty { return true }
        return FileManager.default.isExecutableFile(atPath: chromedriver)
    }

    /// A browser session, on $XUESHI_TEST_WEBDRIVER or on a chromedriver of its own (stopped by `quit`).
    static func launch() throws -> WebDriver {
        if let url = ProcessInfo.processInfo.environment["XUESHI_TEST_WEBDRIVER"], !url.isEmpty {
            let wd = WebDriver(endpoint: url, driver: nil)
            try wd.startSession()
            return wd
        }
        let port = try freeTCPPort()
        let p = try Child(chromedriver, ["--port=\(port)"])
        let wd = WebDriver(endpoint: "http://127.0.0.1:\(port)", driver: p)
        do {
            try wd.waitUntil("chromedriver to listen", timeout: 20) {
                ((try wd.command("GET", "/status") as? [String: Any])?["ready"] as? Bool) == true
            }
            try wd.startSession()
        } catch {
            wd.quit()
            throw error
        }
        return wd
    }

    private init(endpoint: String, driver: Child?) {
        self.endpoint = endpoint.hasSuffix("/") ? String(endpoint.dropLast()) : endpoint
        self.driver = driver
    }

    private func startSession() throws {
        var chrome: [String: Any] = ["args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1600"]]
        // A remote WebDriver may keep its browser elsewhere; name the binary only when it is here.
        if FileManager.default.isExecutableFile(atPath: Self.chromium) { chrome["binary"] = Self.chromium }
        let caps: [String: Any] = ["capabilities": ["alwaysMatch": [
            "browserName": "chrome", "goog:chromeOptions": chrome, "goog:loggingPrefs": ["browser": "ALL"],
        ]]]
        let value = try command("POST", "/session", caps) as? [String: Any]
        guard let id = value?["sessionId"] as? String else { throw WebDriverError(description: "no session id in \(String(describing: value))") }
        sessionID = id
    }

    /// Ends the session and the chromedriver started for it. Safe to call twice.
    func quit() {
        if !sessionID.isEmpty {
            _ = try? command("DELETE", "/session/\(sessionID)", timeout: 20)
            sessionID = ""
        }
        if let p = driver {
            driver = nil
            p.stop(grace: 5)
        }
    }

    // MARK: Commands

    func navigate(_ url: String) throws { try session("POST", "/url", ["url": url]) }

    func find(_ css: String) throws -> WebElement {
        try element(try session("POST", "/element", ["using": "css selector", "value": css]), css)
    }

    func find(_ css: String, in parent: WebElement) throws -> WebElement {
        try element(try session("POST", "/element/\(parent.id)/element", ["using": "css selector", "value": css]), css)
    }

    func findAll(_ css: String) throws -> [WebElement] {
        let list = try session("POST", "/elements", ["using": "css selector", "value": css]) as? [Any] ?? []
        return try list.map { try element($0, css) }
    }

    func click(_ e: WebElement) throws { try session("POST", "/element/\(e.id)/click", [:]) }

    func clear(_ e: WebElement) throws { try session("POST", "/element/\(e.id)/clear", [:]) }

    /// Types into an element; for <input type=file>, an absolute path (several: one per line) picks files.
    func sendKeys(_ e: WebElement, _ text: String) throws { try session("POST", "/element/\(e.id)/value", ["text": text]) }

    func text(_ e: WebElement) throws -> String { try session("GET", "/element/\(e.id)/text") as? String ?? "" }

    /// Runs `script` as a function body (`arguments` holds args; WebElements pass as elements). A returned promise
    /// is waited for. An element comes back as a WebElement, null as nil.
    @discardableResult
    func execute(_ script: String, _ args: Any...) throws -> Any? {
        try run(script, args)
    }

    private func run(_ script: String, _ args: [Any]) throws -> Any? {
        let wire = args.map { ($0 as? WebElement).map { [Self.elementKey: $0.id] as Any } ?? $0 }
        let value = try session("POST", "/execute/sync", ["script": script, "args": wire])
        if value is NSNull { return nil }
        if let dict = value as? [String: Any], dict.count == 1, let id = dict[Self.elementKey] as? String { return WebElement(id: id) }
        return value
    }

    /// The page as PNG bytes.
    func screenshot() throws -> Data {
        guard let b64 = try session("GET", "/screenshot") as? String, let data = Data(base64Encoded: b64) else {
            throw WebDriverError(description: "screenshot: no PNG in the answer")
        }
        return data
    }

    /// The browser console so far (chromedriver's log extension; empty where it is not supported).
    func consoleLog() -> [String] {
        let entries = (try? session("POST", "/se/log", ["type": "browser"])) as? [[String: Any]] ?? []
        return entries.compactMap { $0["message"] as? String }
    }

    // MARK: Waiting

    /// Polls `condition` until it is true; errors while polling (no such element yet) count as not yet.
    func waitUntil(_ what: String, timeout: TimeInterval = 10, poll: TimeInterval = 0.2, _ condition: () throws -> Bool) throws {
        let deadline = Date().addingTimeInterval(timeout)
        var last: Error?
        while true {
            do {
                if try condition() { return }
            } catch {
                last = error
            }
            if Date() >= deadline { break }
            Thread.sleep(forTimeInterval: poll)
        }
        throw WebDriverError(description: "timed out after \(Int(timeout)) s waiting for \(what)" + (last.map { " (last error: \($0))" } ?? ""))
    }

    /// Runs `script` until it returns something truthy (not null, false, 0 or ""), and returns that (as `execute`).
    @discardableResult
    func waitFor(_ script: String, timeout: TimeInterval = 10, _ args: Any...) throws -> Any? {
        var result: Any?
        try waitUntil(script, timeout: timeout) {
            result = try run(script, args)
            return Self.truthy(result)
        }
        return result
    }

    /// A number the page returned, whichever way JSON decoding typed it.
    static func int(_ v: Any?) -> Int? {
        switch v {
        case let i as Int: return i
        case let d as Double: return Int(exactly: d)
        case let n as NSNumber: return n.intValue
        default: return nil
        }
    }

    private static func truthy(_ v: Any?) -> Bool {
        switch v {
        case nil, is NSNull: return false
        case let b as Bool: return b
        case let n as NSNumber: return n.doubleValue != 0
        case let s as String: return !s.isEmpty
        default: return true
        }
    }

    // MARK: The wire

    private func element(_ value: Any?, _ css: String) throws -> WebElement {
        guard let dict = value as? [String: Any], let id = dict[Self.elementKey] as? String else {
            throw WebDriverError(description: "no element for \(css): \(String(describing: value))")
        }
        return WebElement(id: id)
    }

    @discardableResult
    private func session(_ method: String, _ path: String, _ body: [String: Any]? = nil) throws -> Any? {
        guard !sessionID.isEmpty else { throw WebDriverError(description: "no session") }
        return try command(method, "/session/\(sessionID)" + path, body)
    }

    /// One WebDriver command: JSON in, the answer's `value` out; a WebDriver error becomes a thrown error.
    @discardableResult
    func command(_ method: String, _ path: String, _ body: [String: Any]? = nil, timeout: TimeInterval = 90) throws -> Any? {
        let body = method == "POST" ? try JSONSerialization.data(withJSONObject: body ?? [:]) : nil
        let answer = try httpRequest(method, endpoint + path, body: body, timeout: timeout)
        let data = answer.body
        let json = data.isEmpty ? nil : try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        let value = (json as? [String: Any])?["value"]
        if answer.status != 200 {
            let v = value as? [String: Any]
            let error = v?["error"] as? String ?? "HTTP \(answer.status)"
            let message = v?["message"] as? String ?? String(decoding: data.prefix(500), as: UTF8.self)
            throw WebDriverError(description: "\(method) \(path): \(error): \(message.split(separator: "\n").first ?? "")")
        }
        return value
    }
}

/// One HTTP/1.1 answer.
typealias HTTPAnswer = LoopbackHTTP.Answer

/// One plain-HTTP request (LoopbackHTTP: URLSession on Linux cannot talk to chromedriver).
func httpRequest(_ method: String, _ url: String, body: Data? = nil, contentType: String = "application/json; charset=utf-8",
                 timeout: TimeInterval = 30) throws -> HTTPAnswer {
    do { return try LoopbackHTTP.request(method, url, body: body, contentType: contentType, timeout: timeout) } catch let f as LoopbackHTTP.Failure {
        throw WebDriverError(description: f.description)
    }
}

/// A TCP port free on loopback now (the kernel's pick; closed again for the caller to bind).
func freeTCPPort() throws -> Int {
    #if os(Linux)
    let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
    #else
    let fd = socket(AF_INET, SOCK_STREAM, 0)
    #endif
    guard fd >= 0 else { throw WebDriverError(description: "socket: errno \(errno)") }
    defer { close(fd) }
    var addr = sockaddr_in()
    addr.sin_family = sa_family_t(AF_INET)
    addr.sin_port = 0
    addr.sin_addr.s_addr = inet_addr("127.0.0.1")
    var length = socklen_t(MemoryLayout<sockaddr_in>.size)
    let bound = withUnsafeMutablePointer(to: &addr) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
    }
    guard bound == 0 else { throw WebDriverError(description: "bind: errno \(errno)") }
    let named = withUnsafeMutablePointer(to: &addr) {
        $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
    }
    guard named == 0 else { throw WebDriverError(description: "getsockname: errno \(errno)") }
    return Int(UInt16(bigEndian: addr.sin_port))
}

/// A background process (a server, chromedriver) started with nothing blocked and default signal handling.
/// Foundation's Process hands the child the spawning thread's signal mask, and the threads tests run on block
/// SIGTERM: a child started with Process from a test never sees a polite stop and has to be killed.
final class Child {
    let pid: pid_t
    private var status: Int32?

    /// Runs `executable` with `arguments` in `directory`, stdin from /dev/null, stdout and stderr appended to `log`
    /// (or discarded).
    init(_ executable: String, _ arguments: [String], in directory: String? = nil, log: String? = nil) throws {
        // cd through sh: posix_spawn has no portable working-directory action.
        let words = ["/bin/sh", "-c", "cd \"$1\" && shift && exec \"$@\"", "sh", directory ?? ".", executable] + arguments
        var argv: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        var envp: [UnsafeMutablePointer<CChar>?] = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { argv.forEach { free($0) }; envp.forEach { free($0) } }

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, log ?? "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0o644)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attributes, &none)
        var reset = sigset_t()
        sigemptyset(&reset)
        for s in [SIGTERM, SIGINT, SIGHUP, SIGQUIT, SIGPIPE, SIGCHLD] { sigaddset(&reset, s) }
        posix_spawnattr_setsigdefault(&attributes, &reset)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var pid: pid_t = 0
        let rc = posix_spawn(&pid, "/bin/sh", &actions, &attributes, &argv, &envp)
        guard rc == 0 else { throw WebDriverError(description: "cannot start \(executable): error \(rc)") }
        self.pid = pid
    }

    var isRunning: Bool { reap(block: false) == nil }

    /// The exit status once it has ended (a signal's number plus 128 for a killed process).
    var exitStatus: Int32? { reap(block: false) }

    @discardableResult
    private func reap(block: Bool) -> Int32? {
        if let status { return status }
        var raw: Int32 = 0
        let r = waitpid(pid, &raw, block ? 0 : WNOHANG)
        guard r == pid else { return r < 0 ? -1 : nil }
        let signal = raw & 0x7f
        status = signal == 0 ? (raw >> 8) & 0xff : 128 + signal
        return status
    }

    /// SIGTERM, then SIGKILL after `grace` seconds; waits for the end either way. Safe to call twice.
    func stop(grace: TimeInterval = 10) {
        guard isRunning else { return }
        kill(pid, SIGTERM)
        let deadline = Date().addingTimeInterval(grace)
        while isRunning && Date() < deadline { Thread.sleep(forTimeInterval: 0.05) }
        if isRunning { kill(pid, SIGKILL) }
        reap(block: true)
    }
}
