import XueshiPipeline

/// Reads a batch's documents and hands each outcome over the moment it is made, in the order they finish.
/// `each` is called from one thread at a time.
public protocol BatchScanner: Sendable {
    func scan(_ inputs: [BatchInput], each: @escaping @Sendable (Int, WorkerOutcome) -> Void)
}
