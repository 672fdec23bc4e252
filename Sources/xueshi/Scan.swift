import ArgumentParser
import Foundation
import XueshiCore
import XueshiPipeline

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "识别材料：每个文件一份报告 (scan files and folders; one report per document)")

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl }

    @Option(name: .long, help: "table | json | jsonl")
    var format: Format = .table

    @ArgumentParser.Flag(name: .long, help: "报告中显示完整身份证号 (show ID numbers unmasked)")
    var unmask = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions
    @OptionGroup var ocrOptions: OCROptions

    @Argument(help: "PDF 文件或目录（目录递归）(files or folders, recursed)")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("至少给出一个文件或目录 (give at least one file or folder)") }
    }

    func run() throws {
        let files: [String]
        do { files = try FileWalk.files(paths) } catch { throw UsageError(description: "\(error)") }
        var options = ScanOptions()
        ocrOptions.apply(to: &options)
        options.unmask = unmask
        options.policy = standards.policy
        let scanner = Pipeline(library: try common.library(), policies: try standards.load(), options: options)
        var reports: [Report] = []
        let encoder = Report.encoder(pretty: format == .json)
        _ = scanner.scan(files: files) { _, result in
            reports.append(result.report)
            if format == .jsonl, let d = try? encoder.encode(result.report) {
                writeOut(String(decoding: d, as: UTF8.self) + "\n")
            }
        }
        switch format {
        case .jsonl: break
        case .json:
            let d = try encoder.encode(reports)
            writeOut(String(decoding: d, as: UTF8.self) + "\n")
        case .table:
            writeOut(ReportTable.render(reports))
        }
        if reports.contains(where: { $0.error != nil }) { throw ExitCode(1) }
    }
}
