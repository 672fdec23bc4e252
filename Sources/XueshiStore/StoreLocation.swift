/// Where `--store` points: a SQLite file (the default), PostgreSQL by URL, or memory (tests, a dry run).
public enum StoreLocation: Sendable, Hashable, CustomStringConvertible {
    case memory
    case sqlite(String)
    case postgres(String)

    public init(_ text: String) {
        if text == ":memory:" || text == "memory:" { self = .memory }
        else if text.hasPrefix("postgres://") || text.hasPrefix("postgresql://") { self = .postgres(text) }
        else { self = .sqlite(text) }
    }

    public var isPostgres: Bool { if case .postgres = self { return true } else { return false } }

    /// The store, opened and migrated.
    public func open() async throws -> any EvidenceStore { try await openWeb() }

    /// The store, opened and migrated, with what the web service keeps (every store kind holds it).
    public func openWeb() async throws -> any WebStore {
        let store: any WebStore
        switch self {
        case .memory: store = MemoryStore()
        case .sqlite(let path): store = try SQLStore.sqlite(path: path)
        case .postgres(let url): store = try SQLStore.postgres(url: url)
        }
        do { try await store.migrate() } catch {
            await store.close()
            throw error
        }
        return store
    }

    /// For messages and logs: a PostgreSQL URL without its password.
    public var description: String {
        switch self {
        case .memory: return "memory"
        case .sqlite(let p): return p
        case .postgres(let url):
            guard let at = url.firstIndex(of: "@"), let scheme = url.range(of: "://") else { return url }
            let userinfo = url[scheme.upperBound..<at]
            let user = userinfo.split(separator: ":", maxSplits: 1).first.map(String.init) ?? ""
            return String(url[..<scheme.upperBound]) + user + String(url[at...])
        }
    }
}
