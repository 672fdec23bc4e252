import Foundation
import XueshiCore
import XueshiPipeline
import XueshiRead

/// One worker at a time, on one supervisor thread: started when needed, given one file a job, watched for its
/// time and memory while it reads, and replaced when it dies, is stopped, or has read its share of files.
final class WorkerSlot: @unchecked Sendable {
    let configuration: Supervisor.Configuration
    let ocr: OCRPool
    private var child: ChildProcess?
    private var channel: LineChannel?
    private var files = 0
    /// A worker already started and given its setup (`Supervisor.prestart`), taken by the first job.
    private var pending: (ChildProcess, LineChannel)?

    init(configuration: Supervisor.Configuration, ocr: OCRPool, pending: (ChildProcess, LineChannel)? = nil) {
        self.configuration = configuration
        self.ocr = ocr
        self.pending = pending
    }

    var limits: WorkerLimits { configuration.limits }

    func run(_ job: WorkerJob) -> WorkerOutcome {
        // A path that already failed (missing, a dangling link) needs no worker.
        if let error = job.input.error { return .failure(id: job.id, input: job.input, error: error) }
        let worker: (ChildProcess, LineChannel)
        switch start() {
        case .success(let w): worker = w
        case .failure(let e): return failure(job, .crashed(e.description))
        }
        let (process, channel) = worker
        guard channel.send(ToWorker.job(job)) else {
            process.wait()
            drop()
            return failure(job, .crashed(process.ending))
        }
        let limitBytes = limits.memoryMB << 20
        var peak = 0
        var overMemory = false
        let deadline = Date().addingTimeInterval(limits.seconds)
        while true {
            let message = channel.receive(FromWorker.self, deadline: deadline) {
                let rss = process.residentBytes
                peak = max(peak, rss)
                if rss > limitBytes { overMemory = true; return false }
                return true
            }
            switch message {
            case .success(.done(let outcome)) where outcome.id == job.id:
                files += 1
                // A worker that grew past half its limit, or read its share, is replaced before the next file.
                if files >= limits.filesPerWorker || process.residentBytes > limitBytes / 2 { drop() }
                return outcome
            case .success(.ocr(let request)):
                let pool = ocr
                // Answered off this thread, so the file's clock and memory stay watched meanwhile. The closure
                // holds the process, so its pipe is not closed (and its descriptor reused) under the write.
                DispatchQueue.global().async { [process] in
                    let answer = pool.answer(request)
                    if !process.hasEnded { channel.send(ToWorker.ocr(answer)) }
                }
            case .success(.probe):
                let pool = ocr
                DispatchQueue.global().async { [process] in
                    let error = pool.probe()
                    if !process.hasEnded { channel.send(ToWorker.probe(error: error)) }
                }
            case .success:
                continue
            case .failure(.timeout):
                process.kill()
                drop()
                if overMemory { return failure(job, .memoryLimit(megabytes: limits.memoryMB)) }
                return failure(job, .timeout(seconds: limits.seconds))
            case .failure:
                process.wait()
                drop()
                // An allocation refused near the limit ends the worker by abort or trap: that is the memory limit.
                if overMemory || peak > limitBytes * 3 / 4 { return failure(job, .memoryLimit(megabytes: limits.memoryMB)) }
                return failure(job, .crashed(process.ending))
            }
        }
    }

    /// Stops the worker (between files, or at the end of the batch).
    func retire() {
        pending?.0.kill()
        pending = nil
        drop()
    }

    private func drop() {
        child?.kill()
        child = nil
        channel = nil
        files = 0
    }

    private func start() -> Result<(ChildProcess, LineChannel), WorkerError> {
        if let c = child, let ch = channel, !c.hasEnded { return .success((c, ch)) }
        drop()
        let process: ChildProcess, channel: LineChannel
        if let p = pending {
            pending = nil
            (process, channel) = p
        } else {
            switch Self.spawn(configuration) {
            case .success(let p): (process, channel) = p
            case .failure(let e): return .failure(e)
            }
        }
        switch channel.receive(FromWorker.self, deadline: Date().addingTimeInterval(60)) {
        case .success(.ready):
            child = process
            self.channel = channel
            return .success((process, channel))
        case .success(.failed(let why)):
            process.kill()
            return .failure(.handshake(why))
        case .success:
            process.kill()
            return .failure(.handshake("意外的消息"))
        case .failure(let e):
            process.kill()
            return .failure(.handshake("\(e)：\(process.ending)"))
        }
    }

    /// Starts a worker and sends its setup; its answer (`ready` or `failed`) is read by `start`, so the worker
    /// builds its pipeline meanwhile.
    static func spawn(_ configuration: Supervisor.Configuration) -> Result<(ChildProcess, LineChannel), WorkerError> {
        var env = ProcessInfo.processInfo.environment
        env["OMP_THREAD_LIMIT"] = "1"
        // A crashed worker is reported as `crashed`; the runtime's backtrace would only fill the user's terminal.
        env["SWIFT_BACKTRACE"] = "enable=no"
        let process: ChildProcess
        do {
            process = try ChildProcess(executable: configuration.executable, arguments: configuration.arguments, environment: env)
        } catch {
            return .failure(error as? WorkerError ?? .spawn("\(error)"))
        }
        let channel = LineChannel(read: process.output, write: process.input)
        let setup = WorkerSetup(extractors: configuration.extractors, policies: configuration.policies,
                                options: configuration.options, limits: configuration.limits, parent: getpid())
        guard channel.send(ToWorker.setup(setup)) else { process.kill(); return .failure(.handshake(process.ending)) }
        return .success((process, channel))
    }

    /// A report for a file whose worker gave none: with its digest and format, read here (bounded by the same
    /// byte limit), so a stored record still knows which bytes failed.
    private func failure(_ job: WorkerJob, _ error: ReadError) -> WorkerOutcome {
        if case .success(let data) = FileInput.read(job.input.path, maxBytes: configuration.options.read.maxBytes) {
            return .failure(id: job.id, input: job.input, error: error, sha256: sha256Hex(data),
                            format: DocumentReader.format(of: data))
        }
        return .failure(id: job.id, input: job.input, error: error)
    }
}
