import ArgumentParser
import Foundation
import XueshiCore
import XueshiExtract
import XueshiPipeline

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "解释识别过程：规范化文本、各规则的命中与未命中 (show the text and which rules matched or missed)")

    @ArgumentParser.Flag(name: .long, help: "显示完整身份证号 (show ID numbers unmasked)")
    var unmask = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions
    @OptionGroup var ocrOptions: OCROptions

    @Argument(help: "一个文件 (one file)")
    var file: String

    func run() throws {
        var options = ScanOptions()
        ocrOptions.apply(to: &options)
        options.unmask = unmask
        options.policy = standards.policy
        let scanner = Pipeline(library: try common.library(), policies: try standards.load(), options: options)
        guard FileManager.default.fileExists(atPath: file) else {
            throw UsageError(description: "文件不存在：\(file)")
        }
        let result = scanner.scan(file: file)
        var out = "# \(file)\n"
        if let e = result.report.error {
            out += "错误 error \(e.code): \(e.message)\n"
            writeOut(out)
            throw ExitCode(1)
        }
        let mask: (String) -> String = { unmask ? $0 : PersonalData.maskAll(in: $0) }
        if let view = result.view {
            var page = 0
            for line in view.lines {
                if line.page != page {
                    page = line.page
                    out += "\n## 第 \(page) 页 (page \(page))\n"
                }
                out += "[\(line.zone.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0))] \(mask(view.text(line.range)))\n"
            }
            if view.lines.isEmpty { out += "\n（没有文字层 / no text layer）\n" }
        }
        if let ex = result.extraction {
            out += "\n## 类型选择 (spec selection)\n"
            for s in ex.scores.sorted(by: { $0.score > $1.score }) {
                let mark = s.id == ex.specId ? "→" : " "
                let state = s.ruledOut.map { "out: \($0)" } ?? "in"
                let name = s.id.padding(toLength: 24, withPad: " ", startingAt: 0)
                let hits = s.hits.isEmpty ? "" : "  [" + s.hits.joined(separator: " ") + "]"
                out += mark + " " + name + " " + String(format: "%5.2f", s.score) + "  " + state + hits + "\n"
            }
            if let id = ex.specId {
                let own = ex.scores.first { $0.id == id }?.score ?? 0
                let runner = ex.scores.filter { $0.ruledOut == nil && $0.id != id }.max { $0.score < $1.score }
                var line = "winner: \(id) (\(ex.mode.rawValue)/\(ex.kind))"
                if let r = runner {
                    line += ", ahead of \(r.id) by " + String(format: "%.2f", own - r.score)
                } else {
                    line += ", no rival"
                }
                line += "; classification confidence " + String(format: "%.2f", ex.classificationConfidence)
                out += line + "\n"
            } else {
                out += "no spec reached its minimum score: mode unknown\n"
            }
            out += "\n## 字段 (fields)\n"
            for t in ex.traces.sorted(by: { $0.field < $1.field }) {
                out += "\(t.field): \(t.chosen.map(mask) ?? "— not found")\n"
                for s in t.steps {
                    out += "    · \(s.finder)\n"
                    if s.found.isEmpty { out += "        miss: \(s.miss ?? "no match")\n" }
                    for f in s.found.prefix(6) { out += "        hit: \(mask(f))\n" }
                    if s.found.count > 6 { out += "        … \(s.found.count - 6) more\n" }
                }
            }
            if !ex.missing.isEmpty { out += "expected but missing: \(ex.missing.joined(separator: ", "))\n" }
        }
        out += "\n## 报告 (report)\n"
        let d = try Report.encoder(pretty: true).encode(result.report)
        out += String(decoding: d, as: UTF8.self) + "\n"
        writeOut(out)
    }
}
