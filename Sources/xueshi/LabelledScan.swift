import ArgumentParser
import Foundation
import XueshiCore
import XueshiPipeline

/// What `eval` and `calibrate` share: the labelled folders, which labels to keep, and a scan of every labelled file.
struct LabelledScan: ParsableArguments {
    @Option(name: .long, help: "只用这些格式的标注，逗号分隔 (only labels of these formats, e.g. pdf,image)")
    var only: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions
    @OptionGroup var ocrOptions: OCROptions

    @Argument(help: "含 labels.json 的目录 (folders holding labels.json)")
    var paths: [String]

    struct Run {
        var labelled: [(path: String, label: Label)]
        var results: [ScanResult]
        var library: String
    }

    func scan() throws -> Run {
        var labelled: [(path: String, label: Label)]
        do { labelled = try Labels.load(under: paths) } catch { throw UsageError(description: "标注读取失败：\(error)") }
        if let only {
            let formats = Set(only.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces).lowercased() })
            labelled = labelled.filter { formats.contains(($0.label.format ?? "pdf").lowercased()) }
        }
        guard !labelled.isEmpty else { throw UsageError(description: "没有找到 labels.json (no labels found)") }
        var options = ScanOptions()
        ocrOptions.apply(to: &options)
        options.policy = standards.policy
        let library = try common.library()
        let scanner = Pipeline(library: library, policies: try standards.load(), options: options)
        return Run(labelled: labelled, results: scanner.scan(files: labelled.map(\.path)), library: library.directory)
    }
}
