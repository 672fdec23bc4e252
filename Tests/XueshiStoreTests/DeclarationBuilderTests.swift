import Foundation
import Testing
import XueshiCore
import XueshiPolicy
@testable import XueshiStore

/// A declaration's totals under the year's rules, with the subjects the learner asked: the highest-option rule
/// (one converted claim a year) and the one-way rule (专业 fills 公需, 公需 never fills 专业).
@Suite struct DeclarationBuilderTests {
    static let policies: PolicySet = {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try! PolicySet.load(directory: root.appendingPathComponent("policies").path)
    }()

    static func upload(_ id: String, _ mode: Mode, _ kind: String, _ facts: [String: Any], subject: Subject?, text: String = "",
                       created: Double) -> Upload {
        var fields: [String: Field] = [:]
        for (k, v) in facts {
            fields[k] = Field(value: (v as? Int).map { .number(Double($0)) } ?? .string("\(v)"), confidence: 0.95)
        }
        let facts = EvidenceFacts(mode: mode, kind: kind, subject: subject, activity: nil, fields: fields, text: text, classification: 0.95)
        let o = policies.propose(facts, policyId: nil)
        let r = Report(file: "\(id).pdf", sha256: String(repeating: id.first.map(String.init) ?? "0", count: 64), kind: kind,
                       mode: mode, subject: subject, fields: fields, proposal: o.proposal, confidence: 0.9, flags: o.flags)
        return Upload(id: id, account: "li", unit: "甲单位", sha256: r.sha256, name: "\(id).pdf", createdAt: created, year: 2025, report: r)
    }

    static let uploads = [
        upload("a", .training, "training-certificate", ["hours": 50, "endDate": "2025-09-10"], subject: .professional, created: 1),
        upload("b", .other, "award", ["awardLevel": "provincial", "issueDate": "2025-12-01"], subject: .professional, created: 2),
        upload("c", .research, "patent", ["issueDate": "2025-11-01"], subject: .professional, created: 3),
        upload("d", .online, "online-learning-record", ["hours": 30, "issueDate": "2025-10-01"], subject: nil, text: "公需科目", created: 4),
    ]

    func graded(asking asked: [String: Subject] = [:]) -> Declaration {
        var d = Declaration(id: "d", account: "li", unit: "甲单位", year: 2025, createdAt: 0)
        d.items = DeclarationBuilder.draftItems(Self.uploads, asked: asked)
        DeclarationBuilder.grade(&d, uploads: Dictionary(uniqueKeysWithValues: Self.uploads.map { ($0.id, $0) }), policies: Self.policies)
        return d
    }

    @Test func onlyTheHighestConvertedClaimCounts() throws {
        let d = graded()
        let converted = d.items.filter(\.converted)
        #expect(converted.count == 2, "\(d.items.map { ($0.upload, $0.rule ?? "-") })")
        #expect(converted.filter(\.counted).count == 1)
        let dropped = try #require(converted.first { !$0.counted })
        #expect(dropped.note?.contains("就高原则") == true)
        let best = try #require(converted.first { $0.counted })
        #expect((best.hours ?? 0) >= (dropped.hours ?? 0))
        #expect(d.totals.total == d.items.filter(\.counted).compactMap(\.hours).reduce(0, +))
    }

    @Test func publicHoursNeverFillProfessional() throws {
        let d = graded()
        let pub = try #require(d.items.first { $0.upload == "d" })
        #expect(pub.proposedSubject == .public && pub.subject == .public)
        // 公需 30 counts toward the total and 公需 only; 专业 stays what the 专业 items give.
        let professional = d.items.filter { $0.counted && $0.subject == .professional }.compactMap(\.hours).reduce(0, +)
        #expect(d.totals.professional == professional)
        #expect(d.totals.public == 30)
        #expect(d.totals.missingProfessional == max(0, 60 - professional))
        // Asking 专业 as 公需 moves it to 公需 and leaves 专业 short.
        let moved = graded(asking: ["a": .public])
        #expect(moved.totals.professional == professional - 50)
        #expect(moved.totals.public == 80)
        #expect(moved.totals.missingProfessional > 0)
    }

    @Test func aRejectedUploadLeavesTheDraftAndDoesNotCountInAFiledOne() {
        var rejected = Self.uploads[0]
        rejected.status = .rejected
        rejected.decision = UploadDecision(action: .reject, hours: nil, reason: "非本人", reviewer: "wang", at: 5)
        let rest = [rejected] + Self.uploads.dropFirst()
        #expect(DeclarationBuilder.draftItems(rest, asked: [:]).map(\.upload) == ["b", "c", "d"])
        var filed = graded()
        filed.state = .filed
        DeclarationBuilder.grade(&filed, uploads: Dictionary(uniqueKeysWithValues: rest.map { ($0.id, $0) }), policies: Self.policies)
        let a = filed.items.first { $0.upload == "a" }
        #expect(a?.counted == false && a?.note?.contains("非本人") == true)
    }
}
