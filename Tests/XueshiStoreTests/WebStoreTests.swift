import Foundation
import Testing
import XueshiCore
@testable import XueshiStore

/// Accounts, sessions and uploads: the same on every store kind.
extension StoreTests {
    func web(_ kind: StoreKind) async throws -> any WebStore {
        let s = try await kind.make()
        return try #require(s as? any WebStore)
    }

    static func upload(_ id: String, account: String, unit: String?, sha: Int, status: Upload.Status = .draft, year: Int? = 2025,
                       created: Double, critical: Bool = false, confidence: Double = 0.8) -> Upload {
        var r = Report(file: "u\(id).pdf", sha256: World.sha(sha), format: .pdf, pages: 1, kind: "training-certificate", mode: .training,
                       fields: ["hours": Field(value: .number(12), confidence: 0.9)], confidence: confidence)
        if critical { r.flags = [Flag(code: "signature-invalid", severity: .critical, message: "签名无效")] }
        return Upload(id: id, account: account, unit: unit, sha256: World.sha(sha), name: "u\(id).pdf", status: status,
                      createdAt: created, year: year, report: r)
    }

    @Test(arguments: StoreKind.available) func accountsAreUniqueByName(kind: StoreKind) async throws {
        let s = try await web(kind)
        defer { Task { await s.close() } }
        try await s.addAccount(Account(username: "li", role: .learner, unit: "甲单位", passwordHash: "h1", createdAt: 1))
        try await s.addAccount(Account(username: "wang", role: .reviewer, unit: "甲单位", passwordHash: "h2", createdAt: 2))
        await #expect(throws: StoreError.self) {
            try await s.addAccount(Account(username: "li", role: .admin, unit: nil, passwordHash: "h3", createdAt: 3))
        }
        let li = try #require(try await s.account(username: "li"))
        #expect(li.role == .learner && li.unit == "甲单位" && li.passwordHash == "h1")
        #expect(try await s.account(username: "nobody") == nil)
        #expect(try await s.accounts().map(\.username) == ["li", "wang"])
    }

    @Test(arguments: StoreKind.available) func sessionsExpireAndCanBeEnded(kind: StoreKind) async throws {
        let s = try await web(kind)
        defer { Task { await s.close() } }
        try await s.addAccount(Account(username: "li", role: .learner, unit: "甲单位", passwordHash: "h", createdAt: 1))
        try await s.addSession(WebSession(tokenHash: "t1", username: "li", csrf: "c1", createdAt: 100, expiresAt: 200))
        #expect(try await s.session(tokenHash: "t1", now: 150)?.csrf == "c1")
        #expect(try await s.session(tokenHash: "t1", now: 201) == nil)
        #expect(try await s.session(tokenHash: "t2", now: 150) == nil)
        try await s.addSession(WebSession(tokenHash: "t3", username: "li", csrf: "c3", createdAt: 150, expiresAt: 900))
        try await s.deleteSession(tokenHash: "t3")
        #expect(try await s.session(tokenHash: "t3", now: 160) == nil)
    }

    @Test(arguments: StoreKind.available) func uploadsAreFilteredUpdatedAndKeepOneCopyOfTheBytes(kind: StoreKind) async throws {
        let s = try await web(kind)
        defer { Task { await s.close() } }
        for (n, unit) in [("li", "甲单位"), ("qian", "乙单位")] {
            try await s.addAccount(Account(username: n, role: .learner, unit: unit, passwordHash: "h", createdAt: 1))
        }
        let bytes = Data("%PDF-1.4 test".utf8)
        let doc = NewDocument(sha256: World.sha(1), name: "a.pdf", size: bytes.count, path: nil, bytes: bytes)
        try await s.addUpload(StoreTests.upload("a", account: "li", unit: "甲单位", sha: 1, created: 10), document: doc)
        // The same bytes again, by another learner: one document, two uploads.
        try await s.addUpload(StoreTests.upload("b", account: "qian", unit: "乙单位", sha: 1, status: .filed, created: 20), document: doc)
        try await s.addUpload(StoreTests.upload("c", account: "li", unit: "甲单位", sha: 2, status: .filed, year: 2024, created: 30),
                              document: NewDocument(sha256: World.sha(2), name: "c.pdf", size: 3, path: nil, bytes: Data("abc".utf8)))
        await #expect(throws: (any Error).self) {
            try await s.addUpload(StoreTests.upload("a", account: "li", unit: "甲单位", sha: 1, created: 40), document: doc)
        }
        #expect(try await s.uploads(UploadFilter(account: "li")).map(\.id) == ["c", "a"])
        #expect(try await s.uploads(UploadFilter(unit: "甲单位", statuses: [.filed])).map(\.id) == ["c"])
        #expect(try await s.uploads(UploadFilter(year: 2025)).map(\.id) == ["b", "a"])
        #expect(try await s.uploads(UploadFilter(sha256: World.sha(1))).map(\.id) == ["b", "a"])
        #expect(try await s.uploads(UploadFilter(statuses: [])).isEmpty)
        #expect(try await s.documentBytes(sha256: World.sha(1)) == [UInt8](bytes))

        var a = try #require(try await s.upload(id: "a"))
        #expect(a.report.fields["hours"]?.value.number == 12)
        a.status = .adjusted
        a.filedAt = 50
        a.decision = UploadDecision(action: .adjust, hours: 8, reason: "按天数核减", reviewer: "wang", at: 60)
        try await s.updateUpload(a)
        let back = try #require(try await s.upload(id: "a"))
        #expect(back.status == .adjusted && back.filedAt == 50 && back.decision?.hours == 8 && back.decision?.reason == "按天数核减")
        #expect(try await s.upload(id: "zz") == nil)
        var ghost = a
        ghost.id = "zz"
        await #expect(throws: StoreError.self) { try await s.updateUpload(ghost) }
    }

    @Test func theQueueOrderPutsCriticalFlagsThenLowConfidenceFirst() {
        let calm = StoreTests.upload("1", account: "li", unit: "u", sha: 1, created: 1, confidence: 0.9)
        let unsure = StoreTests.upload("2", account: "li", unit: "u", sha: 2, created: 2, confidence: 0.4)
        let alarming = StoreTests.upload("3", account: "li", unit: "u", sha: 3, created: 3, critical: true, confidence: 0.95)
        #expect([calm, unsure, alarming].sorted(by: Upload.riskiestFirst).map(\.id) == ["3", "2", "1"])
    }
}
