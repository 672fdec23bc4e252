import Foundation
import XueshiCore
import XueshiPipeline
import XueshiWorker

/// Works the store's queue: claims documents a few at a time under a lease, reads each in an isolated worker
/// (the scanner), stores each report the moment it is made, and renews its leases while it works. Nothing is held
/// but the documents in flight, so memory stays flat however long the queue.
public final class BackfillWorker: @unchecked Sendable {
    public enum Until: Sendable, Equatable {
        /// Until this batch's documents are all done (by this worker or others).
        case batch(String)
        /// Until the whole queue is empty.
        case empty
        /// Never: wait for more work (`--follow`).
        case follow
    }

    public struct Options: Sendable {
        public var lease: Double = 120
        /// Documents claimed at a time: enough to keep every reader busy, few enough that a dead worker strands little.
        public var claimSize: Int = 4
        /// How long to wait before asking again when nothing can be claimed but work is still held elsewhere.
        public var poll: Double = 1
        public init() {}
    }

    public let store: any EvidenceStore
    public let scanner: any BatchScanner
    public let versions: ReadVersions
    public let name: String
    public let options: Options
    let scratch: String

    public init(store: any EvidenceStore, scanner: any BatchScanner, versions: ReadVersions,
                name: String = WorkerName().description, options: Options = Options()) {
        self.store = store; self.scanner = scanner; self.versions = versions; self.name = name; self.options = options
        scratch = NSTemporaryDirectory() + "xueshi-backfill-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// What one run did.
    public struct Outcome: Sendable {
        public var stored = 0
        /// Reports not stored because another worker had taken the document over (this one's lease ran out).
        public var lost = 0
        public var failed = 0
    }

    /// Works until `until`; `each` sees every stored report (for progress). Blocks the calling thread, which must
    /// not be on Swift's cooperative pool (the CLI's main thread, or a thread of its own).
    public func run(until: Until, each: @escaping @Sendable (Report) -> Void = { _ in }) throws -> Outcome {
        try FileManager.default.createDirectory(atPath: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: scratch) }
        let store = self.store, name = self.name, options = self.options
        // Claims of workers of this machine that died (a kill -9) go back to the queue at once.
        _ = try blocking { try await store.releaseWorkers(where: WorkerName.isDeadHere) }

        let state = RunState()
        let renewer = Thread {
            while !state.stopped {
                Thread.sleep(forTimeInterval: max(0.2, options.lease / 4))
                if state.stopped { break }
                _ = try? blocking { try await store.renew(worker: name, lease: options.lease, now: Date().timeIntervalSince1970) }
            }
        }
        renewer.start()
        defer { state.stop() }

        let feeder = Feeder(worker: self, until: until, state: state)
        scanner.run(next: { feeder.next() }) { [self] id, outcome in
            guard let doc = feeder.taken(id) else { return }
            var report = outcome.report
            // The worker read a scratch copy or the path on disk: the report names the document as it was given.
            report.file = doc.name
            var keys = outcome.duplicates
            keys.file = doc.name
            let stored = StoredReport(sha256: doc.sha256, versions: versions, report: report, evidence: outcome.evidence, keys: keys)
            do {
                let kept = try blocking { try await store.complete(stored, worker: name, now: Date().timeIntervalSince1970) }
                state.count(kept: kept, failed: report.error != nil)
                if kept { each(report) }
            } catch {
                // The store refused (a dropped connection): the claim stays with its lease and is read again later.
                state.fail(error)
            }
            feeder.finished(id)
        }
        state.stop()
        if let e = state.error { throw e }
        return state.outcome
    }

    /// Hands documents to the scanner's threads (one at a time), claiming more from the store as they run out.
    final class Feeder: @unchecked Sendable {
        let worker: BackfillWorker
        let until: Until
        let state: RunState
        var buffer: [QueuedDocument] = []
        var inFlight: [Int: QueuedDocument] = [:]
        var nextId = 0
        let lock = NSLock()

