/// A command whose own process may never run tesseract: its documents are read by worker processes, which take
/// `OMP_THREAD_LIMIT` from the environment it sets (`limitOpenMPThreads`), so it need not start itself again.
protocol ReadsInWorkers {
    var readsInWorkers: Bool { get }
}
