import XueshiPolicy
import XueshiStore

/// The end of a backfill, for people: a row per learner and year, then the disagreements, largest first.
enum BackfillTable {
    static func render(_ years: [LearnerYear], show: Int) -> String {
        func h(_ x: Double?) -> String { x.map(Wording.number) ?? "—" }
        var rows = [["学员", "姓名", "年度", "材料", "申报学时", "建议学时", "专业", "公需", "达标", "分歧"]]
        for y in years {
            rows.append([y.learner.id, y.learner.name ?? "", y.year.map(String.init) ?? "—", String(y.claims), h(y.claimedHours),
                         h(y.proposedHours), h(y.summary?.professional), h(y.summary?.public), y.met ? "是" : "否",
                         String(y.disagreements.count)])
        }
        var out = "# 学员年度汇总（\(years.count) 个学员年度，\(years.filter(\.met).count) 个达到 90/60 学时）\n\n" + TextTable(rows: rows).render()
        let all = years.flatMap(\.disagreements).sorted { ($0.gap, $0.file) > ($1.gap, $1.file) }
        out += "\n# 需复核的分歧（\(all.count) 条，按学时差从大到小）\n\n"
        var drows = [["学员", "年度", "文件", "类型", "申报", "建议", "说明"]]
        let kinds: [Disagreement.Kind: String] = [.unread: "未读取", .notEvidence: "非证明", .mode: "方式不符", .hours: "学时不符", .noProposal: "无建议",
                                                  .year: "年度不符", .warnings: "须核对"]
        for d in all.prefix(show) {
            drows.append([d.learner, d.year.map(String.init) ?? "—", ReportTable.short(d.file), kinds[d.kind] ?? d.kind.rawValue,
                          d.claimed ?? "", d.proposed ?? "", d.message])
        }
        out += TextTable(rows: drows).render()
        if all.count > show { out += "… 另有 \(all.count - show) 条：xueshi export --format csv 或 --format json 查看全部\n" }
        return out
    }
}
