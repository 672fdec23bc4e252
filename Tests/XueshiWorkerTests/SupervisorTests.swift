import Foundation
import Testing
import XueshiCore
import XueshiOCR
import XueshiPipeline
@testable import XueshiWorker

/// The supervisor against stand-in workers (shell scripts speaking the protocol's first lines): a worker that
/// dies, stalls or grows gives its file the matching error, every file gets exactly one report, and nothing the
/// worker started outlives it. The real `xueshi worker` is tested end to end in XueshiCLITests.
@Suite(.serialized) struct SupervisorTests {
    /// A worker that answers the setup, takes a job, then does `then`.
    func supervisor(_ then: String, seconds: Double = 20, memoryMB: Int = 1024, workers: Int = 1) -> Supervisor {
        let script = """
        read -r setup <&3
        printf '{"ready":{}}\\n' >&4
        read -r job <&3
        \(then)
        """
        var limits = WorkerLimits()
        limits.seconds = seconds
        limits.memoryMB = memoryMB
        return Supervisor(.init(executable: "/bin/sh", arguments: ["-c", script], extractors: "/nonexistent",
                                policies: "/nonexistent", options: ScanOptions(), limits: limits, workers: workers))
    }

    func inputs(_ n: Int) throws -> [BatchInput] {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-sup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return try (0..<n).map { i in
            let f = dir.appendingPathComponent("\(i).pdf")
            try Data("%PDF-1.4 not really \(i)".utf8).write(to: f)
            return BatchInput(path: InputPath(f.path))
        }
    }

    func run(_ s: Supervisor, _ inputs: [BatchInput]) -> [Int: WorkerOutcome] {
        let box = Outcomes()
        s.scan(inputs) { i, o in box.add(i, o) }
        return box.all
    }

    @Test func aWorkerThatDiesGivesItsFileACrashedReportAndTheBatchGoesOn() throws {
        let files = try inputs(3)
        let out = run(supervisor("kill -SEGV $$"), files)
        #expect(out.count == 3)
        for (i, o) in out {
            #expect(o.report.error?.code == "crashed")
            #expect(o.report.error?.message.contains("SIGSEGV") == true)
            #expect(o.report.file == files[i].path.display)
            // The digest is the file's own, read by the supervisor.
            #expect(o.report.sha256 != String(repeating: "0", count: 64))
        }
    }

    @Test func aWorkerPastItsSecondsIsKilledWithEverythingItStarted() throws {
        let marker = "xueshi-timeout-\(UUID().uuidString.prefix(8))"
        let files = try inputs(2)
        let started = Date()
        // The worker starts a grandchild that would outlive it unless its group is killed.
        let out = run(supervisor("bash -c 'exec -a \(marker) sleep 300' & wait", seconds: 1), files)
        let took = Date().timeIntervalSince(started)
        #expect(out.count == 2)
        #expect(out.values.allSatisfy { $0.report.error?.code == "timeout" })
        #expect(took < 8)
        usleep(200_000)
        #expect(!processExists(named: marker))
    }

    @Test func aWorkerPastItsMemoryIsStopped() throws {
        let files = try inputs(1)
        // 400 MB touched, against a 160 MB limit.
        let grow = "python3 -c 'import time; b = bytearray(400 << 20); time.sleep(30)' & wait"
        let out = run(supervisor("exec " + grow.replacingOccurrences(of: " & wait", with: ""), seconds: 20, memoryMB: 160), files)
        #expect(out[0]?.report.error?.code == "memory-limit")
    }

    @Test func aWorkerThatNeverStartsStillGivesEveryFileAReport() throws {
        let files = try inputs(4)
        let s = Supervisor(.init(executable: "/bin/false", arguments: [], extractors: "/x", policies: "/x",
                                 options: ScanOptions(), workers: 2))
        let out = run(s, files)
        #expect(out.count == 4)
        #expect(out.values.allSatisfy { $0.report.error?.code == "crashed" })
    }

