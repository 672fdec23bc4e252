/// Hands out each index once, to whichever thread is free.
final class JobQueue: @unchecked Sendable {
    private var value = 0
    private let count: Int
    private let lock = NSLock()
    init(count: Int) { self.count = count }
    func next() -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < count else { return nil }
        defer { value += 1 }
        return value
    }
}

import Foundation
