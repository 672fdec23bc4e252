import Foundation
import Testing
import XueshiCore
@testable import XueshiPolicy

/// Volunteer service, language tests and student activities: no standard in force counts them, unless a rule names them.
@Suite struct UncountedActivityTests {
    @Test(arguments: [
        (Mode.other, "volunteer-service", "志愿服务"), (.exam, "language-test", "语言考试"), (.other, "student-activity", "学生"),
    ])
    func noProposalAndAnInfoFlag(mode: Mode, kind: String, name: String) {
        for date in ["2024-08-08", "2025-08-08"] {
            let e = evidence(mode, kind, ["hours": 64, "endDate": date, "result": "pass"])
            let o = shipped.propose(e)
            #expect(o.proposal == nil, "\(kind) \(date)")
            let flag = o.flags.first { $0.code == FlagCode.notCountedByStandard.rawValue }
            #expect(flag?.severity == .info)
            #expect(flag?.message.contains(name) == true && flag?.message.contains("现行标准不计学时") == true)
            #expect(!o.flags.contains { $0.code == FlagCode.proposalUnavailable.rawValue })
        }
    }

    @Test func theSummaryDoesNotCountThem() {
        let r = report("v.pdf", evidence(.other, "volunteer-service", ["hours": 64, "endDate": "2025-08-08"]))
        let s = shipped.summarize([r], year: 2025, review: SummaryReview())
        #expect(s.total == 0 && s.items[0].status == .notCounted)
        #expect(s.items[0].note?.contains("现行标准不计学时") == true)
    }

    @Test func otherKindOfMode_other_stillCounts() {
        let o = shipped.propose(evidence(.other, "other", ["hours": 20, "endDate": "2025-08-08"]))
        #expect(o.proposal?.hours == 20)
    }

    @Test func aRuleNamingTheKindCountsIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOf: repoRoot.appendingPathComponent("policies/anhui-2025.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\nrules:\n", with: """

        rules:
          - id: volunteer-printed
            name: 志愿服务按所载小时
            when: {kind: volunteer-service, has: [hours]}
            hours: {printed: hours}
            subject: public
            certainty: unknown
            source: 测试用：某地规定志愿服务按小时计入公需

        """)
        try text.write(to: dir.appendingPathComponent("anhui-2025.yaml"), atomically: true, encoding: .utf8)
        let set = try PolicySet.load(directory: dir.path)
        let o = set.propose(evidence(.other, "volunteer-service", ["hours": 64, "endDate": "2025-08-08"]))
        #expect(o.proposal?.rule == "volunteer-printed" && o.proposal?.hours == 64 && o.proposal?.subject == .public)
        #expect(!o.flags.contains { $0.code == FlagCode.notCountedByStandard.rawValue })
    }

    @Test func aBrokenListStopsLoading() {
        #expect(throws: PolicyLoadError.self) {
            try PolicyParser.parse(yaml: """
            id: x
            name: x
            region: x
            effective: {from: 2025-01-01}
            certainty: official
            source: x
            annual: []
            notCounted:
              - {kinds: [], name: 志愿服务}
            rules: []
            """, file: "x.yaml")
        }
    }
}
