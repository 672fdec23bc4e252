import Foundation
import Logging
import NIOCore
import PostgresNIO

/// PostgreSQL through postgres-nio: the store many machines share. A client pool runs in a background task for
/// as long as the database is open.
package final class PostgresDatabase: SQLDatabase, @unchecked Sendable {
    package let dialect = SQLDialect.postgres
    let client: PostgresClient
    let runner: Task<Void, Never>
    let logger = Logger(label: "xueshi.store.postgres")

    /// `url`: postgres://USER[:PASSWORD]@HOST[:PORT]/DATABASE[?sslmode=disable|prefer|require]
    package init(url: String) throws {
        guard let c = URLComponents(string: url), ["postgres", "postgresql"].contains(c.scheme ?? ""),
              let user = c.user, !user.isEmpty else {
            throw StoreError.badLocation("PostgreSQL 地址应为 postgres://用户[:密码]@主机[:端口]/数据库 (postgres://USER[:PASSWORD]@HOST[:PORT]/DB)")
        }
        let database = c.path.hasPrefix("/") ? String(c.path.dropFirst()) : c.path
        let sslmode = c.queryItems?.first { $0.name == "sslmode" }?.value ?? "prefer"
        let tls: PostgresClient.Configuration.TLS
        switch sslmode {
        case "disable": tls = .disable
        case "require": tls = .require(.makeClientConfiguration())
        default:
            // Loopback servers usually have no certificate; "prefer" still uses TLS where the server offers it.
            var conf = TLSConfiguration.makeClientConfiguration()
            conf.certificateVerification = .none
            tls = .prefer(conf)
        }
        var config = PostgresClient.Configuration(
            host: c.host ?? "127.0.0.1", port: c.port ?? 5432, username: user,
            password: c.password?.removingPercentEncoding ?? c.password,
            database: database.isEmpty ? user : database, tls: tls)
        config.options.maximumConnections = 8
        let client = PostgresClient(configuration: config)
        self.client = client
        runner = Task { await client.run() }
    }

    package func transaction<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T {
        try await client.withConnection { connection in
            try await connection.query("BEGIN", logger: logger)
            do {
                let result = try await body(PostgresSQLConnection(connection: connection, logger: logger))
                try await connection.query("COMMIT", logger: logger)
                return result
            } catch {
                _ = try? await connection.query("ROLLBACK", logger: logger)
                throw error
            }
        }
    }

    package func migrate(_ migrations: [Migration]) async throws {
        // The migrator GRDB gives SQLite, done by hand: a table of applied names, each migration once, in order,
        // under an advisory lock so two machines starting at once do not both apply one.
        try await transaction { db in
            try await db.run("SELECT pg_advisory_xact_lock(7731)")
            try await db.run("CREATE TABLE IF NOT EXISTS grdb_migrations (identifier TEXT NOT NULL PRIMARY KEY)")
            let done = Set(try await db.run("SELECT identifier FROM grdb_migrations").compactMap { $0[0].string })
            for m in migrations where !done.contains(m.name) {
                for sql in m.statements(.postgres) { try await db.run(sql) }
                try await db.run("INSERT INTO grdb_migrations (identifier) VALUES (?)", .text(m.name))
            }
        }
    }

    package func close() async {
        runner.cancel()
        _ = await runner.value
    }
}

struct PostgresSQLConnection: SQLConnection {
    let connection: PostgresConnection
    let logger: Logger

    func run(_ sql: String, _ arguments: [SQLValue]) async throws -> [SQLRow] {
        var binds = PostgresBindings(capacity: arguments.count)
        for a in arguments {
            switch a {
            case .null: binds.appendNull()
            case .int(let i): binds.append(i)
            case .double(let d): binds.append(d)
            case .text(let s): binds.append(s)
            case .blob(let d): binds.append(ByteBuffer(bytes: d))
            }
        }
        let query = PostgresQuery(unsafeSQL: PostgresSQLConnection.numbered(sql), binds: binds)
        let rows = try await connection.query(query, logger: logger)
        var out: [SQLRow] = []
        for try await row in rows {
            out.append(SQLRow(row.map { cell in PostgresSQLConnection.value(cell) }))
        }
        return out
    }

    /// `?` placeholders as PostgreSQL's `$1, $2, …` (never inside a quoted literal).
    static func numbered(_ sql: String) -> String {
        var out = ""
        var n = 0
        var quoted = false
        for ch in sql {
            if ch == "'" { quoted.toggle() }
            if ch == "?" && !quoted { n += 1; out += "$\(n)" } else { out.append(ch) }
        }
        return out
    }

    static func value(_ cell: PostgresCell) -> SQLValue {
        guard cell.bytes != nil else { return .null }
        switch cell.dataType {
        case .int2, .int4, .int8: return (try? cell.decode(Int64.self)).map(SQLValue.int) ?? .null
        case .float4, .float8, .numeric: return (try? cell.decode(Double.self)).map(SQLValue.double) ?? .null
        case .bytea: return (try? cell.decode(ByteBuffer.self)).map { .blob(Data($0.readableBytesView)) } ?? .null
        case .bool: return (try? cell.decode(Bool.self)).map { .int($0 ? 1 : 0) } ?? .null
        default: return (try? cell.decode(String.self)).map(SQLValue.text) ?? .null
        }
    }
}
