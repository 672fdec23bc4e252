import Foundation
import XueshiCheck
import XueshiCore
import XueshiPipeline
import XueshiPolicy

/// The store on a SQL engine: every query written once for SQLite and PostgreSQL.
public final class SQLStore: EvidenceStore, @unchecked Sendable {
    let db: any SQLDatabase

    package init(_ db: any SQLDatabase) { self.db = db }

    /// A SQLite file (created when missing).
    public static func sqlite(path: String) throws -> SQLStore { SQLStore(try SQLiteDatabase(path: path)) }
    /// A PostgreSQL database, by URL.
    public static func postgres(url: String) throws -> SQLStore { SQLStore(try PostgresDatabase(url: url)) }

    public var isPostgres: Bool { db.dialect == .postgres }

    public func migrate() async throws { try await db.migrate(Schema.migrations) }
    public func close() async { await db.close() }

    public func add(batch: BatchRecord, learners: [Learner], documents: [NewDocument], claims: [Claim], now: Double) async throws -> BatchIntake {
        try await db.transaction { c in
            var intake = BatchIntake()
            intake.claims = claims.count
            intake.documents = documents.count
            try await c.run("INSERT INTO batches (id, source, versions, total, created_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO NOTHING",
                            .text(batch.id), .text(batch.source), .text(batch.versions), .of(batch.total), .double(now))
            for l in learners {
                // A later manifest may name a learner's unit or name better: the newest non-empty value wins.
                try await c.run("""
                    INSERT INTO learners (id, name, unit) VALUES (?, ?, ?) ON CONFLICT (id) DO UPDATE SET
                      name = COALESCE(excluded.name, learners.name), unit = COALESCE(excluded.unit, learners.unit)
                    """, .text(l.id), .of(l.name), .of(l.unit))
            }
            for d in documents {
                let added = try await c.run("""
                    INSERT INTO documents (sha256, name, size, path, bytes, added_at) VALUES (?, ?, ?, ?, ?, ?)
                    ON CONFLICT (sha256) DO NOTHING RETURNING sha256
                    """, .text(d.sha256), .text(d.name), .of(d.size), .of(d.path), d.bytes.map(SQLValue.blob) ?? .null, .double(now))
                if !added.isEmpty { intake.newDocuments += 1 }
                if added.isEmpty, d.bytes != nil {
                    // Bytes that arrive later (an enqueue-only batch after a local one) are kept.
                    try await c.run("UPDATE documents SET bytes = ? WHERE sha256 = ? AND bytes IS NULL", .blob(d.bytes!), .text(d.sha256))
                }
                let read = try await c.run("SELECT 1 FROM reports WHERE sha256 = ? AND versions = ?", .text(d.sha256), .text(batch.versions))
                guard read.isEmpty else { continue }
                // Queued unless it already waits; a row done under older versions is queued again.
                let queued = try await c.run(SQLStore.queueAgain, .text(d.sha256), .text(batch.versions), .double(now))
                intake.queued += queued.count
            }
            for cl in claims {
                let added = try await c.run("""
                    INSERT INTO claims (batch_id, row_number, learner_id, year, claimed_mode, claimed_hours, sha256, name, problem)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (batch_id, row_number) DO NOTHING RETURNING id
                    """, .text(cl.batch), .of(cl.row), .text(cl.learner), .of(cl.year), .of(cl.claimedMode),
                    .of(cl.claimedHours), .of(cl.sha256), .text(cl.name), .of(cl.problem))
                intake.newClaims += added.count
            }
            return intake
        }
    }

    public func claim(worker: String, limit: Int, lease: Double, now: Double) async throws -> [QueuedDocument] {
        try await db.transaction { [dialect = db.dialect] c in
            let rows = try await c.run("""
                SELECT sha256 FROM queue
                WHERE state = 'pending' OR (state = 'claimed' AND lease_until < ?)
                ORDER BY enqueued_at, sha256 LIMIT ?\(dialect.skipLocked)
                """, .double(now), .of(limit))
            var out: [QueuedDocument] = []
            for r in rows {
                guard let sha = r[0].string else { continue }
                try await c.run("UPDATE queue SET state = 'claimed', worker = ?, lease_until = ?, attempts = attempts + 1 WHERE sha256 = ?",
                                .text(worker), .double(now + lease), .text(sha))
                let d = try await c.run("SELECT name, path, bytes FROM documents WHERE sha256 = ?", .text(sha))
                guard let doc = d.first else { continue }
                out.append(QueuedDocument(sha256: sha, name: doc[0].string ?? sha, path: doc[1].string, bytes: doc[2].data))
            }
            return out
        }
    }

