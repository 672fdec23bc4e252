import CProcess
import Foundation
import XueshiCore
import XueshiOCR
import XueshiPipeline
import XueshiRead

/// The child side of `xueshi worker`: reads its setup, builds the pipeline once, then reads one file a job and
/// answers with its outcome. It ends when its input closes or its parent goes.
public enum WorkerService {
    /// Runs until the supervisor closes the channel; never returns.
    public static func run() -> Never {
        signal(SIGPIPE, SIG_IGN)
        // No core files from a worker a hostile file crashed.
        var core = rlimit(rlim_cur: 0, rlim_max: 0)
        setrlimit(Int32(RLIMIT_CORE.rawValue), &core)
        let channel = LineChannel(read: 3, write: 4)
        guard case .success(.setup(let setup)) = channel.receive(ToWorker.self, deadline: Date().addingTimeInterval(60)) else {
            _exit(3)
        }
        watchParent(setup.parent)
        limitAddressSpace(megabytes: setup.limits.memoryMB)
        // What the libraries print goes to each file's outcome, not to the supervisor's terminal.
        LibraryHooks.install()
        let capture = ErrorStreamCapture.start()
        let pipeline: Pipeline
        do {
            let library = try SpecLibrary.load(directory: setup.extractors)
            let policies = try PolicySet.load(directory: setup.policies)
            var options = setup.options
            let remote = RemoteOCR(channel: channel)
            options.read.ocrService = remote
            pipeline = Pipeline(library: library, policies: policies, options: options)
        } catch {
            channel.send(FromWorker.failed("\(error)"))
            _exit(3)
        }
        guard channel.send(FromWorker.ready) else { _exit(0) }
        while true {
            switch channel.receive(ToWorker.self, deadline: nil, tick: 1) {
            case .success(.job(let job)):
                let outcome = scan(job, pipeline: pipeline, capture: capture)
                guard channel.send(FromWorker.done(outcome)) else { _exit(0) }
            case .success:
                continue
            case .failure(.closed), .failure:
                // Signatures validated through NSS may crash in exit() teardown (platform notes): leave at once.
                _exit(0)
            }
        }
    }

    /// One file read, with what the C libraries said meanwhile: kept in the outcome, and a flag when it matters.
    /// `capture`: this worker's own error stream, flushed before the file's lines are collected.
    static func scan(_ job: WorkerJob, pipeline: Pipeline, capture: ErrorStreamCapture? = nil) -> WorkerOutcome {
        if let error = job.input.error { return .failure(id: job.id, input: job.input, error: error) }
        switch FileInput.read(job.input.path, maxBytes: pipeline.options.read.maxBytes) {
        case .failure(let error):
            return .failure(id: job.id, input: job.input, error: error)
        case .success(let data):
            let heard = HeardScan(pipeline: pipeline, flush: { capture?.flush() }) {
                pipeline.scan(data: data, name: job.input.path.display)
            }
            let result = heard.result
            var outcome = WorkerOutcome(id: job.id, report: result.report, evidence: result.evidence,
                                        duplicates: Pipeline.duplicateKey(result))
            if !heard.lines.isEmpty {
                outcome.messages = heard.lines
                outcome.droppedMessages = heard.dropped > 0 ? heard.dropped : nil
            }
            return outcome
        }
    }

    /// Ends this process when its parent dies, whatever it is doing: PR_SET_PDEATHSIG for the common case, and a
    /// watching thread for a parent that died before the call (the signal would then never come).
    static func watchParent(_ parent: Int32) {
        _ = xueshi_die_with_parent()
        if getppid() != parent { _exit(0) }
        let t = Thread {
            while true {
                if getppid() != parent { _exit(0) }
                usleep(200_000)
            }
        }
        t.start()
    }

    /// The address space is capped well above the resident limit (the Swift runtime and the C libraries reserve
    /// far more than they touch); the supervisor enforces the resident limit itself, this only stops a runaway
    /// before it takes the machine.
    static func limitAddressSpace(megabytes: Int) {
        let bytes = rlim_t(max(megabytes, 256) * 4 + 2048) << 20
        var lim = rlimit(rlim_cur: bytes, rlim_max: bytes)
        setrlimit(Int32(RLIMIT_AS.rawValue), &lim)
    }
}
