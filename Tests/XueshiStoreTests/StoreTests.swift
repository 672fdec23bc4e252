import Foundation
import Testing
import XueshiCore
@testable import XueshiStore

/// One behaviour, three stores: what the memory store does in tests, SQLite and PostgreSQL do for real.
@Suite(.serialized) struct StoreTests {
    @Test(arguments: StoreKind.available) func takingInABatchTwiceAddsNothing(kind: StoreKind) async throws {
        let s = try await kind.make()
        let first = try await World.add(s)
        #expect(first.newClaims == 5 && first.newDocuments == 3 && first.queued == 3)
        let again = try await World.add(s, now: 2000)
        #expect(again.newClaims == 0 && again.newDocuments == 0 && again.queued == 0)
        let counts = try await s.counts(batch: "b1")
        #expect(counts == QueueCounts(total: 3, pending: 3, claimed: 0, done: 0))
        #expect(try await s.claims(ClaimFilter()).count == 5)
        #expect(try await s.claims(ClaimFilter(year: 2024)).map(\.claim.name) == ["gone.pdf"])
        #expect(try await s.claims(ClaimFilter(unit: "一院")).count == 2)
        #expect(try await s.claims(ClaimFilter(learner: "L2", batch: "b1")).count == 3)
        await s.close()
    }

    @Test(arguments: StoreKind.available) func twoWorkersNeverHoldOneDocument(kind: StoreKind) async throws {
        let s = try await kind.make()
        _ = try await World.add(s)
        let a = try await s.claim(worker: "a", limit: 2, lease: 60, now: 1000)
        let b = try await s.claim(worker: "b", limit: 2, lease: 60, now: 1001)
        #expect(a.count == 2 && b.count == 1)
        #expect(Set(a.map(\.sha256)).isDisjoint(with: b.map(\.sha256)))
        #expect(try await s.claim(worker: "c", limit: 5, lease: 60, now: 1002).isEmpty)
        // The document kept in the store comes with its bytes; the others with their paths.
        let third = (a + b).first { $0.sha256 == World.sha(3) }
        #expect(third?.bytes == Data("%PDF".utf8))
        #expect((a + b).first { $0.sha256 == World.sha(1) }?.path == "/tmp/doc1.pdf")
        await s.close()
    }

    @Test(arguments: StoreKind.available) func aLapsedLeaseIsTakenOverAndTheLateReportIsRefused(kind: StoreKind) async throws {
        let s = try await kind.make()
        _ = try await World.add(s)
        let a = try await s.claim(worker: "a", limit: 1, lease: 10, now: 1000)
        try #require(a.count == 1)
        // Renewed in time: still a's.
        try await s.renew(worker: "a", lease: 10, now: 1008)
        #expect(try await s.claim(worker: "b", limit: 3, lease: 10, now: 1015).map(\.sha256).contains(a[0].sha256) == false)
        // Not renewed: past its lease another worker takes it.
        let b = try await s.claim(worker: "b2", limit: 3, lease: 10, now: 1030)
        #expect(b.map(\.sha256).contains(a[0].sha256))
        let n = Int(a[0].sha256.prefix(1))!
        #expect(try await s.complete(World.report(n), worker: "a", now: 1031) == false)
        #expect(try await s.report(sha256: a[0].sha256) == nil)
        #expect(try await s.complete(World.report(n), worker: "b2", now: 1032) == true)
        #expect(try await s.report(sha256: a[0].sha256)?.worker == "b2")
        // Done is done: completing again stores nothing more.
        #expect(try await s.complete(World.report(n), worker: "b2", now: 1033) == false)
        await s.close()
    }

    @Test(arguments: StoreKind.available) func releasedAndDeadWorkersGiveTheirClaimsBack(kind: StoreKind) async throws {
        let s = try await kind.make()
        _ = try await World.add(s)
        _ = try await s.claim(worker: "host/1/1", limit: 1, lease: 600, now: 1000)
        _ = try await s.claim(worker: "keep", limit: 1, lease: 600, now: 1000)
        #expect(try await s.releaseWorkers { $0 == "host/1/1" } == 1)
        try await s.release(worker: "keep")
        #expect(try await s.counts(batch: nil).pending == 3)
        await s.close()
    }

