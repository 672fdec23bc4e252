import Foundation
import Testing
import XueshiCore

/// `xueshi summary` as a reviewer runs it: 待核 items, a confirmation file, and activities no standard counts, on
/// documents `corpus/make_uncounted.py` draws (invented names and units; nothing cut from a real document).
@Suite(.serialized) struct CautiousSummaryCLITests {
    static let docs: URL = {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-uncounted-\(UUID().uuidString)")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", repoRoot.appendingPathComponent("corpus/make_uncounted.py").path, dir.path]
        try? p.run()
        p.waitUntilExit()
        return dir
    }()

    func path(_ name: String) -> String { Self.docs.appendingPathComponent(name).path }

    func summary(_ extra: [String] = [], _ paths: [String]? = nil) throws -> (Run, [String: Any]) {
        let r = try xueshi(["summary", "--year", "2025", "--format", "json"] + extra + (paths ?? [Self.docs.path]))
        let obj = (try? JSONSerialization.jsonObject(with: Data(r.stdout.utf8))) as? [String: Any] ?? [:]
        return (r, obj)
    }

    func items(_ obj: [String: Any]) -> [String: [String: Any]] {
        var out: [String: [String: Any]] = [:]
        for i in obj["items"] as? [[String: Any]] ?? [] {
            let file = i["file"] as? String ?? ""
            out[String(file.dropFirst(Self.docs.path.count + 1))] = i
        }
        return out
    }

    func writeCSV(_ text: String) throws -> String {
        let f = FileManager.default.temporaryDirectory.appendingPathComponent("confirm-\(UUID().uuidString).csv")
        try Data(text.utf8).write(to: f)
        return f.path
    }

    @Test func uncountedActivitiesKeepWhatTheySayButGetNoProposal() throws {
        let expected: [(String, Mode, String, Double?)] = [
            ("uncounted/志愿服务证明.pdf", .other, "volunteer-service", 64), ("uncounted/IELTS-report.pdf", .exam, "language-test", nil),
            ("uncounted/四六级成绩报告单.pdf", .exam, "language-test", nil), ("uncounted/社会实践证明.pdf", .other, "student-activity", 40),
        ]
        let r = try xueshi(["scan", "--format", "json"] + expected.map { path($0.0) })
        #expect(r.status == 0, "\(r.stderr)")
        let reports = try JSONDecoder().decode([Report].self, from: Data(r.stdout.utf8))
        for (report, e) in zip(reports, expected) {
            #expect(report.mode == e.1 && report.kind == e.2, "\(e.0): \(report.mode) \(report.kind)")
            if let h = e.3 { #expect(report.fields["hours"]?.value.number == h, "\(e.0)") }
            #expect(report.proposal == nil, "\(e.0)")
            let flag = report.flags.first { $0.code == "not-counted-by-standard" }
            #expect(flag?.severity == .info && flag?.message.contains("现行标准不计学时") == true, "\(e.0)")
        }
    }

    @Test func flaggedAndLowConfidenceItemsWaitAndUncountedOnesDoNotCount() throws {
        let (r, obj) = try summary()
        #expect(r.status == 0, "\(r.stderr)")
        let it = items(obj)
        #expect(it["a/certificate.pdf"]?["status"] as? String == "counted")
        #expect(it["b/certificate.pdf"]?["status"] as? String == "pending")
        #expect((it["b/certificate.pdf"]?["reason"] as? String)?.contains("学时超过每日上限") == true)
        #expect(it["c/结业证书.pdf"]?["status"] as? String == "pending")
        #expect((it["c/结业证书.pdf"]?["reason"] as? String)?.contains("低于 0.80") == true)
        for f in ["uncounted/志愿服务证明.pdf", "uncounted/IELTS-report.pdf", "uncounted/四六级成绩报告单.pdf", "uncounted/社会实践证明.pdf"] {
            #expect(it[f]?["status"] as? String == "not-counted", "\(f)")
            #expect((it[f]?["note"] as? String)?.contains("现行标准不计学时") == true, "\(f)")
        }
        #expect(obj["sure"] as? Double == 40 && obj["total"] as? Double == 40)
        #expect(obj["pending"] as? Double == 70 && obj["pendingItems"] as? Int == 2)
        #expect(obj["totalMet"] as? Bool == false && obj["metIfConfirmed"] as? Bool == true)
        let conclusion = obj["conclusion"] as? String ?? ""
        #expect(!conclusion.contains("已达标") && conclusion.contains("待核的70学时经确认后可达标"), "\(conclusion)")

        let table = try xueshi("summary", "--year", "2025", Self.docs.path)
        #expect(table.stdout.contains("a/certificate.pdf") && table.stdout.contains("b/certificate.pdf"))
        #expect(table.stdout.contains("志愿服务证明") && table.stdout.contains("培训证书") && table.stdout.contains("待核"))
        #expect(table.stdout.contains("确定 40 学时，待核 70 学时"))
        #expect(!table.stdout.contains("volunteer-service"))
    }

    @Test func aConfirmationFileAcceptsAdjustsAndRejects() throws {
        let csv = try writeCSV("\u{FEFF}文件,决定,学时,科目,理由\r\nb/certificate.pdf,认定,,,\r\nc/结业证书.pdf,调整认定,12,公需,只认一天\r\n"
                               + "a/certificate.pdf,reject,,,非本人\r\nnowhere.pdf,accept,,,\r\n")
        defer { try? FileManager.default.removeItem(atPath: csv) }
        let (r, obj) = try summary(["--confirm", csv])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.contains("nowhere.pdf") && r.stderr.contains(":5"))
        let it = items(obj)
        #expect(it["a/certificate.pdf"]?["status"] as? String == "rejected")
        #expect(it["b/certificate.pdf"]?["status"] as? String == "counted" && it["b/certificate.pdf"]?["decision"] as? String == "accept")
        #expect(it["c/结业证书.pdf"]?["hours"] as? Double == 12 && it["c/结业证书.pdf"]?["subject"] as? String == "public")
        #expect(obj["sure"] as? Double == 52 && obj["pending"] as? Double == 0)
        #expect(obj["professional"] as? Double == 40 && obj["public"] as? Double == 12)
    }

    @Test func badConfirmationRowsAreAUsageError() throws {
        for (text, line) in [("文件,决定\nb/certificate.pdf,maybe\n", 2), ("file,decision,hours\n\nb/certificate.pdf,adjust,\n", 3)] {
            let csv = try writeCSV(text)
            defer { try? FileManager.default.removeItem(atPath: csv) }
            let (r, _) = try summary(["--confirm", csv], [path("b/certificate.pdf")])
            #expect(r.status == 2)
            #expect(r.stderr.contains("\(csv) 第 \(line) 行") && r.stderr.contains("line \(line)"), "\(r.stderr)")
        }
        #expect(try summary(["--confirm", "/nonexistent.csv"], [path("b/certificate.pdf")]).0.status == 2)
    }

    @Test func aPolicyRuleNamingVolunteerServiceCountsIt() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-pol-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        for name in ["anhui-2001.yaml", "anhui-2025.yaml", "jiangsu.yaml"] {
            var text = try String(contentsOf: repoRoot.appendingPathComponent("policies/\(name)"), encoding: .utf8)
            if name == "anhui-2025.yaml" {
                text = text.replacingOccurrences(of: "\nrules:\n", with: """

                rules:
                  - id: volunteer-printed
                    name: 志愿服务按所载小时
                    when: {kind: volunteer-service, has: [hours]}
                    hours: {printed: hours}
                    subject: public
                    certainty: unit
                    source: 测试用：假设某地规定志愿服务按小时计入公需

                """)
            }
            try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        let (r, obj) = try summary(["--policies", dir.path, "--min-confidence", "0"], [path("uncounted/志愿服务证明.pdf")])
        #expect(r.status == 0, "\(r.stderr)")
        let item = (obj["items"] as? [[String: Any]])?.first
        #expect(item?["rule"] as? String == "volunteer-printed" && item?["hours"] as? Double == 64)
        #expect(item?["status"] as? String == "counted" && obj["public"] as? Double == 64)
    }
}
