import ArgumentParser
import Foundation
import XueshiCore
import XueshiPipeline

struct Calibrate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "按标注拟合置信度模型 (fit the confidence model on labelled documents)",
        discussion: """
            Scans every document named in labels.json under the folders, judges each report and field right or \
            wrong as `eval` does, and fits the field and report models (logistic regression). Prints the model and \
            how well it separates right from wrong on the same documents; --write saves it as confidence.json in \
            the extractors folder, where every scan reads it.
            """)

    @ArgumentParser.Flag(name: .long, help: "写入 extractors/confidence.json (save the fitted model)")
    var write = false

    @Option(name: .long, help: "L2 惩罚；缺省时逐个留出一个目录交叉验证选取 (the ridge penalty; by default chosen by leaving one folder out at a time)")
    var ridge: Double?

    @OptionGroup var input: LabelledScan

    func run() throws {
        let run = try input.scan()
        let (labelled, results, paths) = (run.labelled, run.results, input.paths)
        let pools = labelled.map { l in paths.firstIndex { l.path.hasPrefix(($0 as NSString).standardizingPath) || l.path.hasPrefix($0) } ?? 0 }
        let samples = Calibration.samples(results, labels: labelled.map(\.label), pools: pools)
        var out = ""
        let chosen: Double
        if let ridge { chosen = ridge } else {
            let (r, losses) = Calibration.chooseRidge(samples)
            chosen = r
            out += "ridge by leaving one folder out (log-loss): "
                + losses.sorted { $0.key < $1.key }.map { String(format: "%g → %.4f", $0.key, $0.value) }.joined(separator: ", ")
                + "; chosen \(r)\n"
        }
        let model = Calibration.fit(samples, fittedOn: paths, ridge: chosen)
        var before = Evaluation(), after = Evaluation()
        before.outcomes = samples.map { .init(confidence: $0.report.confidence, right: $0.judgement.reportRight) }
        after.outcomes = Calibration.outcomes(samples, model)
        func auroc(_ e: Evaluation) -> String { e.auroc.map { String(format: "%.3f", $0) } ?? "—" }
        out = String(decoding: try model.encoded(), as: UTF8.self) + out
        out += "documents \(samples.count), right \(samples.filter(\.judgement.reportRight).count)\n"
        out += "AUROC on these documents: current model \(auroc(before)), fitted \(auroc(after))\n"
        if write {
            let path = (run.library as NSString).appendingPathComponent(ConfidenceModel.fileName)
            try model.encoded().write(to: URL(fileURLWithPath: path))
            out += "written to \(path)\n"
        }
        writeOut(out)
    }
}