    public func renew(worker: String, lease: Double, now: Double) async throws {
        try await db.transaction { c in
            try await c.run("UPDATE queue SET lease_until = ? WHERE worker = ? AND state = 'claimed'", .double(now + lease), .text(worker))
        }
    }

    public func complete(_ r: StoredReport, worker: String, now: Double) async throws -> Bool {
        let json = String(decoding: try Report.encoder(pretty: false).encode(r.report), as: UTF8.self)
        let evidence = try r.evidence.map { String(decoding: try JSONEncoder().encode($0), as: UTF8.self) }
        return try await db.transaction { c in
            let held = try await c.run("""
                UPDATE queue SET state = 'done', done_at = ?, lease_until = NULL
                WHERE sha256 = ? AND worker = ? AND state = 'claimed' RETURNING sha256
                """, .double(now), .text(r.sha256), .text(worker))
            guard !held.isEmpty else { return false }
            let v = r.versions
            let activity = EvidenceFacts(report: r.report).activityDate
            let ids = try await c.run("""
                INSERT INTO reports (sha256, versions, reader, extractors, policies, report_json, evidence_json, mode, kind,
                  hours, proposed_hours, subject, policy, activity_date, year, issuer, holder, certificate_number, text_key,
                  is_evidence, confidence, flags, error_code, worker, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT (sha256, versions) DO NOTHING RETURNING id
                """, .text(r.sha256), .text(v.key), .text(v.reader), .text(v.extractors), .text(v.policies), .text(json),
                .of(evidence), .text(r.report.mode.rawValue), .text(r.report.kind), .of(r.hours), .of(r.report.proposal?.hours),
                .of(r.report.proposal?.subject?.rawValue), .of(r.report.proposal?.policy), .of(activity?.last.iso), .of(activity?.year),
                .of(r.issuer), .of(r.keys.holder), .of(r.certificateKey), .of(r.keys.textKey), .int(r.keys.isEvidence ? 1 : 0),
                .double(r.report.confidence), .text(r.flagColumn), .of(r.report.error?.code), .text(worker), .double(now))
            if let id = ids.first?[0].int {
                for code in Set(r.report.flags.map(\.code)).sorted() {
                    try await c.run("INSERT INTO report_flags (report_id, code) VALUES (?, ?)", .of(id), .text(code))
                }
            }
            return true
        }
    }

    public func release(worker: String) async throws {
        try await db.transaction { c in
            try await c.run("UPDATE queue SET state = 'pending', worker = NULL, lease_until = NULL WHERE worker = ? AND state = 'claimed'", .text(worker))
        }
    }

    public func releaseWorkers(where dead: @Sendable (String) -> Bool) async throws -> Int {
        try await db.transaction { c in
            let holders = try await c.run("SELECT DISTINCT worker FROM queue WHERE state = 'claimed'").compactMap { $0[0].string }
            var n = 0
            for w in holders where dead(w) {
                n += try await c.run("""
                    UPDATE queue SET state = 'pending', worker = NULL, lease_until = NULL
                    WHERE worker = ? AND state = 'claimed' RETURNING sha256
                    """, .text(w)).count
            }
            return n
        }
    }

