import Foundation
import Testing
import XueshiCore
import XueshiOCR

/// Isolation through the built binary: every path gets exactly one report whatever it is, a worker that dies
/// costs only its own file, reports stream as files finish, and no process outlives a killed `xueshi`.
@Suite(.serialized) struct IsolationCLITests {
    func temporaryFolder() throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-iso-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }

    func reports(_ r: Run) throws -> [Report] {
        try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(Report.self, from: Data($0.utf8)) }
    }

    @Test func everyPathGetsOneReportWhateverItIs() throws {
        let dir = try temporaryFolder()
        let good = repoRoot.appendingPathComponent("corpus/samples/附件11.pdf")
        // A GBK name (学时证明.pdf), a name like an option, a folder named like a document, a link to nothing.
        let gbk: [UInt8] = [0xD1, 0xA7, 0xCA, 0xB1, 0xD6, 0xA4, 0xC3, 0xF7] + Array(".pdf".utf8)
        let gbkPath = Array(dir.path.utf8) + [UInt8(ascii: "/")] + gbk
        let data = try Data(contentsOf: good)
        try writeRaw(gbkPath, data)
        try data.write(to: dir.appendingPathComponent("-开头.pdf"))
        let folder = dir.appendingPathComponent("看起来像文件.pdf")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try data.write(to: folder.appendingPathComponent("内层.pdf"))
        try FileManager.default.createSymbolicLink(atPath: dir.appendingPathComponent("断链.pdf").path, withDestinationPath: "/nonexistent/x.pdf")
        let fifo = dir.appendingPathComponent("管道.pdf").path
        #expect(mkfifo(fifo, 0o644) == 0)

        let options: [[UInt8]] = ["scan", "--format", "jsonl", "--ocr", "off"].map { Array($0.utf8) }
        let r = try xueshiRaw(options + [Array(("-开头.pdf").utf8), Array("看起来像文件.pdf".utf8), gbk,
                               Array("断链.pdf".utf8), Array("管道.pdf".utf8), Array("/dev/zero".utf8), Array("不存在.pdf".utf8)],
                              in: dir)
        #expect(r.status == 1)
        let out = try reports(r)
        #expect(out.count == 7)
        let byFile = Dictionary(out.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        #expect(byFile["-开头.pdf"]?.error == nil)
        #expect(byFile["看起来像文件.pdf/内层.pdf"]?.error == nil)
        #expect(byFile["\\xD1\\xA7\\xCA\\xB1\\xD6\\xA4\\xC3\\xF7.pdf"]?.error == nil)
        #expect(byFile["\\xD1\\xA7\\xCA\\xB1\\xD6\\xA4\\xC3\\xF7.pdf"]?.sha256 == byFile["-开头.pdf"]?.sha256)
        #expect(byFile["断链.pdf"]?.error?.code == "not-found")
        #expect(byFile["管道.pdf"]?.error?.code == "not-a-file")
        #expect(byFile["/dev/zero"]?.error?.code == "not-a-file")
        #expect(byFile["不存在.pdf"]?.error?.code == "not-found")
    }

    @Test func aMistypedOptionIsStillAUsageError() throws {
        let r = try xueshi("scan", "--formt", "jsonl", "corpus/samples/附件11.pdf")
        #expect(r.status == 2)
    }

    @Test func aWorkerKilledMidFileCostsOnlyThatFile() throws {
        let files = ["corpus/scans/SCAN_0032.pdf", "corpus/samples/附件11.pdf", "corpus/samples/附件17.pdf"]
        let p = Process()
        p.executableURL = binary
        p.arguments = ["scan", "--format", "jsonl", "--workers", "1", "--ocr", "tesseract"] + files
        p.currentDirectoryURL = repoRoot
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        // The first worker is killed as a C library crash would end it (starting up or reading the scan: either
        // way the file it was given is the one that fails).
        var killed = false
        for _ in 0..<100 where !killed {
            if let w = children(of: p.processIdentifier).first(where: { cmdline($0).contains("worker") }) {
                killed = kill(w, SIGSEGV) == 0
            } else { usleep(50_000) }
        }
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(killed)
        let reports = try String(decoding: data, as: UTF8.self).split(separator: "\n").map {
            try JSONDecoder().decode(Report.self, from: Data($0.utf8))
        }
        #expect(reports.count == 3)
        #expect(reports.filter { $0.error?.code == "crashed" }.count == 1)
        #expect(reports.filter { $0.error == nil }.count == 2)
        #expect(p.terminationStatus == 1)
    }

    @Test func aFilePastItsSecondsIsStoppedAndReported() throws {
        let dir = try temporaryFolder()
        // 4 KB of forms nested 8 deep, each drawn 10 times by the one above: 10⁸ fills when the page is drawn
        // (to measure its ink, as a page with no text is).
        let bomb = dir.appendingPathComponent("nested.pdf")
        try TinyPDF.nestedForms(depth: 8, fanout: 10).write(to: bomb)
        let started = Date()
        let r = try xueshi("scan", "--format", "jsonl", "--ocr", "tesseract", "--max-seconds", "4",
                           bomb.path, "corpus/samples/附件11.pdf")
        #expect(Date().timeIntervalSince(started) < 30)
        let out = try reports(r)
        #expect(out.count == 2)
        #expect(out.first { $0.file.hasSuffix("nested.pdf") }?.error?.code == "timeout")
        #expect(out.first { $0.file.hasSuffix("nested.pdf") }?.format == .pdf)
        #expect(out.first { $0.file.hasSuffix("附件11.pdf") }?.error == nil)
    }

    @Test func reportsStreamAsFilesFinish() throws {
        let p = Process()
        p.executableURL = binary
        p.arguments = ["scan", "--format", "jsonl", "--workers", "2", "--ocr", "tesseract",
                       "corpus/scans/SCAN_0032.pdf", "corpus/samples/附件11.pdf", "corpus/scans/Scan_20190522_115507.pdf"]
        p.currentDirectoryURL = repoRoot
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle.nullDevice
        try p.run()
        // The born-digital file is read while the two scans are still being read: its line comes first.
        var first = Data()
        while !first.contains(0x0A) {
            let chunk = out.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            first.append(chunk)
        }
        let line = String(decoding: first.prefix(while: { $0 != 0x0A }), as: UTF8.self)
        let report = try JSONDecoder().decode(Report.self, from: Data(line.utf8))
        let stillRunning = p.isRunning
        _ = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        #expect(report.file.hasSuffix("附件11.pdf"))
        #expect(stillRunning)
    }

    @Test func nothingOutlivesAKilledScan() throws {
        let p = Process()
        p.executableURL = binary
        p.arguments = ["scan", "--format", "jsonl", "corpus/scans/SCAN_0032.pdf", "corpus/scans/Scan_20190522_115507.pdf"]
        p.currentDirectoryURL = repoRoot
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        // Wait until it has workers (and, where PP-OCR is installed, PP-OCR processes), then kill it outright.
        var family: [pid_t] = []
        for _ in 0..<200 {
            family = descendants(of: p.processIdentifier)
            if family.contains(where: { cmdline($0).contains("python") }) || (family.count >= 2 && !ppocrInstalled) { break }
            usleep(50_000)
        }
        #expect(!family.isEmpty)
        kill(p.processIdentifier, SIGKILL)
        p.waitUntilExit()
        var alive = family
        for _ in 0..<60 where !alive.isEmpty {
            usleep(100_000)
            alive = alive.filter(isAlive)
        }
        #expect(alive.isEmpty, "left running: \(alive.map { cmdline($0) })")
    }
}

