import Foundation

extension SQLStore: DeclarationStore {
    static func declarationJSON(_ d: Declaration) throws -> String {
        String(decoding: try JSONEncoder().encode(d), as: UTF8.self)
    }

    static func declaration(_ r: SQLRow) throws -> Declaration {
        try JSONDecoder().decode(Declaration.self, from: r[0].data ?? Data())
    }

    public func addDeclaration(_ d: Declaration) async throws {
        let json = try SQLStore.declarationJSON(d)
        let added = try await db.transaction { c in
            try await c.run("""
                INSERT INTO declarations (id, account, unit, year, state, declaration_json, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING RETURNING id
                """, .text(d.id), .text(d.account), .of(d.unit), .of(d.year), .text(d.state.rawValue), .text(json),
                .double(d.createdAt))
        }
        // The unique (account, year) key is the rule itself: two requests at once cannot both add one.
        if added.isEmpty { throw DeclarationError(.exists, DeclarationStores.existsMessage(d.year)) }
    }

    public func declaration(id: String) async throws -> Declaration? {
        try await db.transaction { c in
            try await c.run("SELECT declaration_json FROM declarations WHERE id = ?", .text(id)).first.map(SQLStore.declaration)
        }
    }

    public func declarations(_ f: DeclarationFilter) async throws -> [Declaration] {
        var sql = "SELECT declaration_json FROM declarations WHERE 1 = 1"
        var args: [SQLValue] = []
        if let a = f.account { sql += " AND account = ?"; args.append(.text(a)) }
        if let u = f.unit { sql += " AND unit = ?"; args.append(.text(u)) }
        if let y = f.year { sql += " AND year = ?"; args.append(.of(y)) }
        if let st = f.states {
            guard !st.isEmpty else { return [] }
            sql += " AND state IN (" + st.map { _ in "?" }.joined(separator: ", ") + ")"
            args += st.map(\.rawValue).sorted().map(SQLValue.text)
        }
        sql += " ORDER BY year, unit, account, id"
        let query = sql, arguments = args
        return try await db.transaction { c in try await c.run(query, arguments).map(SQLStore.declaration) }
    }

    public func saveDeclaration(_ d: Declaration, by: String, now: Double) async throws {
        let json = try SQLStore.declarationJSON(d)
        let lock = db.dialect.forUpdate
        // The check and the write in one transaction, the row locked: a refusal cannot race a filing.
        let refusal: DeclarationError? = try await db.transaction { c in
            guard let row = try await c.run("SELECT declaration_json FROM declarations WHERE id = ?\(lock)", .text(d.id)).first else {
                throw StoreError.notFound("没有这份申报：\(d.id)")
            }
            var old = try SQLStore.declaration(row)
            if let refusal = DeclarationFlow.refusal(replacing: old, with: d) {
                old.audit.append(DeclarationStores.refused(refusal, by: by, now: now))
                try await c.run("UPDATE declarations SET declaration_json = ?, updated_at = ? WHERE id = ?",
                                .text(try SQLStore.declarationJSON(old)), .double(now), .text(d.id))
                return refusal
            }
            try await c.run("UPDATE declarations SET state = ?, declaration_json = ?, updated_at = ? WHERE id = ?",
                            .text(d.state.rawValue), .text(json), .double(now), .text(d.id))
            return nil
        }
        if let refusal { throw refusal }
    }
}
