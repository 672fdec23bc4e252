import Foundation
import Testing
import XueshiCore

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The built `xueshi`, beside the test bundle.
let binary: URL = {
    var dir = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    for _ in 0..<4 {
        let candidate = dir.appendingPathComponent("xueshi")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        dir = dir.deletingLastPathComponent()
    }
    return repoRoot.appendingPathComponent(".build/debug/xueshi")
}()

struct Run {
    var status: Int32
    var stdout: String
    var stderr: String
}

func xueshi(_ args: String...) throws -> Run { try xueshi(args) }

/// Live processes whose environment holds `KEY=value`: what a run tagged with it left behind (children inherit it).
func processesTagged(_ key: String, _ value: String) -> [String] {
    let tag = Data("\(key)=\(value)".utf8)
    let pids = (try? FileManager.default.contentsOfDirectory(atPath: "/proc"))?.filter { Int($0) != nil } ?? []
    return pids.filter { pid in
        guard let env = FileManager.default.contents(atPath: "/proc/\(pid)/environ") else { return false }
        return env.split(separator: 0).contains { Data($0) == tag }
    }.map { pid in
        let cmd = FileManager.default.contents(atPath: "/proc/\(pid)/cmdline").map { d in
            String(decoding: d.prefix(80).map { $0 == 0 ? 0x20 : $0 }, as: UTF8.self) } ?? "?"
        return "\(pid) \(cmd)"
    }
}

func xueshi(_ args: [String], stdin: FileHandle? = nil, environment: [String: String] = [:]) throws -> Run {
    let p = Process()
    p.executableURL = binary
    p.arguments = args
    if !environment.isEmpty { p.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 } }
    p.currentDirectoryURL = repoRoot
    if let stdin { p.standardInput = stdin }
    let out = Pipe(), err = Pipe()
    p.standardOutput = out
    p.standardError = err
    try p.run()
    // Read before waiting: a full pipe would otherwise block the child.
    let o = out.fileHandleForReading.readDataToEndOfFile()
    let e = err.fileHandleForReading.readDataToEndOfFile()
    p.waitUntilExit()
    return Run(status: p.terminationStatus, stdout: String(decoding: o, as: UTF8.self), stderr: String(decoding: e, as: UTF8.self))
}

@Suite(.serialized) struct CLITests {
    @Test func scanJSONIsAnArrayOfReports() throws {
        let r = try xueshi("scan", "--format", "json", "corpus/samples/继续教育材料-71.pdf")
        #expect(r.status == 0)
        let reports = try JSONDecoder().decode([Report].self, from: Data(r.stdout.utf8))
        #expect(reports.count == 1)
        #expect(reports[0].mode == .training)
        #expect(reports[0].fields["hours"]?.value.number == 40)
        #expect(reports[0].file == "corpus/samples/继续教育材料-71.pdf")
    }

    @Test func scanJSONLWritesALinePerDocumentAndRecursesFolders() throws {
        let r = try xueshi("scan", "--format", "jsonl", "corpus/samples")
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n")
        #expect(lines.count == 12)
        for l in lines { _ = try JSONDecoder().decode(Report.self, from: Data(l.utf8)) }
    }

