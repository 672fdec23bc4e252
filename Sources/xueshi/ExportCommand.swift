import ArgumentParser
import Foundation
import XueshiPipeline
import XueshiStore

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "导出材料库：CSV（Excel、WPS 直接打开）或 JSONL (export the store as CSV or JSONL)",
        discussion: """
        CSV 为带 BOM 的 UTF-8、中文列名：--by document 每份材料一行（默认），--by learner 每名学员每年一行。JSONL 每行一份报告。\
        身份证号默认脱敏，--unmask 显示完整号码。
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case csv, jsonl }
    enum By: String, ExpressibleByArgument, CaseIterable { case document, learner }

    @OptionGroup var storeOptions: StoreOptions

    @Option(name: .long, help: "csv | jsonl")
    var format: Format = .csv

    @Option(name: .long, help: "document | learner（CSV：每份材料一行，或每名学员每年一行）")
    var by: By = .document

    @Option(name: .long, help: "只导出这一年度 (this year only)")
    var year: Int?

    @Option(name: .long, help: "只导出这个单位 (this unit only)")
    var unit: String?

    @Option(name: .long, help: "只导出这一批次 (this batch only)")
    var batch: String?

    @Option(name: [.short, .long], help: "写入文件（默认标准输出）(write to this file)")
    var output: String?

    @ArgumentParser.Flag(name: .long, help: "显示完整身份证号 (show ID numbers unmasked)")
    var unmask = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions

    func validate() throws {
        if let y = year, !(1990...2100).contains(y) { throw ValidationError("年度应为四位数年份 (--year YYYY)") }
    }

    func run() throws {
        let policies = try standards.load()
        let pipeline = Pipeline(library: try common.library(), policies: policies, options: ScanOptions())
        let location = storeOptions.location
        let store = try storeOptions.open()
        defer { _ = try? blocking { await store.close() } }
        let handle: FileHandle
        if let output {
            guard FileManager.default.createFile(atPath: output, contents: nil), let h = FileHandle(forWritingAtPath: output) else {
                throw UsageError(description: "无法写入 \(output) (cannot write)")
            }
            handle = h
        } else {
            handle = FileHandle.standardOutput
        }
        let export = Export(years: LearnerYears(duplicates: StoreDuplicates(store: store, pipeline: pipeline), policies: policies),
                            unmask: unmask)
        let filter = ClaimFilter(year: year, unit: unit, batch: batch)
        let f: Export.Format = format == .csv ? .csv : .jsonl
        let b: Export.By = by == .document ? .document : .learner
        let rows: Int
        do {
            rows = try blocking { try await export.run(filter, format: f, by: b) { handle.write(Data($0.utf8)) } }
        } catch {
            throw StoreFailure(error, store: location.description)
        }
        if output != nil {
            try? handle.close()
            FileHandle.standardError.write(Data("已导出 \(rows) 行到 \(output!)\n".utf8))
        }
    }
}
