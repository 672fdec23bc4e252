import Foundation
import Testing
import XueshiCheck
import XueshiCore
import XueshiPipeline
import XueshiRead
import XueshiWorker
@testable import XueshiStore

/// A scanner that reads nothing: a report per input after a short pause, from two threads, as the supervisor's
/// slots call `next` and `each`.
struct PretendScanner: BatchScanner {
    var pause: Double = 0.002
    func run(next: @escaping @Sendable () -> (Int, BatchInput)?, each: @escaping @Sendable (Int, WorkerOutcome) -> Void) {
        let take = NSLock(), give = NSLock()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            while let (i, input) = { take.lock(); defer { take.unlock() }; return next() }() {
                Thread.sleep(forTimeInterval: pause)
                let data = FileManager.default.contents(atPath: input.path.display) ?? Data()
                let report = Report(file: input.path.display, sha256: sha256Hex(data), format: .pdf, kind: "training-certificate", mode: .training)
                let keys = Duplicates.Item(file: report.file, sha256: report.sha256, text: nil, certificateNumber: nil, holder: nil)
                give.lock(); each(i, WorkerOutcome(id: i, report: report, evidence: nil, duplicates: keys)); give.unlock()
            }
        }
    }
}

@Suite struct BackfillWorkerTests {
    func manifest(_ n: Int) throws -> Manifest {
        let dir = NSTemporaryDirectory() + "xueshi-bw-\(UUID().uuidString.prefix(8))"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        var entries: [Manifest.Entry] = []
        for i in 0..<n {
            let p = dir + "/\(i).pdf"
            _ = FileManager.default.createFile(atPath: p, contents: Data("%PDF-1.4 \(i)".utf8))
            entries.append(Manifest.Entry(row: i + 2, learner: Learner(id: "L\(i % 4)"), year: 2023, claimedMode: nil,
                                          claimedHours: 8, name: "\(i).pdf", path: p))
        }
        return Manifest(source: dir, entries: entries)
    }

    @Test(arguments: [StoreKind.memory, .sqlite]) func twoWorkersOnOneStoreStoreEachDocumentOnce(kind: StoreKind) async throws {
        let store = try await kind.make()
        let m = try manifest(60)
        let (batch, intake) = try await BackfillIntake(store: store, versions: World.versions, keepBytes: true, maxFileBytes: 1 << 20).run(m)
        #expect(intake.queued == 60)
        var options = BackfillWorker.Options()
        options.claimSize = 3
        options.poll = 0.05
        // Leases are renewed through Swift's cooperative pool, which other suites running at the same time may hold
        // with blocking calls for minutes; a lease that could lapse here would test the machine's load, not this.
        options.lease = 3600
        let a = BackfillWorker(store: store, scanner: PretendScanner(), versions: World.versions, name: "a", options: options)
        let b = BackfillWorker(store: store, scanner: PretendScanner(), versions: World.versions, name: "b", options: options)
        let outcomes = try await withThrowingTaskGroup(of: BackfillWorker.Outcome.self) { group in
            for w in [a, b] {
                group.addTask {
                    // A worker blocks its thread: give it one of its own, off the cooperative pool.
                    try await withCheckedThrowingContinuation { c in
                        Thread { c.resume(with: Result { try w.run(until: .batch(batch.id)) }) }.start()
                    }
                }
            }
            var all: [BackfillWorker.Outcome] = []
            for try await o in group { all.append(o) }
            return all
        }
        #expect(outcomes.map(\.stored).reduce(0, +) == 60)
        #expect(outcomes.allSatisfy { $0.lost == 0 })
        #expect(try await store.counts(batch: batch.id) == QueueCounts(total: 60, pending: 0, claimed: 0, done: 60))
        #expect(try await store.reports(after: 0, limit: 100).count == 60)
        // The report names the document as the manifest did, not the scratch copy the worker read.
        #expect(try await store.report(sha256: sha256Hex(Data("%PDF-1.4 7".utf8)))?.report.file == "7.pdf")
        await store.close()
    }

    @Test func progressLinesForALogAndABarForATerminal() {
        let lines = LinesBox()
        let plain = BackfillProgress(total: 2, terminal: false) { lines.add($0) }
        plain.tick(); plain.tick(failed: true); plain.finish()
        #expect(lines.all.count == 2)
        #expect(lines.all.last?.hasPrefix("进度 100% 2/2") == true && lines.all.last?.contains("读取出错 1") == true)
        let bar = LinesBox()
        let tty = BackfillProgress(total: 4, terminal: true) { bar.add($0) }
        tty.tick()
        #expect(bar.all.first?.hasPrefix("\r\u{1B}[2K[") == true && bar.all.first?.contains("剩余") == true)
    }
}

final class LinesBox: @unchecked Sendable {
    private var lines: [String] = []
    private let lock = NSLock()
    func add(_ s: String) { lock.lock(); lines.append(s); lock.unlock() }
    var all: [String] { lock.lock(); defer { lock.unlock() }; return lines }
}
