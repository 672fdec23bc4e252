import Foundation
import XueshiCore
import XueshiExtract
import XueshiPipeline

/// The developer's view of one scan (`explain --trace`): the normalised text by zone, every spec's score, every
/// finder's hits and misses, then the report as JSON — for whoever edits `extractors/*.yaml`.
enum ExplainTrace {
    static func text(_ result: ScanResult, unmask: Bool) throws -> String {
        let mask: (String) -> String = { unmask ? $0 : PersonalData.maskAll(in: $0) }
        var out = ""
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
        return out + String(decoding: d, as: UTF8.self) + "\n"
    }
}