    /// Warming up starts PP-OCR with no file read yet (a server's first photo, a batch of photos); OCR off starts
    /// nothing; shutdown ends what was started and waits for it.
    @Test(.enabled(if: PPOCREngine.isInstalled())) func warmUpStartsPPOCRAndShutdownEndsIt() throws {
        var off = ScanOptions()
        off.read.ocr = .off
        let quiet = Supervisor(.init(executable: "/bin/false", arguments: [], extractors: "/x", policies: "/x", options: off))
        quiet.warmUpOCR()
        Thread.sleep(forTimeInterval: 0.5)
        #expect(quiet.ocr.running.isEmpty)

        let s = Supervisor(.init(executable: "/bin/false", arguments: [], extractors: "/x", policies: "/x", options: ScanOptions()))
        s.warmUpOCR()
        let deadline = Date().addingTimeInterval(120)
        while s.ocr.running.isEmpty && Date() < deadline { Thread.sleep(forTimeInterval: 0.1) }
        let pids = s.ocr.running
        #expect(pids.count == 1)
        s.shutdown()
        #expect(pids.allSatisfy { kill($0, 0) != 0 }, "no PP-OCR process left after shutdown")
    }

    /// `prestart` starts the workers before `run` (at most one a slot); the batch's first job goes to that worker
    /// instead of a new one; one the batch never took ends with `shutdown`.
    @Test func prestartedWorkersServeTheBatchAndEndWithShutdown() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-pre-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let log = dir.appendingPathComponent("started").path
        func starts() -> Int {
            ((try? String(contentsOfFile: log, encoding: .utf8)) ?? "").split(separator: "\n").count
        }
        let script = """
        echo $$ >> '\(log)'
        read -r setup <&3
        printf '{"ready":{}}\\n' >&4
        read -r job <&3
        kill -SEGV $$
        """
        let s = Supervisor(.init(executable: "/bin/sh", arguments: ["-c", script], extractors: "/x", policies: "/x",
                                 options: ScanOptions(), workers: 1))
        s.prestart(count: 5)
        let deadline = Date().addingTimeInterval(10)
        while starts() < 1 && Date() < deadline { usleep(20_000) }
        #expect(starts() == 1, "one worker a slot, started before the batch")
        let out = run(s, try inputs(1))
        #expect(out[0]?.report.error?.code == "crashed")
        #expect(starts() == 1, "the batch used the worker already started")

        let marker = "xueshi-prestart-\(UUID().uuidString.prefix(8))"
        let idle = Supervisor(.init(executable: "/bin/sh",
                                    arguments: ["-c", "read -r setup <&3; printf '{\"ready\":{}}\\n' >&4; exec bash -c 'exec -a \(marker) sleep 300'"],
                                    extractors: "/x", policies: "/x", options: ScanOptions(), workers: 2))
        idle.prestart(count: 2)
        let seen = Date().addingTimeInterval(10)
        while !processExists(named: marker) && Date() < seen { usleep(20_000) }
        #expect(processExists(named: marker))
        idle.shutdown()
        usleep(200_000)
        #expect(!processExists(named: marker), "a worker started for a batch that never ran is ended")
    }

    @Test func pathsThatFailedBeforeReadingNeedNoWorker() throws {
        let missing = BatchInput(path: InputPath("/nonexistent/甲.pdf"), error: .notFound())
        let out = run(supervisor("kill -SEGV $$"), [missing])
        #expect(out[0]?.report.error?.code == "not-found")
    }
}

final class Outcomes: @unchecked Sendable {
    private var items: [Int: WorkerOutcome] = [:]
    private let lock = NSLock()
    func add(_ i: Int, _ o: WorkerOutcome) {
        lock.lock(); defer { lock.unlock() }
        precondition(items[i] == nil, "two outcomes for one file")
        items[i] = o
    }
    var all: [Int: WorkerOutcome] { lock.lock(); defer { lock.unlock() }; return items }
}

/// Whether a live (not zombie) process has this name as its argv[0].
func processExists(named name: String) -> Bool {
    let procs = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
    for pid in procs where Int(pid) != nil {
        guard let cmd = try? String(contentsOfFile: "/proc/\(pid)/cmdline", encoding: .utf8), cmd.hasPrefix(name) else { continue }
        let stat = (try? String(contentsOfFile: "/proc/\(pid)/stat", encoding: .utf8)) ?? ""
        if let close = stat.lastIndex(of: ")"), stat[stat.index(close, offsetBy: 2)] != "Z" { return true }
    }
    return false
}