    public func counts(batch: String?) async throws -> QueueCounts {
        try await db.transaction { c in
            var q = QueueCounts()
            let rows: [SQLRow]
            if let batch {
                // A document of the batch with no queue row was read before, under these versions: done.
                rows = try await c.run("""
                    SELECT COALESCE(q.state, 'done'), COUNT(*) FROM (SELECT DISTINCT sha256 FROM claims WHERE batch_id = ? AND sha256 IS NOT NULL) d
                    LEFT JOIN queue q ON q.sha256 = d.sha256 GROUP BY COALESCE(q.state, 'done')
                    """, .text(batch))
            } else {
                rows = try await c.run("SELECT state, COUNT(*) FROM queue GROUP BY state")
            }
            for r in rows {
                let n = r[1].int ?? 0
                switch r[0].string {
                case "pending": q.pending += n
                case "claimed": q.claimed += n
                default: q.done += n
                }
            }
            q.total = q.pending + q.claimed + q.done
            return q
        }
    }

    public func enqueue(_ sha256s: [String], versions: String, now: Double) async throws -> Int {
        try await db.transaction { c in
            var n = 0
            for sha in sha256s {
                n += try await c.run(SQLStore.queueAgain, .text(sha), .text(versions), .double(now)).count
            }
            return n
        }
    }

    /// Queues a document (sha256, versions, now) unless it already waits; one done under older versions is queued again.
    static let queueAgain = """
        INSERT INTO queue (sha256, versions, state, attempts, enqueued_at) VALUES (?, ?, 'pending', 0, ?)
        ON CONFLICT (sha256) DO UPDATE SET versions = excluded.versions, state = 'pending', worker = NULL,
          lease_until = NULL, attempts = 0, enqueued_at = excluded.enqueued_at, done_at = NULL
          WHERE queue.state = 'done'
        RETURNING sha256
        """

    static let claimColumns = "c.batch_id, c.row_number, c.learner_id, c.year, c.claimed_mode, c.claimed_hours, c.name, c.sha256, c.problem"

    static func claim(_ r: SQLRow) -> Claim {
        Claim(batch: r[0].string ?? "", row: r[1].int ?? 0, learner: r[2].string ?? "", year: r[3].int, claimedMode: r[4].string,
              claimedHours: r[5].double, name: r[6].string ?? "", sha256: r[7].string, problem: r[8].string)
    }

    static let reportColumns = "id, sha256, reader, extractors, policies, report_json, evidence_json, worker, created_at, text_key, certificate_number, holder, is_evidence"

    static func stored(_ r: SQLRow) throws -> StoredReport {
        let report = try JSONDecoder().decode(Report.self, from: r[5].data ?? Data())
        let evidence = try r[6].data.map { try JSONDecoder().decode(ReportEvidence.self, from: $0) }
        var keys = Duplicates.Item(file: report.file, sha256: r[1].string ?? "", text: nil,
                                   certificateNumber: r[10].string, holder: r[11].string, isEvidence: r[12].int == 1)
        keys.textKey = r[9].string
        return StoredReport(id: Int64(r[0].int ?? 0), sha256: r[1].string ?? "",
                            versions: ReadVersions(reader: r[2].string ?? "", extractors: r[3].string ?? "", policies: r[4].string ?? ""),
                            report: report, evidence: evidence, keys: keys, worker: r[7].string, createdAt: r[8].double ?? 0)
    }

    /// The newest report per document: no other report of the same document has a larger id.
    static let newest = "NOT EXISTS (SELECT 1 FROM reports n WHERE n.sha256 = reports.sha256 AND n.id > reports.id)"

    public func report(sha256: String) async throws -> StoredReport? {
        try await db.transaction { c in
            try await c.run("SELECT \(SQLStore.reportColumns) FROM reports WHERE sha256 = ? ORDER BY id DESC LIMIT 1", .text(sha256))
                .first.map(SQLStore.stored)
        }
    }

    public func reports(after: Int64, limit: Int) async throws -> [StoredReport] {
        try await db.transaction { c in
            try await c.run("SELECT \(SQLStore.reportColumns) FROM reports WHERE id > ? AND \(SQLStore.newest) ORDER BY id LIMIT ?",
                            .int(after), .of(limit)).map(SQLStore.stored)
        }
    }

    public func stale(current versions: String) async throws -> [String] {
        try await db.transaction { c in
            try await c.run("SELECT sha256 FROM reports WHERE versions <> ? AND \(SQLStore.newest) ORDER BY sha256", .text(versions))
                .compactMap { $0[0].string }
        }
    }

