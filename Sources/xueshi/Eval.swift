import ArgumentParser
import Foundation
import XueshiCore
import XueshiPipeline

struct Eval: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "按标注评估识别质量 (score reports against labels.json under the given folders)")

    @ArgumentParser.Flag(name: .long, help: "JSON 输出 (print the scores as JSON)")
    var json = false

    @ArgumentParser.Flag(name: .long, help: "列出每个错误 (list every miss)")
    var verbose = false

    @OptionGroup var input: LabelledScan

    func run() throws {
        let run = try input.scan()
        let (labelled, results) = (run.labelled, run.results)
        var total = Evaluation()
        var byRender: [String: Evaluation] = [:]
        for (i, r) in results.enumerated() {
            let label = labelled[i].label
            total.add(report: r.report, label: label)
            byRender[label.error != nil ? "broken" : (label.render ?? "unlabelled"), default: Evaluation()].add(report: r.report, label: label)
        }
        if json {
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys]
            struct Out: Encodable { var total: Evaluation; var byRender: [String: Evaluation] }
            writeOut(String(decoding: try e.encode(Out(total: total, byRender: byRender)), as: UTF8.self) + "\n")
            return
        }
        var out = EvalTable.render(total, title: "全部 (all \(total.documents))")
        for (k, v) in byRender.sorted(by: { $0.key < $1.key }) {
            out += "\n" + EvalTable.render(v, title: "\(k) (\(v.documents))")
        }
        if verbose {
            out += "\n## 错误 (misses)\n"
            for m in total.misses {
                out += "\(m.file)\t\(m.field)\texpected=\(m.expected ?? "—")\tgot=\(m.got ?? "—")\n"
            }
        }
        writeOut(out)
    }
}

enum EvalTable {
    static func render(_ e: Evaluation, title: String) -> String {
        func pct(_ x: Double) -> String { String(format: "%5.1f%%", x * 100) }
        var out = "## \(title)\n"
        out += "mode 方式        \(pct(e.modeAccuracy))   kind 类型 \(pct(e.kindAccuracy))\n"
        if e.errorsExpected > 0 { out += "error codes 错误码 \(pct(e.errorAccuracy))  (\(e.errorsRight)/\(e.errorsExpected))\n" }
        out += "dates 日期(3)    \(pct(e.dateAccuracy))\n"
        out += "extra fields 多报字段 \(pct(e.extraRate))  (\(e.extraFields)/\(e.reportedFields))\n"
        out += "confidence ≥0.8: \(pct(e.highConfidence.accuracy)) right of \(e.highConfidence.reports);  <0.8: \(pct(e.lowConfidence.accuracy)) right of \(e.lowConfidence.reports)\n"
        out += "reports at ≥0.8 达到0.8的报告 \(pct(e.highConfidenceShare))   AUROC of confidence 置信度区分度 "
            + (e.auroc.map { String(format: "%.3f", $0) } ?? "—") + "\n"
        out += "confidence band 置信度区间   reports  right\n"
        for b in e.bands where b.reports > 0 {
            out += String(format: "  [%.1f, %.1f%@           %5d  %5d  ", b.lower, b.upper, b.upper == 1 ? "]" : ")", b.reports, b.right)
                + pct(Double(b.right) / Double(b.reports)) + "\n"
        }
        if e.expectedFlags > 0 { out += "expected flags raised 应有提示 \(pct(e.flagRecall)) (\(e.expectedFlagsRaised)/\(e.expectedFlags))\n" }
        if e.proposals > 0 { out += "proposals naming their rule 认定建议注明规则 \(pct(Double(e.proposalsNamingRule) / Double(e.proposals))) (\(e.proposalsNamingRule)/\(e.proposals))\n" }
        out += "clean docs with a false alarm 误报 \(pct(e.falseAlarmRate)) (\(e.cleanDocumentsFlagged)/\(e.cleanDocuments))\n"
        out += "field              labelled  reported  correct  accuracy\n"
        for (name, s) in e.fields.sorted(by: { $0.value.labelled > $1.value.labelled || ($0.value.labelled == $1.value.labelled && $0.key < $1.key) }) {
            out += name.padding(toLength: 18, withPad: " ", startingAt: 0)
                + String(format: " %8d  %8d  %7d   ", s.labelled, s.reported, s.correct) + pct(s.accuracy) + "\n"
        }
        return out
    }
}
