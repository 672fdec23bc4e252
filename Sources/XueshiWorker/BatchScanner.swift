import XueshiPipeline

/// Reads documents and hands each outcome over the moment it is made, in the order they finish.
public protocol BatchScanner: Sendable {
    /// Reads what `next` hands out (an id of the caller's and an input) until it answers nil; `next` and `each`
    /// are each called from one thread at a time. A store's queue feeds this, claiming documents as workers free up.
    func run(next: @escaping @Sendable () -> (Int, BatchInput)?, each: @escaping @Sendable (Int, WorkerOutcome) -> Void)
    /// Ends the processes the scanner keeps between batches (warm OCR) and waits for them, so that nothing of it
    /// outlives the shell; the scanner is not used afterwards.
    func shutdown()
    /// Starts, in the background, the OCR engine the scanner would otherwise start on a document's first page
    /// that needs it: a shell calls it when it knows OCR is coming (a batch of photos), a server at start.
    func warmUpOCR()
}

extension BatchScanner {
    public func shutdown() {}
    public func warmUpOCR() {}

    /// A fixed list of inputs, each outcome under its index.
    public func scan(_ inputs: [BatchInput], each: @escaping @Sendable (Int, WorkerOutcome) -> Void) {
        guard !inputs.isEmpty else { return }
        let queue = JobQueue(count: inputs.count)
        run(next: { queue.next().map { ($0, inputs[$0]) } }, each: each)
    }
}
