/// The two SQL engines behind the store. Their differences are few and named here; every query is written once.
package enum SQLDialect: Sendable {
    case sqlite, postgres

    /// A column of binary data.
    var blob: String { self == .sqlite ? "BLOB" : "BYTEA" }
    /// An integer key the engine numbers.
    var serial: String { self == .sqlite ? "INTEGER PRIMARY KEY AUTOINCREMENT" : "BIGSERIAL PRIMARY KEY" }
    var double: String { self == .sqlite ? "REAL" : "DOUBLE PRECISION" }
    var bigint: String { self == .sqlite ? "INTEGER" : "BIGINT" }
    /// Rows a worker claims are locked so that other workers skip them rather than wait (PostgreSQL); SQLite has
    /// one writer at a time, so the claim's transaction alone is enough.
    var skipLocked: String { self == .sqlite ? "" : " FOR UPDATE SKIP LOCKED" }
    /// A row read to be replaced is locked until the transaction ends (PostgreSQL); SQLite's one writer suffices.
    var forUpdate: String { self == .sqlite ? "" : " FOR UPDATE" }
}

/// A connection inside one transaction. Statements use `?` placeholders on both engines; what a statement changed
/// is read with `RETURNING` (SQLite 3.35 and later, PostgreSQL), not from engine-specific counters.
package protocol SQLConnection: Sendable {
    @discardableResult
    func run(_ sql: String, _ arguments: [SQLValue]) async throws -> [SQLRow]
}

extension SQLConnection {
    @discardableResult
    package func run(_ sql: String, _ arguments: SQLValue...) async throws -> [SQLRow] { try await run(sql, arguments) }
}

/// A database the store runs its transactions on.
package protocol SQLDatabase: Sendable {
    var dialect: SQLDialect { get }
    /// Runs `body` in one transaction: committed when it returns, rolled back when it throws.
    func transaction<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T
    /// Brings the schema up to date (versioned migrations; the same on both engines).
    func migrate(_ migrations: [Migration]) async throws
    func close() async
}

/// One schema step, named and applied once, in order.
package struct Migration: Sendable {
    package var name: String
    package var statements: @Sendable (SQLDialect) -> [String]
}
