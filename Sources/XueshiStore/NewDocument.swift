import Foundation

/// A document as it enters the store: its hash and name, and where its bytes are (kept in the store, or a path
/// every worker can read).
public struct NewDocument: Sendable, Hashable {
    public var sha256: String
    public var name: String
    public var size: Int
    public var path: String?
    public var bytes: Data?

    public init(sha256: String, name: String, size: Int, path: String?, bytes: Data?) {
        self.sha256 = sha256; self.name = name; self.size = size; self.path = path; self.bytes = bytes
    }
}
