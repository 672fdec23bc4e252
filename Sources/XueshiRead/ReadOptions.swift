/// Limits that keep one hostile or oversized file from stalling a batch.
public struct ReadOptions: Sendable {
    public var maxBytes = 50 << 20
    /// Pages past this many are not read; `Document.pageCount` still tells how many the file has.
    public var maxPages = 300

    public init() {}
}
