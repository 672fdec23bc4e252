import Foundation
import XueshiCore
import XueshiExtract

/// `explain` for a unit's reviewer: a short Chinese account of one scan — what the document was taken for and why,
/// each value with where it stands on the page, what was looked for and not found, the proposed conversion and the
/// flags, most severe first. A pure function of the scan's result, so the CLI and the web service print the same
/// words and tests read them in process; the developer's trace (scores, finders) is not part of it.
package struct ReviewerAccount: Sendable {
    /// Spec id → the spec, for the runner-up's kind (the scores name specs only).
    let specs: [String: Spec]
    let policies: PolicySet
    let catalogue: Catalogue
    /// Show ID numbers in full (`--unmask`); holders' names are shown as `scan` reports them, in full.
    let unmask: Bool

    package init(library: SpecLibrary, policies: PolicySet, unmask: Bool = false) {
        specs = Dictionary(library.specs.map { ($0.id, $0) }) { a, _ in a }
        self.policies = policies
        // Rule names come from the standards loaded (data); one id may be named differently by two standards, so
        // the account looks a proposal's rule up in its own standard first (`ruleName`).
        catalogue = policies.catalogue
        self.unmask = unmask
    }

    package init(pipeline: Pipeline) {
        self.init(library: pipeline.extractor.library, policies: pipeline.policies, unmask: pipeline.options.unmask)
    }

    /// Fields in the order a reviewer checks them; the rest follow by name.
    static let fieldOrder = ["hours", "startDate", "endDate", "issueDate", "issuer", "holder", "certificateNumber", "title"]

    package func text(_ result: ScanResult) -> String {
        let report = result.report
        if let e = report.error {
            return "## 结论\n无法读取这份文件（\(e.code)）：\(e.message)\n" + flags(report)
        }
        return [conclusion(result), values(result), missing(result), proposal(result), flags(report)]
            .joined(separator: "\n")
    }

    // MARK: 结论

    func conclusion(_ result: ScanResult) -> String {
        let report = result.report
        var out = "## 结论\n"
        guard let ex = result.extraction, let winner = ex.specId else {
            out += "未能判断材料类型：没有哪一类材料的关键词在文中足够多。\n"
            return out + overall(report)
        }
        let sure = "\(certainty(ex.classificationConfidence))（\(number(ex.classificationConfidence))）"
        if !ex.isEvidence {
            out += "这不是学时证明材料，\(sure)。\n"
        } else {
            out += "这是一份\(catalogue.kind(ex.kind))（方式：\(ex.mode.chinese)），\(sure)。\n"
        }
        let own = ex.scores.first { $0.id == winner }
        if let own, !own.hits.isEmpty { out += "依据：" + reasons(own.hits) + "。\n" }
        if let own, let (rival, score) = runnerUp(to: own, ex) {
            out += "也可能是\(describe(rival))（得分接近" + (score.hits.isEmpty ? "" : "：" + reasons(score.hits)) + "）。\n"
        }
        return out + overall(report)
    }

    /// The whole report's confidence: every core value and the mode right at once, lowered by severe flags —
    /// so a sure classification can stand beside a doubtful report, and the flags below say why.
    func overall(_ report: Report) -> String {
        let c = report.confidence
        return "整份报告置信度 \(number(c))（\(certainty(c))）" + (c < 0.5 && !report.flags.isEmpty ? "，原因见“提示”" : "") + "。\n"
    }

    /// The words that decided it: those in the title first, then those anywhere in the text. The hit labels are
    /// the classifier's (`head:`/`title:` in the title zone, `strong:` anywhere).
    func reasons(_ hits: [String]) -> String {
        var title: [String] = [], body: [String] = []
        for hit in hits {
            if let r = hit.range(of: ":"), ["head", "title"].contains(String(hit[..<r.lowerBound])) {
                title.append(String(hit[r.upperBound...]))
            } else if let r = hit.range(of: ":"), hit.hasPrefix("strong") {
                body.append(String(hit[r.upperBound...]))
            } else {
                body.append(hit)
            }
        }
        func quoted(_ ws: [String]) -> String { ws.prefix(6).map { "“\($0)”" }.joined() }
        return [title.isEmpty ? nil : "标题有" + quoted(title), body.isEmpty ? nil : "文中有" + quoted(body)]
            .compactMap { $0 }.joined(separator: "，")
    }

    /// The best spec of another kind still in the running, when it scored close to the winner (within a fifth):
    /// the reviewer should know the call was near.
    func runnerUp(to own: SpecScore, _ ex: Extraction) -> (Spec, SpecScore)? {
        let ours = specs[own.id]
        let rival = ex.scores.filter { s in
            s.ruledOut == nil && s.id != own.id
                && (specs[s.id]?.kind != ours?.kind || specs[s.id]?.mode != ours?.mode || specs[s.id]?.isEvidence != ours?.isEvidence)
        }.max { $0.score < $1.score }
        guard let rival, rival.score >= 0.8 * own.score, let spec = specs[rival.id] else { return nil }
        return (spec, rival)
    }

    func describe(_ spec: Spec) -> String {
        guard spec.isEvidence else { return "非学时证明材料" }
        return catalogue.kind(spec.kind ?? "unknown")
    }

    // MARK: 各项取值

    func values(_ result: ScanResult) -> String {
        let fields = result.report.fields
        var out = "## 各项取值\n"
        guard !fields.isEmpty else { return out + "（没有读到任何一项）\n" }
        let names = Self.fieldOrder.filter { fields[$0] != nil } + fields.keys.filter { !Self.fieldOrder.contains($0) }.sorted()
        for name in names {
            let f = fields[name]!
            // The catalogue names the ID number as masked, which it is not under --unmask.
            let label = unmask ? FieldNames.chinese(name).replacingOccurrences(of: "（已遮盖）", with: "") : FieldNames.chinese(name)
            out += "- \(label)：\(shown(name, f.value))（\(certainty(f.confidence)) \(number(f.confidence))）\n"
            let origin = FieldOrigin.of(name, in: result)
            var whereFrom: [String] = []
            if let p = origin.page { whereFrom.append("第 \(p) 页") }
            if let line = origin.line {
                let probes = [shown(name, f.value)] + (f.text.map { [mask($0), String(mask($0).suffix(10))] } ?? [])
                whereFrom.append("“\(clip(mask(line), around: probes))”")
            }
            let how = origin.methods.map(ReadingMethods.chinese).joined(separator: " · ")
            if !whereFrom.isEmpty || !how.isEmpty {
                out += "  来自" + whereFrom.joined(separator: " ") + (how.isEmpty ? "" : (whereFrom.isEmpty ? "" : "，") + how) + "\n"
            }
            if let note = f.note { out += "  说明：\(mask(note))\n" }
        }
        return out
    }

    /// A value as the reviewer sees it: ID numbers masked unless asked otherwise, wherever they appear.
    func shown(_ name: String, _ value: FieldValue) -> String {
        let s = ValueNames.chinese(name, value.description)
        if name == "idNumber", !unmask, !s.contains("*") { return PersonalData.mask(s) }
        return mask(s)
    }

    func mask(_ s: String) -> String { unmask ? s : PersonalData.maskAll(in: s) }

    /// A long line shortened around the value (the first probe found in it): the reviewer needs to find the line
    /// on the page and see the value in it, not to read the paragraph twice.
    func clip(_ s: String, around probes: [String], max: Int = 60) -> String {
        let t = s.trimmingCharacters(in: .whitespaces)
        guard t.count > max else { return t }
        let chars = Array(t)
        var start = 0
        if let r = probes.lazy.filter({ !$0.isEmpty }).compactMap({ t.range(of: $0) }).first {
            let at = t.distance(from: t.startIndex, to: r.lowerBound)
            start = Swift.max(0, Swift.min(at - 20, chars.count - max))
        }
        let end = Swift.min(start + max, chars.count)
        return (start > 0 ? "…" : "") + String(chars[start..<end]) + (end < chars.count ? "…" : "")
    }

    // MARK: 没有找到

    func missing(_ result: ScanResult) -> String {
        var out = "## 没有找到\n"
        guard let ex = result.extraction, ex.specId != nil, ex.isEvidence else {
            return out + "（不适用：材料类型未定或不是学时证明）\n"
        }
        // Against the final report: data merged from the file (embedded values, seals) fills fields the pages lacked.
        let absent = ex.expected.filter { result.report.fields[$0] == nil }
        if absent.isEmpty { return out + "（这类材料应有的各项都已找到）\n" }
        return out + "这类材料通常载明、但本文件中没有读到：" + absent.map(FieldNames.chinese).joined(separator: "、") + "\n"
    }

    // MARK: 认定建议

    func proposal(_ result: ScanResult) -> String {
        var out = "## 认定建议\n"
        guard let p = result.report.proposal else {
            let why = result.report.flags.filter { Self.noProposalReasons.contains($0.code) }.map(\.message)
            if !why.isEmpty { return out + "不给出认定建议：" + why.joined(separator: "；") + "\n" }
            if result.report.mode == .unknown { return out + "不给出认定建议：材料类型未能判断，无从套用折算规则。\n" }
            return out + "不给出认定建议：没有适用于这类材料的折算规则。\n"
        }
        let standard = policies.policy(id: p.policy)
        let rule = policies.ruleName(policy: p.policy, rule: p.rule)
        out += "建议认定 \(FieldValue.number(p.hours).description) 学时，计入\(p.subject?.chinese ?? "（科目未定，由学员选择）")。\n"
        out += "标准：" + (standard.map { "《\($0.name)》" + ($0.document.map { "（\($0)）" } ?? "") } ?? p.policy) + "\n"
        out += "规则：\(rule)\n"
        out += "算式：\(mask(p.basis))\n"
        if let c = p.confidence { out += "把握：\(certainty(c))（\(number(c))）\n" }
        return out
    }

    /// Flags whose message says why no proposal was made.
    static let noProposalReasons = Set([
        FlagCode.proposalUnavailable, .notCountedByStandard, .notEvidence, .acceptanceOnly, .outsidePolicyPeriod,
        .policyDateUnknown, .unclassified,
    ].map(\.rawValue))

    // MARK: 提示

    func flags(_ report: Report) -> String {
        var out = "## 提示\n"
        guard !report.flags.isEmpty else { return out + "（无）\n" }
        // Most severe first; within a severity, the order the pipeline raised them.
        let ordered = report.flags.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
        for f in ordered {
            let page = f.page.map { "（第 \($0) 页）" } ?? ""
            out += "- \(f.severity.mark) \(f.severity.chinese)·\(catalogue.flag(f.code))\(page)：\(mask(f.message))\n"
        }
        return out
    }

    // MARK: words

    /// Confidence as a reviewer says it; the number follows for those who compare.
    func certainty(_ c: Double) -> String {
        switch c {
        case 0.9...: "把握很大"
        case 0.75..<0.9: "把握较大"
        case 0.5..<0.75: "把握一般"
        default: "把握不大，请核对"
        }
    }

    func number(_ c: Double) -> String { String(format: "%.2f", c) }
}