        init(worker: BackfillWorker, until: Until, state: RunState) { self.worker = worker; self.until = until; self.state = state }

        func next() -> (Int, BatchInput)? {
            while true {
                if state.error != nil { return nil }
                if let doc = popBuffer() {
                    guard let input = materialise(doc) else { continue }
                    lock.lock(); nextId += 1; let id = nextId; inFlight[id] = doc; lock.unlock()
                    return (id, input)
                }
                let store = worker.store, name = worker.name, options = worker.options
                do {
                    let claimed = try blocking {
                        try await store.claim(worker: name, limit: options.claimSize, lease: options.lease, now: Date().timeIntervalSince1970)
                    }
                    if !claimed.isEmpty { lock.lock(); buffer += claimed; lock.unlock(); continue }
                    if until != .follow {
                        let scope: String? = { if case .batch(let b) = until { return b } else { return nil } }()
                        let counts = try blocking { try await store.counts(batch: scope) }
                        // Nothing left to claim, and nothing held by anyone: done. Documents held by this worker's
                        // other threads, or by other workers, may yet come back (a lease running out): wait for them.
                        if counts.finished { return nil }
                        if counts.pending == 0 && heldHere() == counts.claimed { return nil }
                    }
                } catch {
                    state.fail(error)
                    return nil
                }
                Thread.sleep(forTimeInterval: worker.options.poll)
            }
        }

        func popBuffer() -> QueuedDocument? {
            lock.lock(); defer { lock.unlock() }
            return buffer.isEmpty ? nil : buffer.removeFirst()
        }

        func heldHere() -> Int { lock.lock(); defer { lock.unlock() }; return inFlight.count + buffer.count }

        func taken(_ id: Int) -> QueuedDocument? { lock.lock(); defer { lock.unlock() }; return inFlight[id] }

        func finished(_ id: Int) {
            lock.lock(); let doc = inFlight.removeValue(forKey: id); lock.unlock()
            if let doc, doc.bytes != nil { try? FileManager.default.removeItem(atPath: scratchPath(doc)) }
        }

        func scratchPath(_ doc: QueuedDocument) -> String {
            let ext = (doc.name as NSString).pathExtension.lowercased()
            return worker.scratch + "/" + doc.sha256 + (ext.isEmpty || ext.count > 5 ? "" : "." + ext)
        }

        /// The document as a file the reader opens: its bytes written to scratch, or its path.
        func materialise(_ doc: QueuedDocument) -> BatchInput? {
            if let bytes = doc.bytes {
                let p = scratchPath(doc)
                guard FileManager.default.createFile(atPath: p, contents: bytes) else {
                    state.fail(StoreError.conflict("无法写入临时文件 \(p)"))
                    return nil
                }
                return BatchInput(path: InputPath(p))
            }
            guard let path = doc.path else {
                return BatchInput(path: InputPath(doc.name), error: .notFound())
            }
            return InputWalk.inputs([InputPath(path)]).first ?? BatchInput(path: InputPath(path), error: .notFound())
        }
    }

    final class RunState: @unchecked Sendable {
        let lock = NSLock()
        private var _stopped = false
        private var _error: (any Error)?
        private var _outcome = Outcome()
        var stopped: Bool { lock.lock(); defer { lock.unlock() }; return _stopped }
        var error: (any Error)? { lock.lock(); defer { lock.unlock() }; return _error }
        var outcome: Outcome { lock.lock(); defer { lock.unlock() }; return _outcome }
        func stop() { lock.lock(); _stopped = true; lock.unlock() }
        func fail(_ e: any Error) { lock.lock(); if _error == nil { _error = e }; lock.unlock() }
        func count(kept: Bool, failed: Bool) {
            lock.lock()
            if kept { _outcome.stored += 1 } else { _outcome.lost += 1 }
            if failed { _outcome.failed += 1 }
            lock.unlock()
        }
    }
}
