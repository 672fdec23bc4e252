import Foundation

/// A bounded pool of engine instances (tesseract handles, PP-OCR worker processes): a caller borrows one for a
/// page and gives it back; at most `limit` exist, made on first need.
final class InstancePool<Instance>: @unchecked Sendable {
    private let condition = NSCondition()
    private var idle: [Instance] = []
    private var made = 0
    private let limit: Int
    private let make: () throws -> Instance

    init(limit: Int, make: @escaping () throws -> Instance) {
        self.limit = max(1, limit)
        self.make = make
    }

    /// Runs `body` with an instance; `keep` false (e.g. a worker that died) drops the instance instead of reusing it.
    func with<T>(_ body: (Instance) throws -> (T, keep: Bool)) throws -> T {
        let instance = try borrow()
        let result: (T, keep: Bool)
        do {
            result = try body(instance)
        } catch {
            giveBack(instance, keep: true)
            throw error
        }
        giveBack(instance, keep: result.keep)
        return result.0
    }

    /// The idle instances (for measurements).
    func all() -> [Instance] {
        condition.lock(); defer { condition.unlock() }
        return idle
    }

    private func borrow() throws -> Instance {
        condition.lock()
        while idle.isEmpty && made >= limit { condition.wait() }
        if let i = idle.popLast() { condition.unlock(); return i }
        made += 1
        condition.unlock()
        do {
            return try make()
        } catch {
            condition.lock(); made -= 1; condition.signal(); condition.unlock()
            throw error
        }
    }

    private func giveBack(_ instance: Instance, keep: Bool) {
        condition.lock()
        if keep { idle.append(instance) } else { made -= 1 }
        condition.signal()
        condition.unlock()
    }
}
