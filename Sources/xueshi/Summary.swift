import ArgumentParser
import Foundation
import XueshiCore
import XueshiPipeline

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "年度学时汇总：一名学员一年的材料是否达标 (one learner's year: totals per subject, what is missing)",
        discussion: """
        专业学时超出专业要求的部分可计入公需，公需学时不得计为专业；折算认定按就高原则，一年只取最高的一项。 \
        One-way rule: 专业 hours beyond the 专业 need fill 公需, never the reverse. Highest-option rule: of converted \
        claims only the single highest counts in a year (where the year's standard says so).
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(name: .long, help: "年度 (the year, YYYY)")
    var year: Int

    @Option(name: .long, help: "table | json")
    var format: Format = .table

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions
    @OptionGroup var ocrOptions: OCROptions

    @Argument(help: "一名学员的材料（文件或目录）(one learner's uploads: files or folders)")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("至少给出一个文件或目录 (give at least one file or folder)") }
        if !(1990...2100).contains(year) { throw ValidationError("年度应为四位数年份 (--year YYYY)") }
    }

    func run() throws {
        let files: [String]
        do { files = try FileWalk.files(paths) } catch { throw UsageError(description: "\(error)") }
        let policies = try standards.load()
        var options = ScanOptions()
        ocrOptions.apply(to: &options)
        options.policy = standards.policy
        let reports = Pipeline(library: try common.library(), policies: policies, options: options)
            .scan(files: files).map(\.report)
        let summary = policies.summarize(reports, year: year, policyId: standards.policy)
        switch format {
        case .json:
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            writeOut(String(decoding: try e.encode(summary), as: UTF8.self) + "\n")
        case .table:
            writeOut(SummaryTable.render(summary))
        }
    }
}

/// The summary for people: one row per document, then the totals and the verdict.
enum SummaryTable {
    static func render(_ s: AnnualSummary) -> String {
        let subjects: [Subject?: String] = [.professional: "专业", .public: "公需", .unknown: "未定", nil: "—"]
        var rows = [["文件", "日期", "认定学时", "科目", "标准", "规则", "计入", "说明"]]
        for i in s.items {
            rows.append([
                ReportTable.short(i.file), i.date ?? "—", i.hours.map { FieldValue.number($0).description } ?? "—",
                subjects[i.subject] ?? "—", i.policy ?? "—", i.rule ?? "—", i.counted ? "是" : "否", i.note ?? "",
            ])
        }
        var out = "# \(s.year)年度学时汇总（\(s.policy ?? "无适用标准")）\n\n" + ReportTable.layout(rows)
        func h(_ x: Double) -> String { FieldValue.number(x).description }
        out += "\n专业 \(h(s.professional))  公需 \(h(s.public))"
        if s.unassigned > 0 { out += "  科目未定 \(h(s.unassigned))" }
        out += "  合计 \(h(s.total))\n"
        if let r = s.required {
            out += "要求 \(h(r))" + (s.requiredProfessional.map { "（专业 \(h($0))）" } ?? "")
                + "：总学时\(s.totalMet ? "已达标" : "未达标")，专业\(s.professionalMet ? "已达标" : "未达标")\n"
        }
        out += s.conclusion + "\n"
        return out
    }
}