    @Test(arguments: StoreKind.available) func readDocumentsAreNotQueuedAgainUnderTheSameVersions(kind: StoreKind) async throws {
        let s = try await kind.make()
        _ = try await World.add(s)
        for d in try await s.claim(worker: "w", limit: 3, lease: 60, now: 1000) {
            #expect(try await s.complete(World.report(Int(d.sha256.prefix(1))!), worker: "w", now: 1001))
        }
        #expect(try await s.counts(batch: "b1") == QueueCounts(total: 3, pending: 0, claimed: 0, done: 3))
        #expect(try await World.add(s, now: 2000).queued == 0)
        #expect(try await s.stale(current: World.versions.key).isEmpty)
        // New extractor specs: every report is stale, and a batch under them queues its documents again.
        let newer = ReadVersions(extractors: String(repeating: "f", count: 64), policies: World.versions.policies)
        #expect(try await s.stale(current: newer.key).count == 3)
        #expect(try await s.enqueue(try await s.stale(current: newer.key), versions: newer.key, now: 3000) == 3)
        let again = try await s.claim(worker: "w", limit: 5, lease: 60, now: 3001)
        #expect(again.count == 3)
        #expect(try await s.complete(World.report(1, versions: newer), worker: "w", now: 3002))
        #expect(try await s.report(sha256: World.sha(1))?.versions == newer)
        #expect(try await s.reports(after: 0, limit: 10).count == 3)
        await s.close()
    }

    @Test(arguments: StoreKind.available) func sharedTextAndNumbersAreFoundByIndexedKeys(kind: StoreKind) async throws {
        let s = try await kind.make()
        _ = try await World.add(s)
        let text = String(repeating: "二〇二三年度专业技术人员继续教育培训证书 ", count: 3)
        let claimed = try await s.claim(worker: "w", limit: 3, lease: 60, now: 1000)
        try #require(claimed.count == 3)
        _ = try await s.complete(World.report(1, number: "ZS-2023-0001", text: text), worker: "w", now: 1001)
        _ = try await s.complete(World.report(2, number: "ZS-2023-0001"), worker: "w", now: 1002)
        _ = try await s.complete(World.report(3, text: text), worker: "w", now: 1003)
        let one = try #require(try await s.report(sha256: World.sha(1)))
        let sharing = try await s.reportsSharing(textKey: one.keys.textKey, certificateNumber: one.certificateKey, except: World.sha(1))
        #expect(Set(sharing.map(\.sha256)) == [World.sha(2), World.sha(3)])
        #expect(try await s.claims(sha256: World.sha(1)).map(\.name) == ["doc1.pdf", "copy.pdf"])
        await s.close()
    }

    @Test(arguments: StoreKind.available) func decisionsKeepTheirAuditTrail(kind: StoreKind) async throws {
        let s = try await kind.make()
        _ = try await World.add(s)
        _ = try await s.record(ReviewDecision(sha256: World.sha(1), reportId: nil, reviewer: "审核员甲", at: 5, field: "hours",
                                              before: "24", after: "16", reason: "证书写明 16 学时"))
        _ = try await s.record(ReviewDecision(sha256: World.sha(1), reportId: nil, reviewer: "审核员乙", at: 6, field: "subject",
                                              before: "public", after: "professional", reason: "专业课程"))
        let trail = try await s.decisions(sha256: World.sha(1))
        #expect(trail.map(\.reviewer) == ["审核员甲", "审核员乙"])
        #expect(trail[0].before == "24" && trail[0].after == "16" && trail[0].at == 5)
        await s.close()
    }

    @Test func migrationsAreAppliedOnceAndRecorded() async throws {
        let path = NSTemporaryDirectory() + "xueshi-migrate-\(UUID().uuidString).sqlite"
        for _ in 0..<2 {
            let s = try SQLStore.sqlite(path: path)
            try await s.migrate()
            await s.close()
        }
        let s = try SQLStore.sqlite(path: path)
        let rows = try await s.db.transaction { try await $0.run("SELECT identifier FROM grdb_migrations") }
        #expect(rows.compactMap { $0[0].string } == Schema.migrations.map(\.name))
        await s.close()
    }
}
