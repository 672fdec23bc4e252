import Foundation

/// A document a worker has claimed: read it from `bytes` when the store holds them, else from `path`.
public struct QueuedDocument: Sendable, Hashable {
    public var sha256: String
    public var name: String
    public var path: String?
    public var bytes: Data?

    public init(sha256: String, name: String, path: String?, bytes: Data?) {
        self.sha256 = sha256; self.name = name; self.path = path; self.bytes = bytes
    }
}
