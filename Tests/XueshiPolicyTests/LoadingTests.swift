import Foundation
import Testing
@testable import XueshiPolicy

/// Policy files are data a deployer edits: the shipped ones load, and a broken one fails with file, line and reason.
@Suite struct LoadingTests {
    @Test func theShippedStandardsLoad() throws {
        #expect(Set(shipped.policies.map(\.id)) == ["anhui-2001", "anhui-2025", "jiangsu"])
        let old = try #require(shipped.policy(id: "anhui-2001")), new = try #require(shipped.policy(id: "anhui-2025"))
        #expect(old.to?.iso == "2025-06-12")
        #expect(new.from.iso == "2025-06-13" && new.to == nil)
        for p in shipped.policies {
            #expect(!p.rules.isEmpty)
            for r in p.rules { #expect(!r.source.isEmpty, "\(p.id)/\(r.id)") }
        }
        // Every value the 2025 standard has not published is marked so.
        let unpublished = new.rules.filter { !$0.hours.isPrinted }
        #expect(unpublished.allSatisfy { $0.certainty == .unknown })
    }

    static let valid = """
    id: test
    name: 测试标准
    region: test
    effective: {from: 2020-01-01}
    certainty: official
    source: test
    annual:
      - {fromYear: 2020, total: 90, professional: 60, certainty: official}
    rules:
      - id: printed
        name: 按所载学时
        when: {mode: training, has: [hours]}
        hours: {printed: hours}
        subject: professional
        certainty: official
        source: test
    """

    @Test func aMinimalFileLoads() throws {
        let p = try PolicySet.parse(yaml: Self.valid, file: "test.yaml")
        #expect(p.rules.map(\.id) == ["printed"])
        #expect(p.requirement(for: 2024)?.convertedClaims == .sum)
    }

    /// (what is broken, the line it is on, words the reason must hold)
    static let broken: [(String, String, Int, String)] = [
        ("hours: {printed: hours}", "hours: {fixed: 2, printed: hours}", 13, "exactly one of"),
        ("hours: {printed: hours}", "hours: {perWeek: 3}", 13, "perWeek"),
        ("subject: professional", "subject: both", 14, "'both' is not one of"),
        // Both certainty lines change; the first (the policy's own) is reported.
        ("certainty: official\n    source: test\n", "certainty: sure\n    source: test\n", 5, "'sure'"),
        ("when: {mode: training, has: [hours]}", "when: {mode: lecture, has: [hours]}", 12, "'lecture' is not a mode"),
        ("when: {mode: training, has: [hours]}", "when: {mode: training, hsa: [hours]}", 12, "unknown key 'hsa'"),
        ("effective: {from: 2020-01-01}", "effective: {from: 2020-13-01}", 4, "expected a date"),
        ("effective: {from: 2020-01-01}", "effective: {from: 2020-01-01, to: 2019-01-01}", 4, "before"),
        ("total: 90", "total: ninety", 8, "expected a number"),
        ("name: 按所载学时", "name: [按所载学时", 12, "not valid YAML"),
        ("    rules:", "    rulez:", 9, "unknown key 'rulez'"),
    ]

    @Test(arguments: broken.indices) func aBrokenFileSaysWhereAndWhy(_ i: Int) {
        let (find, replace, line, reason) = Self.broken[i]
        let text = Self.valid.replacingOccurrences(of: find.replacingOccurrences(of: "    ", with: ""), with: replace.replacingOccurrences(of: "    ", with: ""))
        #expect(text != Self.valid, "case \(i) did not apply")
        do {
            _ = try PolicySet.parse(yaml: text, file: "policies/x.yaml")
            Issue.record("case \(i) loaded")
        } catch let e as PolicyLoadError {
            #expect(e.file == "policies/x.yaml")
            #expect(e.line == line, "case \(i): \(e)")
            #expect(e.description.contains(reason), "case \(i): \(e)")
            #expect(e.description.hasPrefix("policies/x.yaml:\(line): "))
        } catch {
            Issue.record("case \(i): \(error)")
        }
    }

    @Test func aDirectoryWithOverlappingPeriodsFails() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-policy-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.valid.write(to: dir.appendingPathComponent("a.yaml"), atomically: true, encoding: .utf8)
        try Self.valid.replacingOccurrences(of: "id: test", with: "id: other")
            .write(to: dir.appendingPathComponent("b.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: PolicyLoadError.self) { try PolicySet.load(directory: dir.path) }
        do { _ = try PolicySet.load(directory: dir.path) } catch let e as PolicyLoadError {
            #expect(e.file.hasSuffix("b.yaml") && e.line == 4 && e.reason.contains("overlaps"))
        }
    }

    /// A deployer loads the official 2025 table by editing YAML alone.
    @Test func editingTheYAMLChangesTheProposal() throws {
        let path = repoRoot.appendingPathComponent("policies/anhui-2025.yaml").path
        let text = try String(contentsOfFile: path, encoding: .utf8)
        let edited = text.replacingOccurrences(of: """
              - id: patent
                name: 专利
                when: {mode: research, kind: patent}
                hours: {fixed: 20}
                subject: either
                converted: true
                certainty: unknown
            """.replacingOccurrences(of: "    ", with: "", options: .anchored), with: """
              - id: patent
                name: 专利
                when: {mode: research, kind: patent}
                hours: {fixed: 36}
                subject: either
                converted: true
                certainty: official
            """)
        #expect(edited != text)
        var set = shipped
        set.policies = set.policies.map { $0.id == "anhui-2025" ? (try? PolicySet.parse(yaml: edited, file: path)) ?? $0 : $0 }
        let o = set.propose(evidence(.research, "patent", ["issueDate": "2026-01-07"]))
        #expect(o.proposal?.hours == 36)
        #expect(!o.flags.contains { $0.code == "policy-value-provisional" })
    }
}

extension Arithmetic {
    var isPrinted: Bool { if case .printed = self { true } else { false } }
}
