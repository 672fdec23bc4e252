import Foundation
import Testing
@testable import xueshi
import XueshiCore
import XueshiPolicy

/// The table, the CSV and the progress line a reviewer reads, built in process from reports.
@Suite struct ReviewerTableTests {
    let policies = try! PolicySet.load(directory: repoRoot.appendingPathComponent("policies").path)

    func report(_ file: String, flags: [Flag] = [], proposal: Proposal? = nil, fields: [String: Field] = [:]) -> Report {
        Report(file: file, sha256: String(repeating: "a", count: 64), format: .pdf, pages: 1, textSource: .textLayer,
               kind: "training-certificate", mode: .training, subject: .professional, fields: fields,
               proposal: proposal, confidence: 0.9, flags: flags)
    }

    @Test func flagsAreNamedOnceEachMostSevereFirst() {
        let flags = [
            Flag(.issuerUnrecognized, severity: .info, message: "…"),
            Flag(.datesInconsistent, severity: .warning, message: "a"),
            Flag(.modifiedAfterSigning, severity: .critical, message: "…"),
            Flag(.datesInconsistent, severity: .warning, message: "b"),
            Flag(.datesInconsistent, severity: .warning, message: "c"),
            Flag(code: "spec-own-code", severity: .warning, message: "…"),
        ]
        let lines = FlagLines.lines(flags, catalogue: policies.catalogue)
        #expect(lines == ["‼ 签名后被修改", "! 日期矛盾 ×3", "! spec-own-code", "· 发证单位不在名录"])
    }

