/// The store behind every shell that keeps what it reads: in memory (tests), SQLite through GRDB (the default,
/// `--store FILE`), PostgreSQL through postgres-nio (`--store postgres://…`, shared by many machines).
///
/// Times are seconds since 1970 passed in by the caller, so a test can move the clock past a lease.
public protocol EvidenceStore: Sendable {
    /// Brings the schema up to date.
    func migrate() async throws

    /// Takes in a batch at once (one transaction): its learners, documents and claims, and queue rows for the
    /// documents with no report under `batch.versions`. Idempotent: the same batch again adds nothing.
    func add(batch: BatchRecord, learners: [Learner], documents: [NewDocument], claims: [Claim], now: Double) async throws -> BatchIntake

    /// Claims up to `limit` documents for `worker` until `now + lease`: pending ones, and claimed ones whose lease ran
    /// out (their worker died). Two workers never hold one document.
    func claim(worker: String, limit: Int, lease: Double, now: Double) async throws -> [QueuedDocument]
    /// Extends the leases `worker` holds.
    func renew(worker: String, lease: Double, now: Double) async throws
    /// Stores a report and marks its document done, if `worker` still holds it; false (nothing stored) when the
    /// lease was lost to another worker, so no document is done twice.
    func complete(_ report: StoredReport, worker: String, now: Double) async throws -> Bool
    /// Hands back what `worker` holds (an interrupted run), or what workers `dead` names hold.
    func release(worker: String) async throws
    func releaseWorkers(where dead: @Sendable (String) -> Bool) async throws -> Int
    /// Where a batch stands (all batches when nil).
    func counts(batch: String?) async throws -> QueueCounts
    /// Queues documents again (stale reports), under `versions`.
    func enqueue(_ sha256s: [String], versions: String, now: Double) async throws -> Int

    /// The newest report of a document.
    func report(sha256: String) async throws -> StoredReport?
    /// Newest reports in id order after `after`, a page at a time (exports never hold the whole store).
    func reports(after: Int64, limit: Int) async throws -> [StoredReport]
    /// Documents whose newest report was made under other versions.
    func stale(current versions: String) async throws -> [String]
    /// Every claim the filter keeps, ordered by learner, year and row.
    func claims(_ filter: ClaimFilter) async throws -> [ClaimRow]
    /// Every claim of one document (the same bytes claimed twice is a duplicate-file across the store).
    func claims(sha256: String) async throws -> [Claim]
    /// Newest reports of other documents with the same text key or certificate number (indexed lookups).
    func reportsSharing(textKey: String?, certificateNumber: String?, except sha256: String) async throws -> [StoredReport]

    func record(_ decision: ReviewDecision) async throws -> Int64
    func decisions(sha256: String) async throws -> [ReviewDecision]

    func close() async
}
