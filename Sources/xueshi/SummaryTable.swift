import XueshiCore
import XueshiPolicy

/// The summary for people: one row per document (kinds, subjects and flags named as the catalogue names them),
/// then the totals, what is sure and what waits for a check, and the verdict.
enum SummaryTable {
    static func render(_ s: AnnualSummary, names: [String: String] = [:], policies: PolicySet = .empty,
                       width: Int? = nil) -> String {
        let catalogue = policies.catalogue
        var rows = [["文件", "类型", "日期", "认定学时", "科目", "标准", "规则", "状态", "说明"]]
        for i in s.items {
            let said = [i.reason.map { i.status == .pending ? "待核：\($0)" : $0 }, i.note].compactMap { $0 }
            rows.append([
                ShownText.escaped(names[i.file] ?? i.file), i.kind.map(catalogue.kind) ?? "—", i.date ?? "—",
                i.hours.map { FieldValue.number($0).description } ?? "—", i.subject?.chinese ?? "—", i.policy ?? "—",
                i.rule.map { policies.ruleName(policy: i.policy, rule: $0) } ?? "—", i.status.chinese,
                Array(distinct(said)).joined(separator: "；"),
            ])
        }
        let table = TextTable(rows: rows, wrappable: [0, 1, 6, 8], width: width, minimums: [0: 14, 6: 12, 8: 24])
        var out = "# \(s.year)年度学时汇总（\(s.policy ?? "无适用标准")）\n\n" + table.render()
        func h(_ x: Double) -> String { FieldValue.number(x).description }
        out += "\n专业 \(h(s.professional))  公需 \(h(s.public))"
        if s.unassigned > 0 { out += "  科目未定 \(h(s.unassigned))" }
        out += "  合计 \(h(s.total))\n"
        if s.minConfidence != nil {
            out += "确定 \(h(s.sure)) 学时，待核 \(h(s.pending)) 学时" + (s.pendingItems > 0 ? "（\(s.pendingItems) 份材料，确认前不计入）" : "") + "\n"
        }
        if let r = s.required {
            out += "要求 \(h(r))" + (s.requiredProfessional.map { "（专业 \(h($0))）" } ?? "")
                + "：\(s.minConfidence != nil ? "确定的" : "")总学时\(s.totalMet ? "已达标" : "未达标")，专业\(s.professionalMet ? "已达标" : "未达标")\n"
        }
        out += s.conclusion + "\n"
        return out
    }

    /// The notes in order, each once (a rejection's reason is also in its note).
    static func distinct(_ xs: [String]) -> [String] {
        var seen = Set<String>()
        return xs.filter { x in !xs.contains { $0 != x && $0.contains(x) } && seen.insert(x).inserted }
    }
}
