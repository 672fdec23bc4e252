import Foundation
import XueshiCore

extension SQLStore: WebStore {
    public func addAccount(_ a: Account) async throws {
        let added = try await db.transaction { c in
            try await c.run("""
                INSERT INTO accounts (username, role, unit, password_hash, created_at) VALUES (?, ?, ?, ?, ?)
                ON CONFLICT (username) DO NOTHING RETURNING username
                """, .text(a.username), .text(a.role.rawValue), .of(a.unit), .text(a.passwordHash), .double(a.createdAt))
        }
        if added.isEmpty { throw StoreError.conflict("账号已存在：\(a.username)") }
    }

    static let accountColumns = "username, role, unit, password_hash, created_at"

    static func account(_ r: SQLRow) -> Account? {
        guard let name = r[0].string, let role = r[1].string.flatMap(Account.Role.init(rawValue:)) else { return nil }
        return Account(username: name, role: role, unit: r[2].string, passwordHash: r[3].string ?? "", createdAt: r[4].double ?? 0)
    }

    public func account(username: String) async throws -> Account? {
        try await db.transaction { c in
            try await c.run("SELECT \(SQLStore.accountColumns) FROM accounts WHERE username = ?", .text(username)).first.flatMap(SQLStore.account)
        }
    }

    public func accounts() async throws -> [Account] {
        try await db.transaction { c in
            try await c.run("SELECT \(SQLStore.accountColumns) FROM accounts ORDER BY username").compactMap(SQLStore.account)
        }
    }

    public func addSession(_ s: WebSession) async throws {
        try await db.transaction { c in
            // Expired sessions are swept as new ones come, so the table holds only live ones.
            try await c.run("DELETE FROM sessions WHERE expires_at < ?", .double(s.createdAt))
            try await c.run("INSERT INTO sessions (token_hash, username, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
                            .text(s.tokenHash), .text(s.username), .text(s.csrf), .double(s.createdAt), .double(s.expiresAt))
        }
    }

    public func session(tokenHash: String, now: Double) async throws -> WebSession? {
        try await db.transaction { c in
            try await c.run("SELECT token_hash, username, csrf, created_at, expires_at FROM sessions WHERE token_hash = ? AND expires_at > ?",
                            .text(tokenHash), .double(now)).first.map { r in
                WebSession(tokenHash: r[0].string ?? "", username: r[1].string ?? "", csrf: r[2].string ?? "",
                           createdAt: r[3].double ?? 0, expiresAt: r[4].double ?? 0)
            }
        }
    }

    public func deleteSession(tokenHash: String) async throws {
        try await db.transaction { c in try await c.run("DELETE FROM sessions WHERE token_hash = ?", .text(tokenHash)) }
    }

    public func addUpload(_ u: Upload, document d: NewDocument) async throws {
        let report = String(decoding: try Report.encoder(pretty: false).encode(u.report), as: UTF8.self)
        let decision = try u.decision.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        try await db.transaction { c in
            try await c.run("""
                INSERT INTO documents (sha256, name, size, path, bytes, added_at) VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (sha256) DO NOTHING
                """, .text(d.sha256), .text(d.name), .of(d.size), .of(d.path), d.bytes.map(SQLValue.blob) ?? .null, .double(u.createdAt))
            if let bytes = d.bytes {
                try await c.run("UPDATE documents SET bytes = ? WHERE sha256 = ? AND bytes IS NULL", .blob(bytes), .text(d.sha256))
            }
            try await c.run("""
                INSERT INTO uploads (id, account, unit, sha256, name, status, created_at, filed_at, year, report_json, decision_json)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """, .text(u.id), .text(u.account), .of(u.unit), .text(u.sha256), .text(u.name), .text(u.status.rawValue),
                .double(u.createdAt), .of(u.filedAt), .of(u.year), .text(report), .of(decision))
        }
    }

    static let uploadColumns = "id, account, unit, sha256, name, status, created_at, filed_at, year, report_json, decision_json"

    static func upload(_ r: SQLRow) throws -> Upload {
        let report = try JSONDecoder().decode(Report.self, from: r[9].data ?? Data())
        let decision = try r[10].data.map { try JSONDecoder().decode(UploadDecision.self, from: $0) }
        return Upload(id: r[0].string ?? "", account: r[1].string ?? "", unit: r[2].string, sha256: r[3].string ?? "",
                      name: r[4].string ?? "", status: r[5].string.flatMap(Upload.Status.init(rawValue:)) ?? .draft,
                      createdAt: r[6].double ?? 0, filedAt: r[7].double, year: r[8].int, report: report, decision: decision)
    }

    public func upload(id: String) async throws -> Upload? {
        try await db.transaction { c in
            try await c.run("SELECT \(SQLStore.uploadColumns) FROM uploads WHERE id = ?", .text(id)).first.map(SQLStore.upload)
        }
    }

    public func uploads(_ f: UploadFilter) async throws -> [Upload] {
        var sql = "SELECT \(SQLStore.uploadColumns) FROM uploads WHERE 1 = 1"
        var args: [SQLValue] = []
        if let a = f.account { sql += " AND account = ?"; args.append(.text(a)) }
        if let u = f.unit { sql += " AND unit = ?"; args.append(.text(u)) }
        if let y = f.year { sql += " AND year = ?"; args.append(.of(y)) }
        if let s = f.sha256 { sql += " AND sha256 = ?"; args.append(.text(s)) }
        if let st = f.statuses {
            guard !st.isEmpty else { return [] }
            sql += " AND status IN (" + st.map { _ in "?" }.joined(separator: ", ") + ")"
            args += st.map(\.rawValue).sorted().map(SQLValue.text)
        }
        sql += " ORDER BY created_at DESC, id DESC"
        let query = sql, arguments = args
        return try await db.transaction { c in try await c.run(query, arguments).map(SQLStore.upload) }
    }

    public func updateUpload(_ u: Upload) async throws {
        let decision = try u.decision.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        let changed = try await db.transaction { c in
            try await c.run("UPDATE uploads SET status = ?, filed_at = ?, decision_json = ? WHERE id = ? RETURNING id",
                            .text(u.status.rawValue), .of(u.filedAt), .of(decision), .text(u.id))
        }
        if changed.isEmpty { throw StoreError.notFound("没有这份上传：\(u.id)") }
    }

    public func documentBytes(sha256: String) async throws -> [UInt8]? {
        try await db.transaction { c in
            try await c.run("SELECT bytes FROM documents WHERE sha256 = ?", .text(sha256)).first?[0].data.map { [UInt8]($0) }
        }
    }
}