    @Test func everyFlagCodeAndKindHasAChineseName() throws {
        for code in FlagCode.allCases { #expect(code.chinese.unicodeScalars.contains { $0.value >= 0x4E00 }, "\(code)") }
        // Every kind and every raised code an extractor spec can give is in the catalogue.
        let dir = repoRoot.appendingPathComponent("extractors").path
        let catalogue = Catalogue()
        for name in try FileManager.default.contentsOfDirectory(atPath: dir) where name.hasSuffix(".yaml") {
            let text = try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
            for line in text.split(separator: "\n") {
                let t = line.trimmingCharacters(in: .whitespaces)
                if t.hasPrefix("kind:") {
                    let kind = t.dropFirst(5).trimmingCharacters(in: .whitespaces)
                    #expect(catalogue.kinds[kind] != nil, "\(name): kind \(kind) has no Chinese name")
                }
                // Coded values a spec maps text to ({全国: national}) have names for the field they fill.
                for m in t.matches(of: /\{[^:{}]+: ([a-z][a-z-]*)\}/) where name != "lexicon.yaml" {
                    let v = String(m.1)
                    #expect(catalogue.values.values.contains { $0[v] != nil }, "\(name): value \(v) has no Chinese name")
                }
                if t.hasPrefix("- code:") || t.hasPrefix("- {code:") {
                    let code = t.replacingOccurrences(of: "- {code:", with: "").replacingOccurrences(of: "- code:", with: "")
                        .split(separator: ",").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
                    #expect(catalogue.flags[code] != nil, "\(name): flag \(code) has no Chinese name")
                }
            }
        }
    }

    @Test func twoFilesOfOneNameInTwoFoldersNeverReadTheSame() {
        let files = ["up/张三/certificate.pdf", "up/李四/certificate.pdf", "other/a.pdf", "up2/a.pdf"]
        let names = ShownNames(files: files + ["x/a.pdf"], given: ["up", "other", "up2/", "x/a.pdf"]).shown
        #expect(names["up/张三/certificate.pdf"] == "张三/certificate.pdf")
        #expect(names["up/李四/certificate.pdf"] == "李四/certificate.pdf")
        // `a.pdf` relative to `other` and to `up2` would read the same: both keep their whole path.
        #expect(names["other/a.pdf"] == "other/a.pdf" && names["up2/a.pdf"] == "up2/a.pdf")
        #expect(Set(names.values).count == names.count)
    }

    @Test func theTableNamesKindsRulesAndFlagsInChineseAndWrapsPathsWhole() throws {
        let rule = try #require(policies.policies.first { $0.id == "anhui-2025" }?.rules.first)
        let long = "材料/2024年度/第二季度/继续教育培训结业证书（专业科目）扫描件.pdf"
        let reports = [
            report(long, flags: [Flag(.issuerUnrecognized, severity: .info, message: "…"),
                                 Flag(.signatureInvalid, severity: .critical, message: "…")],
                   proposal: Proposal(policy: "anhui-2025", hours: 40, subject: .professional, rule: rule.id,
                                      basis: "40", confidence: 0.9),
                   fields: ["holder": Field(value: .string("张三"), confidence: 0.9),
                            "hours": Field(value: .number(40), confidence: 0.9)]),
            report("evil\u{1B}[2J\u{202E}fdp.exe.pdf"),
            Report(file: "gone.pdf", sha256: "", error: .notFound("")),
        ]
        let out = ReportTable(names: [:], policies: policies, width: 120).render(reports)
        #expect(out.contains("培训证书") && out.contains("张三") && out.contains(rule.name.prefix(4)))
        #expect(out.contains("‼ 电子签名无效") && out.contains("· 发证单位不在名录"))
        #expect(out.range(of: "电子签名无效")!.lowerBound < out.range(of: "发证单位不在名录")!.lowerBound)
        #expect(!out.contains("training-certificate") && !out.contains("issuer-unrecognized") && !out.contains(rule.id + "）"))
        // Control characters and the right-to-left override are shown escaped, never sent to the terminal.
        #expect(!out.contains("\u{1B}") && !out.contains("\u{202E}"))
        let unwrapped = ReportTable(names: [:], policies: policies, width: nil).render(reports)
        #expect(unwrapped.contains("evil\\u{1B}[2J\\u{202E}fdp.exe.pdf"))
        #expect(out.contains("无法读取") && out.contains("1 份无法读取"))
        // No line wider than asked, and the long path is all there.
        for line in out.split(separator: "\n") { #expect(TextTable.width(String(line)) <= 120, "\(line)") }
        let pathColumn = out.split(separator: "\n").dropFirst(2).map { String($0) }.prefix { !$0.hasPrefix("evil") }
            .map { $0.split(separator: " ").first.map(String.init) ?? "" }.joined()
        #expect(pathColumn == long, "the path wraps over lines but is never cut")
    }

    @Test func wrappingBreaksAfterASlashAndKeepsEveryCharacter() {
        let line = "上传材料/张三/2024/继续教育证书.pdf"
        let pieces = TextTable.wrap(line, to: 16)
        #expect(pieces.joined() == line)
        #expect(pieces.allSatisfy { TextTable.width($0) <= 16 })
        #expect(pieces.first?.hasSuffix("/") == true)
    }

    @Test func theCSVHasABOMChineseHeadingsMaskedIDsAndNoFormulas() {
        let r = report("a.pdf", fields: ["certificateNumber": Field(value: .string("340121199001013935"), confidence: 0.9),
                                         "issuer": Field(value: .string("=HYPERLINK(\"x\")"), confidence: 0.9)])
        let csv = ReportCSV(names: [:], policies: policies, unmask: false)
        let text = csv.header + csv.row(r)
        #expect(text.hasPrefix("\u{FEFF}文件,方式,类型,学时"))
        #expect(text.contains("340121********3935") && !text.contains("199001013935"))
        #expect(text.contains("\"'=HYPERLINK"), "a formula is kept as text")
        #expect(text.contains("培训证书") && text.hasSuffix("\r\n"))
        let rows = CSV.parse(text)
        #expect(rows.count == 2 && rows[0].count == rows[1].count)
        #expect(ReportCSV(names: [:], policies: policies, unmask: true).row(r).contains("340121199001013935"))
    }

    @Test func theProgressLineSaysDoneTotalRateTimeLeftAndTheFileBeingRead() {
        var written: [String] = []
        let line = ProgressLine(names: ["a.pdf", "张三/b.jpg", "c.pdf", "d.pdf"], interval: 0) { written.append($0) }
        line.began(0); line.began(1)
        line.finished(0)
        let text = line.text(now: Date().addingTimeInterval(2))
        #expect(text.hasPrefix("已读 1/4（25%）"))
        #expect(text.contains("秒/份") && text.contains("约剩") && text.contains("正在读 张三/b.jpg"))
        line.end()
        #expect(written.allSatisfy { $0.hasPrefix("\r\u{1B}[K") })
        #expect(written.last == "\r\u{1B}[K")
    }

    @Test func scanOptionsParseInProcess() throws {
        let scan = try #require(try Xueshi.parseAsRoot(["scan", "--format", "csv", "--progress", "never", "--width", "90", "d"]) as? Scan)
        #expect(scan.format == .csv && scan.progress == .never && scan.width == 90 && scan.paths == ["d"])
        #expect(throws: (any Error).self) { try Xueshi.parseAsRoot(["scan", "--progress", "sometimes", "d"]) }
        #expect(ProgressChoice.auto.shows(terminal: true) && !ProgressChoice.auto.shows(terminal: false))
    }
}