    public func claims(_ f: ClaimFilter) async throws -> [ClaimRow] {
        var sql = """
            SELECT \(SQLStore.claimColumns), l.name, l.unit
            FROM claims c JOIN learners l ON l.id = c.learner_id WHERE 1 = 1
            """
        var args: [SQLValue] = []
        if let y = f.year { sql += " AND c.year = ?"; args.append(.of(y)) }
        if let u = f.unit { sql += " AND l.unit = ?"; args.append(.text(u)) }
        if let l = f.learner { sql += " AND c.learner_id = ?"; args.append(.text(l)) }
        if let b = f.batch { sql += " AND c.batch_id = ?"; args.append(.text(b)) }
        sql += " ORDER BY c.learner_id, c.year, c.batch_id, c.row_number"
        let query = sql, arguments = args
        return try await db.transaction { c in
            try await c.run(query, arguments).map { r in
                ClaimRow(claim: SQLStore.claim(r), learner: Learner(id: r[2].string ?? "", name: r[9].string, unit: r[10].string))
            }
        }
    }

    public func claims(sha256: String) async throws -> [Claim] {
        try await db.transaction { c in
            try await c.run("SELECT \(SQLStore.claimColumns) FROM claims c WHERE c.sha256 = ? ORDER BY c.batch_id, c.row_number",
                            .text(sha256)).map(SQLStore.claim)
        }
    }

    public func reportsSharing(textKey: String?, certificateNumber: String?, except sha256: String) async throws -> [StoredReport] {
        guard textKey != nil || certificateNumber != nil else { return [] }
        return try await db.transaction { c in
            var out: [StoredReport] = []
            var seen = Set<Int64>()
            // Two indexed lookups rather than one OR, so each uses its index on both engines.
            for (column, key) in [("text_key", textKey), ("certificate_number", certificateNumber)] {
                guard let key else { continue }
                for r in try await c.run("""
                    SELECT \(SQLStore.reportColumns) FROM reports WHERE \(column) = ? AND sha256 <> ? AND \(SQLStore.newest)
                    ORDER BY id LIMIT 50
                    """, .text(key), .text(sha256)) {
                    let s = try SQLStore.stored(r)
                    if seen.insert(s.id).inserted { out.append(s) }
                }
            }
            return out
        }
    }

    public func record(_ d: ReviewDecision) async throws -> Int64 {
        try await db.transaction { c in
            let rows = try await c.run("""
                INSERT INTO decisions (sha256, report_id, reviewer, at, field, before_value, after_value, reason)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?) RETURNING id
                """, .text(d.sha256), d.reportId.map(SQLValue.int) ?? .null, .text(d.reviewer), .double(d.at), .text(d.field),
                .of(d.before), .of(d.after), .text(d.reason))
            return Int64(rows.first?[0].int ?? 0)
        }
    }

    public func decisions(sha256: String) async throws -> [ReviewDecision] {
        try await db.transaction { c in
            try await c.run("""
                SELECT id, sha256, report_id, reviewer, at, field, before_value, after_value, reason FROM decisions
                WHERE sha256 = ? ORDER BY id
                """, .text(sha256)).map { r in
                ReviewDecision(id: Int64(r[0].int ?? 0), sha256: r[1].string ?? "", reportId: r[2].int.map(Int64.init),
                               reviewer: r[3].string ?? "", at: r[4].double ?? 0, field: r[5].string ?? "",
                               before: r[6].string, after: r[7].string, reason: r[8].string ?? "")
            }
        }
    }
}

extension SQLStore {
    /// Drops every table of the store (benchmarks and tests start from nothing). Not reachable from the CLI's
    /// normal commands.
    package func dropEverything() async throws {
        try await db.transaction { c in
            for t in ["declarations", "uploads", "sessions", "accounts", "decisions", "report_flags", "reports", "queue", "claims", "batches", "learners", "documents", "grdb_migrations"] {
                try await c.run("DROP TABLE IF EXISTS \(t)")
            }
        }
    }
}
