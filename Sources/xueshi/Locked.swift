import Foundation

/// A value shared between threads, behind a lock.
final class Locked<T>: @unchecked Sendable {
    let lock = NSLock()
    private var _value: T
    init(_ v: T) { _value = v }
    var value: T { lock.withLock { _value } }
    func set(_ v: T) { lock.withLock { _value = v } }
    func update(_ f: (inout T) -> Void) { lock.withLock { f(&_value) } }
}
