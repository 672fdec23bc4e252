import Foundation
import XueshiCheck

/// The store in memory, for tests and for shells that keep nothing: the same behaviour as the SQL stores.
public actor MemoryStore: EvidenceStore {
    struct QueueRow { var versions: String; var state: String; var worker: String?; var leaseUntil: Double?; var enqueued: Double; var order: Int }

    var documents: [String: NewDocument] = [:]
    var learners: [String: Learner] = [:]
    var batches: [String: BatchRecord] = [:]
    var claimRows: [String: Claim] = [:]
    var reportsById: [Int64: StoredReport] = [:]
    var queue: [String: QueueRow] = [:]
    var decisionRows: [ReviewDecision] = []
    var accountRows: [String: Account] = [:]
    var sessionRows: [String: WebSession] = [:]
    var uploadRows: [String: Upload] = [:]
    var declarationRows: [String: Declaration] = [:]
    var nextId: Int64 = 1
    var order = 0

    public init() {}

    public func migrate() async throws {}
    public func close() async {}

    func hasReport(_ sha: String, _ versions: String) -> Bool {
        reportsById.values.contains { $0.sha256 == sha && $0.versions.key == versions }
    }

    func newest(_ sha: String) -> StoredReport? {
        reportsById.values.filter { $0.sha256 == sha }.max { $0.id < $1.id }
    }

    func queueAgain(_ sha: String, _ versions: String, _ now: Double) -> Bool {
        if let q = queue[sha], q.state != "done" { return false }
        order += 1
        queue[sha] = QueueRow(versions: versions, state: "pending", worker: nil, leaseUntil: nil, enqueued: now, order: order)
        return true
    }

    public func add(batch: BatchRecord, learners ls: [Learner], documents docs: [NewDocument], claims cs: [Claim], now: Double) async throws -> BatchIntake {
        var intake = BatchIntake()
        intake.claims = cs.count
        intake.documents = docs.count
        if batches[batch.id] == nil { batches[batch.id] = batch }
        for l in ls {
            let old = learners[l.id]
            learners[l.id] = Learner(id: l.id, name: l.name ?? old?.name, unit: l.unit ?? old?.unit)
        }
        for d in docs {
            if documents[d.sha256] == nil { documents[d.sha256] = d; intake.newDocuments += 1 }
            else if documents[d.sha256]?.bytes == nil, d.bytes != nil { documents[d.sha256]?.bytes = d.bytes }
            if !hasReport(d.sha256, batch.versions), queueAgain(d.sha256, batch.versions, now) { intake.queued += 1 }
        }
        for c in cs {
            let key = "\(c.batch)#\(c.row)"
            if claimRows[key] == nil { claimRows[key] = c; intake.newClaims += 1 }
        }
        return intake
    }

    public func claim(worker: String, limit: Int, lease: Double, now: Double) async throws -> [QueuedDocument] {
        let free = queue.filter { $0.value.state == "pending" || ($0.value.state == "claimed" && ($0.value.leaseUntil ?? 0) < now) }
            .sorted { ($0.value.enqueued, $0.key) < ($1.value.enqueued, $1.key) }.prefix(limit)
        var out: [QueuedDocument] = []
        for (sha, _) in free {
            queue[sha]?.state = "claimed"; queue[sha]?.worker = worker; queue[sha]?.leaseUntil = now + lease
            if let d = documents[sha] { out.append(QueuedDocument(sha256: sha, name: d.name, path: d.path, bytes: d.bytes)) }
        }
        return out
    }

    public func renew(worker: String, lease: Double, now: Double) async throws {
        for (k, v) in queue where v.worker == worker && v.state == "claimed" { queue[k]?.leaseUntil = now + lease }
    }

    public func complete(_ r: StoredReport, worker: String, now: Double) async throws -> Bool {
        guard let q = queue[r.sha256], q.state == "claimed", q.worker == worker else { return false }
        queue[r.sha256]?.state = "done"; queue[r.sha256]?.leaseUntil = nil
        guard !hasReport(r.sha256, r.versions.key) else { return true }
        var s = r
        s.id = nextId; nextId += 1
        s.worker = worker; s.createdAt = now
        reportsById[s.id] = s
        return true
    }

    public func release(worker: String) async throws {
        for (k, v) in queue where v.worker == worker && v.state == "claimed" {
            queue[k]?.state = "pending"; queue[k]?.worker = nil; queue[k]?.leaseUntil = nil
        }
    }

    public func releaseWorkers(where dead: @Sendable (String) -> Bool) async throws -> Int {
        var n = 0
        for (k, v) in queue where v.state == "claimed" && v.worker.map(dead) == true {
            queue[k]?.state = "pending"; queue[k]?.worker = nil; queue[k]?.leaseUntil = nil; n += 1
        }
        return n
    }

    public func counts(batch: String?) async throws -> QueueCounts {
        var c = QueueCounts()
        let shas: [String] = batch.map { b in Array(Set(claimRows.values.filter { $0.batch == b }.compactMap(\.sha256))) } ?? Array(queue.keys)
        for sha in shas {
            switch queue[sha]?.state ?? "done" {
            case "pending": c.pending += 1
            case "claimed": c.claimed += 1
            default: c.done += 1
            }
        }
        c.total = shas.count
        return c
    }

    public func enqueue(_ sha256s: [String], versions: String, now: Double) async throws -> Int {
        sha256s.filter { documents[$0] != nil && queueAgain($0, versions, now) }.count
    }

    public func report(sha256: String) async throws -> StoredReport? { newest(sha256) }

    public func reports(after: Int64, limit: Int) async throws -> [StoredReport] {
        let newestIds = Set(Set(reportsById.values.map(\.sha256)).compactMap { newest($0)?.id })
        return Array(newestIds.filter { $0 > after }.sorted().prefix(limit).compactMap { reportsById[$0] })
    }

    public func stale(current versions: String) async throws -> [String] {
        Set(reportsById.values.map(\.sha256)).compactMap { newest($0) }.filter { $0.versions.key != versions }.map(\.sha256).sorted()
    }

    public func claims(_ f: ClaimFilter) async throws -> [ClaimRow] {
        claimRows.values.compactMap { c -> ClaimRow? in
            let l = learners[c.learner] ?? Learner(id: c.learner)
            if let y = f.year, c.year != y { return nil }
            if let u = f.unit, l.unit != u { return nil }
            if let id = f.learner, c.learner != id { return nil }
            if let b = f.batch, c.batch != b { return nil }
            return ClaimRow(claim: c, learner: l)
        }.sorted { ($0.claim.learner, $0.claim.year ?? 0, $0.claim.batch, $0.claim.row) < ($1.claim.learner, $1.claim.year ?? 0, $1.claim.batch, $1.claim.row) }
    }

    public func claims(sha256: String) async throws -> [Claim] {
        claimRows.values.filter { $0.sha256 == sha256 }.sorted { ($0.batch, $0.row) < ($1.batch, $1.row) }
    }

    public func reportsSharing(textKey: String?, certificateNumber: String?, except sha256: String) async throws -> [StoredReport] {
        Set(reportsById.values.map(\.sha256)).filter { $0 != sha256 }.compactMap { newest($0) }.filter { r in
            (textKey != nil && r.keys.textKey == textKey) || (certificateNumber != nil && r.certificateKey == certificateNumber)
        }.sorted { $0.id < $1.id }
    }

    public func record(_ d: ReviewDecision) async throws -> Int64 {
        var x = d
        x.id = Int64(decisionRows.count + 1)
        decisionRows.append(x)
        return x.id
    }

    public func decisions(sha256: String) async throws -> [ReviewDecision] { decisionRows.filter { $0.sha256 == sha256 } }
}