    @Test func unreadableInputExitsOneWithAnErrorReport() throws {
        let r = try xueshi("scan", "--format", "jsonl", "corpus/broken/空文件.pdf", "corpus/samples/附件11.pdf")
        #expect(r.status == 1)
        let reports = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(Report.self, from: Data($0.utf8)) }
        // Streamed: in the order the files finish, so looked up by name.
        #expect(reports.count == 2)
        #expect(reports.first { $0.file.hasSuffix("空文件.pdf") }?.error?.code == "empty")
        #expect(reports.first { $0.file.hasSuffix("附件11.pdf") }?.error == nil)
    }

    @Test func usageErrorsExitTwo() throws {
        #expect(try xueshi("scan").status == 2)
        #expect(try xueshi("scan", "--format", "xml", "corpus/samples").status == 2)
        #expect(try xueshi("scan", "--no-such-option", "corpus/samples").status == 2)
        #expect(try xueshi("scan", "--max-seconds", "0", "corpus/samples").status == 2)
        #expect(try xueshi("--help").status == 0)
    }

    @Test func aMissingPathIsAReportNotARefusalOfTheBatch() throws {
        // `scan` is the default command, so a bare word is a path too.
        for args in [["scan", "--format", "jsonl", "no/such/file.pdf", "corpus/samples/附件11.pdf"],
                     ["--format", "jsonl", "frobnicate", "corpus/samples/附件11.pdf"]] {
            let r = try xueshi(args)
            #expect(r.status == 1)
            let reports = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(Report.self, from: Data($0.utf8)) }
            #expect(reports.count == 2)
            #expect(reports.first { $0.file == args[args.count - 2] }?.error?.code == "not-found")
            #expect(reports.first { $0.file.hasSuffix("附件11.pdf") }?.error == nil)
        }
    }

    @Test func tableHasChineseHeadingsAndARowPerFile() throws {
        let r = try xueshi("scan", "corpus/samples")
        #expect(r.status == 0)
        for h in ["文件", "类型", "持证人", "学时", "起止日期", "发证单位", "认定建议", "置信度", "提示"] { #expect(r.stdout.contains(h)) }
        #expect(r.stdout.contains("继续教育材料-71.pdf"))
        #expect(r.stdout.contains("共 12 份"))
    }

    @Test func explainShowsTextSelectionAndFinders() throws {
        let r = try xueshi("explain", "--trace", "corpus/samples/证明材料22.pdf")
        #expect(r.status == 0)
        #expect(r.stdout.contains("累计学时80"))
        #expect(r.stdout.contains("## 类型选择"))
        #expect(r.stdout.contains("winner: training-certificate"))
        #expect(r.stdout.contains("hours: 80"))
        #expect(r.stdout.contains("miss:") || r.stdout.contains("hit:"))
    }

    @Test func explainMasksIDNumbers() throws {
        let labels = try JSONSerialization.jsonObject(with: Data(contentsOf: repoRoot.appendingPathComponent("corpus/docs/labels.json"))) as! [[String: Any]]
        let withID = try #require(labels.first { ($0["pii"] as? [String: Any])?["idNumber"] != nil })
        let id = (withID["pii"] as! [String: Any])["idNumber"] as! String
        let r = try xueshi("explain", "corpus/docs/\(withID["file"] as! String)")
        #expect(!r.stdout.contains(id))
        #expect(r.stdout.contains(String(id.prefix(6)) + "********" + String(id.suffix(4))))
    }

    @Test func evalPrintsScoresAsJSON() throws {
        let r = try xueshi("eval", "--json", "corpus/samples")
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        let total = obj?["total"] as? [String: Any]
        #expect(total?["documents"] as? Int == 12)
    }

    /// `--only` keeps the labels of the formats named; the table prints the AUROC and the confidence bands.
    @Test func evalKeepsOnlyTheFormatsAskedFor() throws {
        let r = try xueshi("eval", "--only", "image", "corpus/samples")
        #expect(r.status == 0)
        #expect(r.stdout.contains("all 1)"), "\(r.stdout.prefix(200))")
        let all = try xueshi("eval", "corpus/samples")
        #expect(all.stdout.contains("AUROC") && all.stdout.contains("confidence band"))
    }

    /// `calibrate` fits on the folders and prints the model and its fit, writing nothing without --write.
    @Test func calibratePrintsAFittedModel() throws {
        let before = try Data(contentsOf: repoRoot.appendingPathComponent("extractors/confidence.json"))
        let r = try xueshi("calibrate", "--ridge", "3", "--ocr", "off", "corpus/samples", "corpus/verify")
        #expect(r.status == 0, "\(r.stderr)")
        let json = r.stdout.components(separatedBy: "\ndocuments ").first ?? ""
        let model = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect((model?["documents"] as? Int ?? 0) >= 30)
        #expect(model?["report"] != nil && model?["ocrReport"] != nil)
        #expect(r.stdout.contains("AUROC on these documents"))
        #expect(try Data(contentsOf: repoRoot.appendingPathComponent("extractors/confidence.json")) == before)
    }

    @Test func brokenExtractorSpecIsAUsageErrorNamingTheFile() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try FileManager.default.copyItem(at: repoRoot.appendingPathComponent("extractors/lexicon.yaml"), to: dir.appendingPathComponent("lexicon.yaml"))
        try "id: x\nmode: nonsense\n".write(to: dir.appendingPathComponent("x.yaml"), atomically: true, encoding: .utf8)
        let r = try xueshi("scan", "--extractors", dir.path, "corpus/samples/附件11.pdf")
        #expect(r.status == 2)
        #expect(r.stderr.contains("x.yaml"))
    }

    @Test func summaryTotalsOneLearnersYear() throws {
        let r = try xueshi("summary", "--year", "2024", "--format", "json", "corpus/samples")
        #expect(r.status == 0)
        let obj = try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any]
        #expect(obj != nil)
        let table = try xueshi("summary", "--year", "2024", "corpus/samples")
        #expect(table.stdout.contains("2024年度"))
        #expect(table.stdout.contains("专业"))
        #expect(try xueshi("summary", "corpus/samples").status == 2, "--year is required")
    }

    @Test func policyOverrideAppliesOneStandard() throws {
        let r = try xueshi("scan", "--format", "json", "--policy", "jiangsu", "corpus/samples/附件11.pdf")
        #expect(r.status == 0)
        let reports = try JSONDecoder().decode([Report].self, from: Data(r.stdout.utf8))
        #expect(reports[0].proposal?.policy == "jiangsu")
        #expect(try xueshi("scan", "--policy", "nowhere", "corpus/samples/附件11.pdf").status == 2)
    }

    @Test func brokenPolicyFileIsAUsageErrorNamingFileAndLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-pol-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var text = try String(contentsOf: repoRoot.appendingPathComponent("policies/anhui-2001.yaml"), encoding: .utf8)
        text = text.replacingOccurrences(of: "\ncertainty: official", with: "\ncertainty_typo: official")
        try text.write(to: dir.appendingPathComponent("anhui-2001.yaml"), atomically: true, encoding: .utf8)
        let r = try xueshi("scan", "--policies", dir.path, "corpus/samples/附件11.pdf")
        #expect(r.status == 2)
        #expect(r.stderr.contains("anhui-2001.yaml:"))
    }
}
