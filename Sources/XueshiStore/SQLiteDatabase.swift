import Foundation
import GRDB

/// SQLite through GRDB: one file, WAL journal, several processes may share it (a writer waits its turn).
package final class SQLiteDatabase: SQLDatabase, @unchecked Sendable {
    package let dialect = SQLDialect.sqlite
    let queue: DatabaseQueue
    let lock = AsyncLock()

    /// `path` ":memory:" opens a private in-memory database.
    package init(path: String) throws {
        var config = Configuration()
        // Another backfill (or an export) on the same file holds the write lock for milliseconds at a time.
        config.busyMode = .timeout(30)
        config.foreignKeysEnabled = true
        // A transaction spans several accesses (its statements are awaited one by one, between them the store's
        // Swift code runs); the AsyncLock keeps every other access out until it ends.
        config.allowsUnsafeTransactions = true
        if path == ":memory:" {
            queue = try DatabaseQueue(configuration: config)
        } else {
            queue = try DatabaseQueue(path: path, configuration: config)
            try queue.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA journal_mode = WAL")
                // WAL with synchronous NORMAL survives a killed process (not a lost power supply) and is much faster.
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
            }
        }
    }

    package func transaction<T: Sendable>(_ body: @Sendable (any SQLConnection) async throws -> T) async throws -> T {
        await lock.lock()
        do {
            try await queue.writeWithoutTransaction { db in try db.execute(sql: "BEGIN IMMEDIATE") }
            let result: T
            do {
                result = try await body(SQLiteConnection(queue: queue))
            } catch {
                try? await queue.writeWithoutTransaction { db in if db.isInsideTransaction { try db.execute(sql: "ROLLBACK") } }
                throw error
            }
            try await queue.writeWithoutTransaction { db in try db.execute(sql: "COMMIT") }
            await lock.unlock()
            return result
        } catch {
            await lock.unlock()
            throw error
        }
    }

    package func migrate(_ migrations: [Migration]) async throws {
        // GRDB's migrator: each migration once, in order, recorded in grdb_migrations.
        var migrator = DatabaseMigrator()
        for m in migrations {
            migrator.registerMigration(m.name) { db in
                for sql in m.statements(.sqlite) { try db.execute(sql: sql) }
            }
        }
        await lock.lock()
        do { try migrator.migrate(queue) } catch { await lock.unlock(); throw error }
        await lock.unlock()
    }

    package func close() async { try? queue.close() }
}

struct SQLiteConnection: SQLConnection {
    let queue: DatabaseQueue

    func run(_ sql: String, _ arguments: [SQLValue]) async throws -> [SQLRow] {
        let args = StatementArguments(arguments.map { v -> DatabaseValue in
            switch v {
            case .null: return .null
            case .int(let i): return i.databaseValue
            case .double(let d): return d.databaseValue
            case .text(let s): return s.databaseValue
            case .blob(let d): return d.databaseValue
            }
        })
        return try await queue.writeWithoutTransaction { db in
            try Row.fetchAll(db, sql: sql, arguments: args).map { row in
                SQLRow(row.databaseValues.map { dv in
                    switch dv.storage {
                    case .null: return .null
                    case .int64(let i): return .int(i)
                    case .double(let d): return .double(d)
                    case .string(let s): return .text(s)
                    case .blob(let d): return .blob(d)
                    }
                })
            }
        }
    }
}
