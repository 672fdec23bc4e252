import Foundation
import XueshiCore

/// Draws in a child process (`xueshi draw --report`), under a time limit and an address-space limit, so a hostile
/// upload that makes poppler or cairo crash, spin or balloon costs one child, never the server.
public struct IsolatedDrawer: PageDrawer {
    public var executable: String
    public var dpi: Double
    public var seconds: Double
    public var memoryMB: Int

    public init(executable: String, dpi: Double = 100, seconds: Double = 30, memoryMB: Int = 1024) {
        self.executable = executable; self.dpi = dpi; self.seconds = seconds; self.memoryMB = memoryMB
    }

    public func png(_ bytes: Data, name: String, page: Int, report: Report) async -> Result<Data, ReadError> {
        let me = self
        return await withCheckedContinuation { c in
            DispatchQueue.global().async { c.resume(returning: me.draw(bytes, name: name, page: page, report: report)) }
        }
    }

    func draw(_ bytes: Data, name: String, page: Int, report: Report) -> Result<Data, ReadError> {
        let dir = NSTemporaryDirectory() + "xueshi-draw-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        defer { try? FileManager.default.removeItem(atPath: dir) }
        do {
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let input = dir + "/in", reportFile = dir + "/report.json", output = dir + "/page.png"
            try bytes.write(to: URL(fileURLWithPath: input))
            try Report.encoder(pretty: false).encode(report).write(to: URL(fileURLWithPath: reportFile))
            let p = Process()
            // prlimit bounds the child's address space, as the readers' workers are bounded.
            p.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
            p.arguments = ["--as=\(memoryMB << 20)", "--", executable, "draw", "--report", reportFile,
                           "--page", String(page), "--dpi", String(dpi), "-o", output, input]
            p.standardOutput = FileHandle.nullDevice
            // Standard error to a file, read after the child ends (a pipe would need a reader alongside).
            let errFile = dir + "/stderr"
            FileManager.default.createFile(atPath: errFile, contents: nil)
            p.standardError = FileHandle(forWritingAtPath: errFile)
            let done = DispatchSemaphore(value: 0)
            p.terminationHandler = { _ in done.signal() }
            try p.run()
            if done.wait(timeout: .now() + seconds) == .timedOut {
                kill(p.processIdentifier, SIGKILL)
                done.wait()
                return .failure(ReadError(code: "timeout", message: "绘制页面超过 \(Int(seconds)) 秒，已停止"))
            }
            guard p.terminationReason == .exit else {
                return .failure(ReadError(code: "crashed", message: "绘制页面的进程意外退出"))
            }
            if p.terminationStatus == 0, let png = FileManager.default.contents(atPath: output) { return .success(png) }
            let text = String(decoding: FileManager.default.contents(atPath: errFile) ?? Data(), as: UTF8.self)
            if text.contains("no-such-page") { return .failure(ReadError(code: "no-such-page", message: "没有这一页")) }
            return .failure(ReadError(code: "not-drawn", message: "无法绘制这一页"))
        } catch {
            return .failure(ReadError(code: "not-drawn", message: "无法绘制这一页"))
        }
    }
}
