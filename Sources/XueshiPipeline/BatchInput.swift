import XueshiCore

/// One document a batch will report on: a path to read, or, when the path already failed (missing, a dangling
/// link), the error its report carries. Every path named gets at least one.
public struct BatchInput: Codable, Sendable, Hashable {
    public var path: InputPath
    public var error: ReadError?

    public init(path: InputPath, error: ReadError? = nil) { self.path = path; self.error = error }
}
