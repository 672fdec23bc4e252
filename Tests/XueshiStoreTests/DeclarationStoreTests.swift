import Foundation
import Testing
import XueshiCore
import XueshiNormalize
@testable import XueshiStore

/// The two rules every store keeps whatever calls it: one declaration a learner a year, and a filed one's evidence
/// and subjects unchanged (the attempt written to its trail).
extension StoreTests {
    static func declaration(_ id: String, account: String = "li", year: Int = 2025) -> Declaration {
        var d = Declaration(id: id, account: account, unit: "甲单位", year: year, createdAt: 100)
        d.items = [DeclarationItem(upload: "a", sha256: World.sha(1), file: "a.pdf", date: "2025-03-01", hours: 24,
                                   proposedSubject: .professional, subject: .professional, policy: "anhui-2001",
                                   rule: "training-printed", converted: false, counted: true, note: nil)]
        d.audit = [DeclarationAuditEntry(at: 100, by: account, action: .create)]
        return d
    }

    func declarationStore(_ kind: StoreKind) async throws -> any WebStore {
        let s = try await web(kind)
        for (n, unit) in [("li", "甲单位"), ("shen", "甲单位")] {
            try await s.addAccount(Account(username: n, role: .learner, unit: unit, passwordHash: "h", createdAt: 1))
        }
        return s
    }

    @Test(arguments: StoreKind.available) func aSecondDeclarationInOneYearIsRefused(kind: StoreKind) async throws {
        let s = try await declarationStore(kind)
        defer { Task { await s.close() } }
        try await s.addDeclaration(StoreTests.declaration("d1"))
        do {
            try await s.addDeclaration(StoreTests.declaration("d2"))
            Issue.record("a second declaration for 2025 was kept")
        } catch let e as DeclarationError {
            #expect(e.kind == .exists && e.message.contains("每人每年只能申报一次"))
        }
        // Another year, or another learner, is a declaration of its own.
        try await s.addDeclaration(StoreTests.declaration("d3", year: 2026))
        try await s.addDeclaration(StoreTests.declaration("d4", account: "shen"))
        #expect(try await s.declarations(DeclarationFilter(account: "li")).map(\.id) == ["d1", "d3"])
        #expect(try await s.declarations(DeclarationFilter(unit: "甲单位", year: 2025)).map(\.id).sorted() == ["d1", "d4"])
        #expect(try await s.declarations(DeclarationFilter(states: [.filed])).isEmpty)
        #expect(try await s.declaration(id: "d2") == nil)
    }

    @Test(arguments: StoreKind.available) func aFiledDeclarationsEvidenceCannotBeChangedInTheStore(kind: StoreKind) async throws {
        let s = try await declarationStore(kind)
        defer { Task { await s.close() } }
        var d = StoreTests.declaration("d1")
        try await s.addDeclaration(d)
        // A draft changes freely.
        d.items[0].subject = .public
        try await s.saveDeclaration(d, by: "li", now: 110)
        d.items[0].subject = .professional
        d.state = .filed
        d.filedAt = 120
        d.audit.append(DeclarationAuditEntry(at: 120, by: "li", action: .file))
        try await s.saveDeclaration(d, by: "li", now: 120)

        // Replaced evidence (another file's hash), a subject changed, an item withdrawn: each refused and logged.
        var replaced = d
        replaced.items[0].sha256 = World.sha(2)
        var resubjected = d
        resubjected.items[0].subject = .public
        var withdrawn = d
        withdrawn.items = []
        for (n, attempt) in [replaced, resubjected, withdrawn].enumerated() {
            do {
                try await s.saveDeclaration(attempt, by: "li", now: Double(200 + n))
                Issue.record("change \(n) to a filed declaration was kept")
            } catch let e as DeclarationError {
                #expect(e.kind == .frozen)
            }
        }
        let kept = try #require(try await s.declaration(id: "d1"))
        #expect(kept.items == d.items)
        #expect(kept.state == .filed)
        #expect(kept.audit.filter { $0.action == .refused }.map(\.at) == [200, 201, 202])
        #expect(kept.audit.filter { $0.action == .refused }.allSatisfy { $0.by == "li" })

        // A step that keeps the evidence (the unit's public period) is saved; the trail cannot be rewritten.
        var shown = kept
        shown.state = .public
        shown.publicFrom = DayDate(year: 2025, month: 12, day: 1)
        shown.publicUntil = DayDate(year: 2025, month: 12, day: 5)
        shown.audit.append(DeclarationAuditEntry(at: 300, by: "wang", action: .publish))
        try await s.saveDeclaration(shown, by: "wang", now: 300)
        #expect(try await s.declaration(id: "d1")?.publicUntil == DayDate(year: 2025, month: 12, day: 5))
        var rewritten = shown
        rewritten.audit.removeFirst()
        await #expect(throws: DeclarationError.self) { try await s.saveDeclaration(rewritten, by: "wang", now: 310) }
        var moved = shown
        moved.year = 2024
        await #expect(throws: DeclarationError.self) { try await s.saveDeclaration(moved, by: "li", now: 320) }
        #expect(try await s.declaration(id: "d1")?.year == 2025)
    }
}
