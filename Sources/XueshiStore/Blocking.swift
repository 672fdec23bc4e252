import Dispatch

/// Runs async store work from a plain thread (a supervisor's slot, the CLI's main thread) and waits for it. Never
/// call it on Swift's cooperative pool: the pool has one thread a core, and a blocked one may be the one needed.
package func blocking<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
    let done = DispatchSemaphore(value: 0)
    let box = ResultBox<T>()
    Task {
        do { box.result = .success(try await body()) } catch { box.result = .failure(error) }
        done.signal()
    }
    done.wait()
    return try box.result!.get()
}

final class ResultBox<T>: @unchecked Sendable {
    var result: Result<T, any Error>?
}
