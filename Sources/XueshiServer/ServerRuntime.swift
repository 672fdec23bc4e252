import Foundation
import XueshiPipeline
import XueshiStore
import XueshiNormalize

/// Everything the server uses, built by the shell (`xueshi serve`, or a test) and handed in: no globals, no
/// environment lookups inside the library.
public struct ServerRuntime: Sendable {
    public var store: any WebStore
    public var scans: ScanService
    public var drawer: any PageDrawer
    /// For the confidence model when store-wide duplicate flags are added, and the standards for summaries.
    public var pipeline: Pipeline
    /// The folder with index.html, app.js, app.css and openapi.json.
    public var webRoot: String
    public var maxUploadBytes: Int
    /// Cookies marked `Secure` (behind TLS).
    public var secureCookies: Bool
    public var passwords: PasswordHash
    public var sessionSeconds: Double
    public var clock: @Sendable () -> Double
    /// The day declarations take as today (public periods, approval); nil = the clock's day in China (UTC+8).
    /// `xueshi serve --today` sets it for rehearsals and tests.
    public var today: DayDate? = nil

    public init(store: any WebStore, scans: ScanService, drawer: any PageDrawer, pipeline: Pipeline, webRoot: String,
                maxUploadBytes: Int = 20 << 20, secureCookies: Bool = false, passwords: PasswordHash = PasswordHash(),
                sessionSeconds: Double = 8 * 3600, clock: @escaping @Sendable () -> Double = { Date().timeIntervalSince1970 }) {
        self.store = store; self.scans = scans; self.drawer = drawer; self.pipeline = pipeline; self.webRoot = webRoot
        self.maxUploadBytes = maxUploadBytes; self.secureCookies = secureCookies; self.passwords = passwords
        self.sessionSeconds = sessionSeconds; self.clock = clock
    }
}
