import Foundation
import XueshiOCR
import XueshiPipeline

/// Reads every file in an isolated worker process (`xueshi worker`), several at once: a worker that crashes
/// gives its file a `crashed` report, one past its seconds `timeout`, one past its memory `memory-limit`, and
/// the batch goes on with a fresh worker. Workers share one PP-OCR pool kept here.
public final class Supervisor: BatchScanner, @unchecked Sendable {
    public struct Configuration: Sendable {
        /// The binary and arguments that start a worker (`/proc/self/exe worker` for the CLI).
        public var executable: String
        public var arguments: [String]
        public var extractors: String
        public var policies: String
        public var options: ScanOptions
        public var limits: WorkerLimits
        public var workers: Int
        /// How the shared PP-OCR processes run: `.batch`, or `.interactive` for a server.
        public var ocr: PPOCRSettings
        /// Where what the C libraries said about each file goes (`--verbose`, `--debug-log`); by default nowhere.
        public var messageLog: LibraryMessageLog

        public init(executable: String, arguments: [String] = ["worker"], extractors: String, policies: String,
                    options: ScanOptions, limits: WorkerLimits = .init(), workers: Int = Pipeline.defaultWorkers,
                    ocr: PPOCRSettings = .batch, messageLog: LibraryMessageLog = .init()) {
            self.executable = executable; self.arguments = arguments; self.extractors = extractors
            self.policies = policies; self.options = options; self.limits = limits; self.workers = workers; self.ocr = ocr
            self.messageLog = messageLog
        }
    }

    public let configuration: Configuration
    let ocr: OCRPool
    /// Workers `prestart` began, each taken by one slot of the next `run`.
    private var prestarted: [(ChildProcess, LineChannel)] = []
    private let prestartLock = NSLock()

    public init(_ configuration: Configuration) {
        self.configuration = configuration
        // Writing to a worker that was just killed must fail with EPIPE, not end the supervisor.
        signal(SIGPIPE, SIG_IGN)
        // A page may take at most the file's own seconds; the pool's per-page kill frees a stuck PP-OCR process
        // for the other workers' pages.
        ocr = OCRPool(pageSeconds: min(120, configuration.limits.seconds), settings: configuration.ocr)
    }

    public func run(next: @escaping @Sendable () -> (Int, BatchInput)?, each: @escaping @Sendable (Int, WorkerOutcome) -> Void) {
        let lock = NSLock()
        let take = NSLock()
        let done = DispatchGroup()
        // Long-lived threads, not the dispatch pool: a worker's PR_SET_PDEATHSIG fires when the *thread* that
        // started it ends, so each slot's thread lives as long as its workers.
        for _ in 0..<max(1, configuration.workers) {
            done.enter()
            let slot = WorkerSlot(configuration: configuration, ocr: ocr, pending: takePrestarted())
            let log = configuration.messageLog
            let thread = Thread {
                while let (i, input) = { take.lock(); defer { take.unlock() }; return next() }() {
                    let outcome = slot.run(WorkerJob(id: i, input: input))
                    lock.lock(); log.write(outcome); each(i, outcome); lock.unlock()
                }
                slot.retire()
                done.leave()
            }
            thread.stackSize = 1 << 20
            thread.start()
        }
        done.wait()
    }

    public func shutdown() {
        for (process, _) in takeAllPrestarted() { process.kill() }
        ocr.shutdown()
    }

    /// Starts up to `count` workers now (at most one a slot), so their start — the runtime, specs and standards
    /// they load — overlaps whatever the caller does before `run` (the CLI loads its own specs meanwhile). Call it
    /// from a thread that outlives the batch: a worker ends with the thread that started it (PR_SET_PDEATHSIG).
    public func prestart(count: Int) {
        let n = min(count, max(1, configuration.workers))
        guard n > 0 else { return }
        var started: [(ChildProcess, LineChannel)] = []
        for _ in 0..<n {
            if case .success(let w) = WorkerSlot.spawn(configuration) { started.append(w) }
        }
        prestartLock.lock(); prestarted += started; prestartLock.unlock()
    }

    private func takePrestarted() -> (ChildProcess, LineChannel)? {
        prestartLock.lock(); defer { prestartLock.unlock() }
        return prestarted.isEmpty ? nil : prestarted.removeFirst()
    }

    private func takeAllPrestarted() -> [(ChildProcess, LineChannel)] {
        prestartLock.lock(); defer { prestartLock.unlock() }
        let all = prestarted
        prestarted = []
        return all
    }

    /// Starts the PP-OCR pool on another thread unless OCR is off or tesseract; a worker's first probe waits for
    /// that same start instead of beginning its own.
    public func warmUpOCR() {
        switch configuration.options.read.ocr {
        case .off, .tesseract: return
        case .auto, .ppocr:
            let pool = ocr
            Thread.detachNewThread { _ = pool.probe() }
        }
    }
}
