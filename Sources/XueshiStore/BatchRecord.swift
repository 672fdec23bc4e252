/// One backfill call's intake: its id is a digest of the manifest, so running the same manifest again is the
/// same batch (resumed, never doubled).
public struct BatchRecord: Codable, Sendable, Hashable {
    public var id: String
    public var source: String
    public var versions: String
    public var total: Int

    public init(id: String, source: String, versions: String, total: Int) {
        self.id = id; self.source = source; self.versions = versions; self.total = total
    }
}
