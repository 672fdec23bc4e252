import Foundation
import XueshiCore

/// The table for people: one row per document, Chinese headings, columns aligned by display width.
enum ReportTable {
    static let headings = ["文件", "方式", "类型", "学时", "起止日期", "发证日期", "发证单位", "认定建议", "置信度", "提示"]

    static func render(_ reports: [Report]) -> String {
        var rows = [headings]
        for r in reports {
            if let e = r.error {
                rows.append([short(r.file), "—", "—", "—", "—", "—", "—", "—", "—", "错误 \(e.code)：\(e.message)"])
                continue
            }
            let f = r.fields
            let start = f["startDate"]?.value.description, end = f["endDate"]?.value.description
            let period: String
            switch (start, end) {
            case let (s?, e?) where s == e: period = s
            case let (s?, e?): period = "\(s)～\(e)"
            case let (s?, nil): period = "\(s)～"
            case let (nil, e?): period = "～\(e)"
            default: period = "—"
            }
            let proposal = r.proposal.map { "\(FieldValue.number($0.hours)) 学时（\($0.rule)）" } ?? "—"
            rows.append([
                short(r.file), r.mode.chinese, r.kind == "unknown" ? "—" : r.kind,
                f["hours"]?.value.description ?? "—", period, f["issueDate"]?.value.description ?? "—",
                clip(f["issuer"]?.value.description ?? "—", 18), proposal,
                String(format: "%.2f", r.confidence),
                r.flags.isEmpty ? "" : r.flags.map(\.code).joined(separator: ","),
            ])
        }
        let widths = headings.indices.map { c in rows.map { width($0[c]) }.max() ?? 0 }
        var out = ""
        for (i, row) in rows.enumerated() {
            out += row.enumerated().map { c, cell in
                c == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - width(cell))
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
            if i == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        let failed = reports.filter { $0.error != nil }.count
        out += "\n共 \(reports.count) 份，\(reports.count - failed) 份已读取" + (failed > 0 ? "，\(failed) 份无法读取" : "") + "\n"
        return out
    }

    /// Terminal columns: East Asian wide characters take two.
    /// Rows laid out in columns under a rule, the last column left ragged (tables for people, in a terminal).
    static func layout(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { c in rows.map { width($0[c]) }.max() ?? 0 }
        var out = ""
        for (n, row) in rows.enumerated() {
            out += row.enumerated().map { c, cell in
                c == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[c] - width(cell))
            }.joined(separator: "  ").trimmingCharacters(in: .whitespaces) + "\n"
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return n + (wide ? 2 : (u.properties.generalCategory == .nonspacingMark ? 0 : 1))
        }
    }

    static func short(_ path: String) -> String { clip((path as NSString).lastPathComponent, 28) }

    static func clip(_ s: String, _ n: Int) -> String { s.count > n ? String(s.prefix(n - 1)) + "…" : s }
}
