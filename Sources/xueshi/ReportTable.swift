import Foundation
import XueshiCore
import XueshiPolicy

/// The table for people: one row per document, Chinese headings and names (the catalogue's), the path relative
/// to the folder given, the flags most severe first, wrapped to the terminal's width.
struct ReportTable {
    static let headings = ["文件", "类型", "持证人", "学时", "起止日期", "发证日期", "发证单位", "认定建议", "置信度", "提示"]

    var names: [String: String]
    var policies: PolicySet
    var width: Int?

    func render(_ reports: [Report]) -> String {
        let catalogue = policies.catalogue
        var rows = [ReportTable.headings]
        for r in reports {
            let file = ShownText.escaped(names[r.file] ?? r.file)
            if let e = r.error {
                rows.append([file, "无法读取", "—", "—", "—", "—", "—", "—", "—",
                             "‼ 无法读取：\(ShownText.escaped(e.message))"])
                continue
            }
            let f = r.fields
            func value(_ k: String) -> String { f[k].map { ShownText.escaped($0.value.description) } ?? "—" }
            let kind = r.kind == "unknown" || r.kind == r.mode.rawValue ? r.mode.chinese
                : "\(r.mode.chinese)\n\(catalogue.kind(r.kind))"
            let proposal = r.proposal.map { p in
                "\(FieldValue.number(p.hours)) 学时" + (p.subject.map { " · \($0.short)" } ?? "")
                    + "\n" + policies.ruleName(of: p)
            } ?? "—"
            rows.append([
                file, kind, value("holder"), value("hours"), ReportTable.period(f), value("issueDate"), value("issuer"),
                proposal, String(format: "%.2f", r.confidence),
                FlagLines.lines(r.flags, catalogue: catalogue).joined(separator: "\n"),
            ])
        }
        let table = TextTable(rows: rows, wrappable: [0, 1, 2, 6, 7, 9], width: width,
                              minimums: [0: 14, 1: 10, 2: 8, 6: 12, 7: 14, 9: 18])
        let failed = reports.filter { $0.error != nil }.count
        var out = table.render() + "\n共 \(reports.count) 份，\(reports.count - failed) 份已读取"
            + (failed > 0 ? "，\(failed) 份无法读取" : "") + "\n"
        if reports.contains(where: { !$0.flags.isEmpty || $0.error != nil }) {
            out += "提示按轻重排列：‼ 严重  ! 注意  · 提示（详见 explain 或 --format json）\n"
        }
        return out
    }

    static func period(_ f: [String: Field]) -> String {
        let start = f["startDate"]?.value.description, end = f["endDate"]?.value.description
        switch (start, end) {
        case let (s?, e?) where s == e: return s
        case let (s?, e?): return "\(s)～\n\(e)"
        case let (s?, nil): return "\(s)～"
        case let (nil, e?): return "～\(e)"
        default: return "—"
        }
    }

    static func short(_ path: String) -> String { clip((path as NSString).lastPathComponent, 28) }

    static func clip(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}
