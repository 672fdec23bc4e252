/// What one file may cost its worker process; past either, the worker is killed and the file's report says which.
public struct WorkerLimits: Codable, Sendable, Equatable {
    /// Wall-clock seconds per file (`--max-seconds`), from the job's start to its report.
    public var seconds: Double = 45
    /// Resident memory of the worker while it reads a file, in MB (`--max-memory-mb`); also set as the worker's
    /// address-space limit (with room for the runtime's reservations), so an allocation past it fails in the worker.
    public var memoryMB: Int = 1024
    /// A worker is replaced after this many files, so fragmentation in a C library cannot grow without end.
    public var filesPerWorker: Int = 500

    public init() {}
}