var ppocrInstalled: Bool { PPOCREngine.isInstalled() }

/// Runs the binary with arguments given as raw bytes (names that are not UTF-8), in `dir`.
func xueshiRaw(_ args: [[UInt8]], in dir: URL) throws -> Run {
    let script = "cd \"$1\" && shift && exec \"$@\""
    // argv for /bin/sh: the bytes pass through exec untouched.
    let words: [String] = ["/bin/sh", "-c", script, "sh", dir.path, binary.path]
    var argv: [UnsafeMutablePointer<CChar>?] = []
    for w in words { argv.append(strdupBytes(Array(w.utf8))) }
    for a in args { argv.append(strdupBytes(a)) }
    argv.append(nil)
    defer { argv.forEach { free($0) } }
    var outPipe: [Int32] = [0, 0], errPipe: [Int32] = [0, 0]
    pipe(&outPipe); pipe(&errPipe)
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    posix_spawn_file_actions_adddup2(&actions, outPipe[1], 1)
    posix_spawn_file_actions_adddup2(&actions, errPipe[1], 2)
    posix_spawn_file_actions_addclose(&actions, outPipe[0])
    posix_spawn_file_actions_addclose(&actions, errPipe[0])
    var pid: pid_t = 0
    let rc = posix_spawn(&pid, "/bin/sh", &actions, nil, argv, environ)
    posix_spawn_file_actions_destroy(&actions)
    close(outPipe[1]); close(errPipe[1])
    guard rc == 0 else { throw CocoaError(.executableLoad) }
    let o = FileHandle(fileDescriptor: outPipe[0], closeOnDealloc: true).readDataToEndOfFile()
    let e = FileHandle(fileDescriptor: errPipe[0], closeOnDealloc: true).readDataToEndOfFile()
    var status: Int32 = 0
    waitpid(pid, &status, 0)
    return Run(status: (status >> 8) & 0xff, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}

func strdupBytes(_ b: [UInt8]) -> UnsafeMutablePointer<CChar> {
    let p = malloc(b.count + 1)!.assumingMemoryBound(to: CChar.self)
    for (i, x) in b.enumerated() { p[i] = CChar(bitPattern: x) }
    p[b.count] = 0
    return p
}

func writeRaw(_ path: [UInt8], _ data: Data) throws {
    let fd = (path.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { open($0.baseAddress!, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
    guard fd >= 0 else { throw CocoaError(.fileWriteUnknown) }
    defer { close(fd) }
    _ = data.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
}

func children(of pid: pid_t) -> [pid_t] {
    let procs = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    return procs.compactMap { Int32($0) }.filter { parent(of: $0) == pid }
}

func descendants(of pid: pid_t) -> [pid_t] {
    var out: [pid_t] = [], frontier = [pid]
    while let p = frontier.popLast() {
        let c = children(of: p)
        out += c
        frontier += c
    }
    return out
}

func parent(of pid: pid_t) -> pid_t? {
    guard let s = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = s.lastIndex(of: ")") else { return nil }
    let fields = s[s.index(after: close)...].split(separator: " ")
    return fields.count > 1 ? Int32(fields[1]) : nil
}

func isAlive(_ pid: pid_t) -> Bool {
    guard let s = try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8), let close = s.lastIndex(of: ")") else { return false }
    return s[s.index(close, offsetBy: 2)] != "Z"
}

func cmdline(_ pid: pid_t) -> String {
    let data = (try? Data(contentsOf: URL(fileURLWithPath: "/proc/\(pid)/cmdline"))) ?? Data()
    return String(decoding: data.map { (b: UInt8) -> UInt8 in b == 0 ? 0x20 : b }, as: UTF8.self)
}

/// Small PDFs written byte by byte, with a correct cross-reference table.
enum TinyPDF {
    static func document(_ objects: [String]) -> Data {
        var out = Data("%PDF-1.4\n".utf8)
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.count)
            out += Data("\(i + 1) 0 obj\n\(o)\nendobj\n".utf8)
        }
        let xref = out.count
        out += Data("xref\n0 \(objects.count + 1)\n0000000000 65535 f \n".utf8)
        for o in offsets { out += Data(String(format: "%010d 00000 n \n", o).utf8) }
        out += Data("trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n".utf8)
        return out
    }

    static func stream(_ dict: String, _ body: String) -> String {
        "<< \(dict) /Length \(body.utf8.count) >>\nstream\n\(body)\nendstream"
    }

    /// A page drawing form 5, each form drawing the next `fanout` times, the last a filled square.
    static func nestedForms(depth: Int, fanout: Int) -> Data {
        var objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                       "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /XObject << /X 5 0 R >> >> >>",
                       stream("", "/X Do")]
        for i in 0..<depth {
            let last = i == depth - 1
            let body = last ? "0 0 m 100 0 l 100 100 l h f" : String(repeating: "q 0.5 0 0 0.5 10 10 cm /X Do Q ", count: fanout)
            let resources = last ? "" : "/Resources << /XObject << /X \(6 + i) 0 R >> >>"
            objects.append(stream("/Type /XObject /Subtype /Form /BBox [0 0 600 800] \(resources)", body))
        }
        return document(objects)
    }
}
