import XueshiCore
import XueshiNormalize

/// One learner's year: what counts, what does not and why, and whether the requirement is met.
public struct AnnualSummary: Codable, Sendable {
    public struct Item: Codable, Sendable {
        public var file: String
        public var date: String?
        public var hours: Double?
        public var subject: Subject?
        public var policy: String?
        public var rule: String?
        public var converted: Bool
        public var counted: Bool
        /// Why it does not count, or what a reviewer should know about how it counts.
        public var note: String?
    }

    public var year: Int
    /// The standard whose yearly requirement applies (in force at the year's end, or `--policy`).
    public var policy: String?
    public var required: Double?
    public var requiredProfessional: Double?
    public var convertedClaims: ClaimCombination
    /// Counted hours by the subject their proposals name; `unassigned` had no subject and counts as 公需 only.
    public var professional: Double = 0
    public var `public`: Double = 0
    public var unassigned: Double = 0
    /// 专业 hours beyond the 专业 requirement, moved to fill 公需 (the one-way rule).
    public var professionalToPublic: Double = 0
    public var total: Double = 0
    public var totalMet = false
    public var professionalMet = false
    public var missingTotal: Double = 0
    public var missingProfessional: Double = 0
    public var missingPublic: Double = 0
    public var items: [Item] = []
    /// The outcome in one Chinese sentence.
    public var conclusion = ""
}

extension PolicySet {
    /// Totals a year of reports (each with its proposal). `policyId` picks the standard whose yearly rules apply.
    public func summarize(_ reports: [Report], year: Int, policyId: String? = nil) -> AnnualSummary {
        let yearEnd = DayDate(year: year, month: 12, day: 31)!
        let policy = policyId.flatMap { self.policy(id: $0) } ?? covering(yearEnd) ?? current
        let req = policy?.requirement(for: year)
        var s = AnnualSummary(year: year, policy: policy?.id, required: req?.total, requiredProfessional: req?.professional,
                              convertedClaims: req?.convertedClaims ?? .sum)

        var items: [AnnualSummary.Item] = []
        for r in reports {
            let date = EvidenceFacts(report: r).activityDate
            var item = AnnualSummary.Item(file: r.file, date: date.map { $0.source == "publishedMonth" ? String($0.last.iso.prefix(7)) : $0.last.iso },
                                          hours: r.proposal?.hours, subject: r.proposal?.subject, policy: r.proposal?.policy,
                                          rule: r.proposal?.rule, converted: r.proposal.flatMap { rule(of: $0)?.converted } ?? false,
                                          counted: false, note: nil)
            if let e = r.error {
                item.note = "无法读取：\(e.message)"
            } else if r.flags.contains(where: { $0.code == "not-evidence" }) {
                item.note = "非证明材料，不能认定学时"
            } else if r.mode == .unknown {
                item.note = "无法判断材料类型，需人工认定" + (r.flags.first.map { "（\($0.message)）" } ?? "")
            } else if r.proposal == nil {
                let why = r.flags.first { ["proposal-unavailable", "outside-policy-period"].contains($0.code) }?.message
                item.note = "没有认定建议" + (why.map { "：\($0)" } ?? "")
            } else if date == nil {
                item.note = "材料没有可用日期，无法确定所属年度，需人工认定"
            } else if date!.year != year {
                item.note = "属于\(date!.year)年度，不计入\(year)年度"
            } else {
                item.counted = true
                let warnings = r.flags.filter { $0.severity >= .warning }.map(\.code)
                var notes: [String] = []
                if item.subject == .unknown || item.subject == nil { notes.append("科目未定，只计入总学时（公需不得计为专业）") }
                if !warnings.isEmpty { notes.append("须核对：" + warnings.joined(separator: "、")) }
                if r.flags.contains(where: { $0.code == "policy-value-provisional" }) { notes.append("折算值为暂定值") }
                item.note = notes.isEmpty ? nil : notes.joined(separator: "；")
            }
            items.append(item)
        }

        // 就高原则: of the year's converted claims only the single highest counts.
        if s.convertedClaims == .highest {
            let converted = items.indices.filter { items[$0].counted && items[$0].converted }
            if let best = converted.max(by: { (items[$0].hours ?? 0) < (items[$1].hours ?? 0) || ((items[$0].hours ?? 0) == (items[$1].hours ?? 0) && $0 > $1) }) {
                for i in converted where i != best {
                    items[i].counted = false
                    items[i].note = "就高原则：折算认定一年只取最高的一项，本年度已取\(items[best].file.split(separator: "/").last.map(String.init) ?? items[best].file)（\(Wording.number(items[best].hours ?? 0))学时），此项不计"
                }
            }
        }

        for item in items where item.counted {
            let h = item.hours ?? 0
            switch item.subject {
            case .professional: s.professional += h
            case .public: s.public += h
            default: s.unassigned += h
            }
        }
        s.items = items
        s.total = s.professional + s.public + s.unassigned
        guard let total = s.required else {
            s.conclusion = "\(year)年度共认定\(Wording.number(s.total))学时；\(policy?.id ?? "现有标准")未规定年度学时要求。"
            return s
        }
        s.missingTotal = max(0, total - s.total)
        s.totalMet = s.missingTotal == 0
        if let need = s.requiredProfessional {
            s.professionalToPublic = max(0, s.professional - need)
            s.missingProfessional = max(0, need - s.professional)
            s.missingPublic = max(0, (total - need) - (s.public + s.unassigned + s.professionalToPublic))
            s.professionalMet = s.missingProfessional == 0
        } else {
            s.professionalMet = true
        }
        s.conclusion = conclusion(s)
        return s
    }

    func conclusion(_ s: AnnualSummary) -> String {
        let n = Wording.number
        var out = "\(s.year)年度共认定\(n(s.total))学时（专业\(n(s.professional))，公需\(n(s.public))"
        if s.unassigned > 0 { out += "，科目未定\(n(s.unassigned))" }
        out += "）"
        if s.professionalToPublic > 0 { out += "，专业超出部分\(n(s.professionalToPublic))学时可计入公需" }
        out += "；要求\(n(s.required ?? 0))学时" + (s.requiredProfessional.map { "（其中专业\(n($0))学时）" } ?? "")
        if s.totalMet && s.professionalMet { return out + "，已达标。" }
        var missing: [String] = []
        if s.missingProfessional > 0 { missing.append("专业\(n(s.missingProfessional))学时") }
        if s.missingPublic > 0 { missing.append("公需（或专业）\(n(s.missingPublic))学时") }
        if missing.isEmpty && s.missingTotal > 0 { missing.append("\(n(s.missingTotal))学时") }
        return out + "，尚缺" + missing.joined(separator: "、") + "。"
    }
}
