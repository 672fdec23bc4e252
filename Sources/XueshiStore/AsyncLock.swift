/// A lock for async code: one holder at a time, waiters resumed in order. SQLite's transactions run statement by
/// statement on one connection, so the whole transaction holds this.
package actor AsyncLock {
    private var held = false
    private var waiters: [CheckedContinuation<Void, Never>] = []

    package init() {}

    package func lock() async {
        if !held { held = true; return }
        await withCheckedContinuation { waiters.append($0) }
    }

    package func unlock() {
        if waiters.isEmpty { held = false } else { waiters.removeFirst().resume() }
    }
}
