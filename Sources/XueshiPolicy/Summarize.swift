import Foundation
import XueshiCore
import XueshiNormalize

extension PolicySet {
    /// Totals a year of reports (each with its proposal). `policyId` picks the standard whose yearly rules apply.
    /// With `review`, the summary is cautious: flagged and low-confidence items wait (待核) and do not count until
    /// the reviewer's confirmations say so; without it every item with a proposal counts (the declaration's way,
    /// where the reviewer's decisions are already in the reports).
    public func summarize(_ reports: [Report], year: Int, policyId: String? = nil, review: SummaryReview? = nil) -> AnnualSummary {
        let yearEnd = DayDate(year: year, month: 12, day: 31)!
        let policy = policyId.flatMap { self.policy(id: $0) } ?? covering(yearEnd) ?? current
        let req = policy?.requirement(for: year)
        var s = AnnualSummary(year: year, policy: policy?.id, required: req?.total, requiredProfessional: req?.professional,
                              convertedClaims: req?.convertedClaims ?? .sum)
        s.minConfidence = review?.minConfidence

        var items = reports.map { item($0, year: year, review: review) }
        let highest = s.convertedClaims == .highest
        let sure = AnnualTally(items, including: { items[$0].status == .counted }, highest: highest,
                               required: s.required, professionalNeed: s.requiredProfessional)
        let ifConfirmed = AnnualTally(items, including: { [.counted, .pending].contains(items[$0].status) }, highest: highest,
                                      required: s.required, professionalNeed: s.requiredProfessional)
        func short(_ i: Int) -> String { items[i].file.split(separator: "/").last.map(String.init) ?? items[i].file }
        // 就高原则: of the year's converted claims only the single highest counts.
        for (i, best) in sure.outranked {
            items[i].counted = false
            items[i].status = .notCounted
            items[i].note = "就高原则：折算认定一年只取最高的一项，本年度已取\(short(best))（\(Wording.number(items[best].hours ?? 0))学时），此项不计"
        }
        for (i, best) in ifConfirmed.outranked where items[i].status == .pending {
            items[i].note = "就高原则：即使确认，折算认定一年也只取最高的一项（\(short(best))，\(Wording.number(items[best].hours ?? 0))学时）"
        }
        for i in items.indices where items[i].status == .counted { items[i].counted = true }

        s.items = items
        s.professional = sure.professional; s.public = sure.public; s.unassigned = sure.unassigned
        s.professionalToPublic = sure.professionalToPublic
        s.total = sure.total
        s.sure = sure.total
        s.pending = max(0, ifConfirmed.total - sure.total)
        s.pendingItems = items.filter { $0.status == .pending }.count
        guard s.required != nil else {
            s.conclusion = "\(year)年度共认定\(Wording.number(s.total))学时；\(policy?.id ?? "现有标准")未规定年度学时要求。"
            if s.pendingItems > 0 { s.conclusion += "另有\(s.pendingItems)份材料待核（\(Wording.number(s.pending))学时），确认后才计入。" }
            return s
        }
        s.missingTotal = sure.missingTotal; s.missingProfessional = sure.missingProfessional; s.missingPublic = sure.missingPublic
        s.totalMet = sure.totalMet; s.professionalMet = sure.professionalMet
        s.metIfConfirmed = ifConfirmed.met
        s.conclusion = review == nil ? conclusion(s) : cautiousConclusion(s, ifConfirmed: ifConfirmed)
        return s
    }

    /// One report's line: counted, pending, rejected or not counted, with the reviewer's confirmation applied.
    func item(_ r: Report, year: Int, review: SummaryReview?) -> AnnualSummary.Item {
        let date = EvidenceFacts(report: r).activityDate
        var item = AnnualSummary.Item(file: r.file, date: date.map { $0.source == "publishedMonth" ? String($0.last.iso.prefix(7)) : $0.last.iso },
                                      hours: r.proposal?.hours, subject: r.proposal?.subject, policy: r.proposal?.policy,
                                      rule: r.proposal?.rule, converted: r.proposal.flatMap { rule(of: $0)?.converted } ?? false,
                                      counted: false, note: nil)
        item.kind = r.kind
        let otherYear = date.map { $0.year != year } ?? false
        if let c = review?.confirmation(for: r) {
            item.decision = c.action
            item.confirmedBy = c.source
            return confirmed(item, c, otherYear: otherYear ? date?.year : nil)
        }
        if let e = r.error {
            item.note = "无法读取：\(e.message)"
        } else if r.flags.contains(where: { $0.code == FlagCode.notEvidence.rawValue }) {
            item.note = "非证明材料，不能认定学时"
        } else if r.mode == .unknown {
            item.note = "无法判断材料类型，需人工认定" + (r.flags.first.map { "（\($0.message)）" } ?? "")
        } else if r.proposal == nil {
            let codes: [FlagCode] = [.notCountedByStandard, .proposalUnavailable, .outsidePolicyPeriod]
            let why = codes.lazy.compactMap { c in r.flags.first { $0.code == c.rawValue } }.first?.message
            item.note = "没有认定建议" + (why.map { "：\($0)" } ?? "")
        } else if date == nil {
            item.note = "材料没有可用日期，无法确定所属年度，需人工认定"
        } else if otherYear {
            item.note = "属于\(date!.year)年度，不计入\(year)年度"
        } else {
            var notes: [String] = []
            if item.subject == .unknown || item.subject == nil { notes.append("科目未定，只计入总学时（公需不得计为专业）") }
            let warnings = r.flags.filter { $0.severity >= .warning }
            if review == nil, !warnings.isEmpty { notes.append("须核对：" + warnings.map(\.code).joined(separator: "、")) }
            if r.flags.contains(where: { $0.code == FlagCode.policyValueProvisional.rawValue }) { notes.append("折算值为暂定值") }
            item.note = notes.isEmpty ? nil : notes.joined(separator: "；")
            item.status = .counted
            if let review {
                let confidence = min(r.confidence, r.proposal?.confidence ?? r.confidence)
                item.confidence = confidence
                var reasons = warnings.map { f in "\(FlagCode(rawValue: f.code)?.chinese ?? f.code)：\(f.message)" }
                if confidence < review.minConfidence {
                    let which = (r.proposal?.confidence ?? 1) < r.confidence ? "认定建议置信度" : "置信度"
                    reasons.append("\(which) \(Self.two(confidence)) 低于 \(Self.two(review.minConfidence))")
                }
                if !reasons.isEmpty {
                    item.status = .pending
                    item.reason = reasons.joined(separator: "；")
                }
            }
        }
        return item
    }

    /// An item as the reviewer decided it: accept counts the proposal, adjust the reviewer's hours and subject,
    /// reject nothing. Another year stays another year: a confirmation does not move an activity's date.
    func confirmed(_ base: AnnualSummary.Item, _ c: Confirmation, otherYear: Int?) -> AnnualSummary.Item {
        var item = base
        item.reason = c.reason
        let by = "审核人员\(c.action.chinese)"
        if c.action == .reject {
            item.status = .rejected
            item.note = by + (c.reason.map { "：\($0)" } ?? "")
            return item
        }
        if let y = otherYear {
            item.note = "属于\(y)年度，不计入本年度（\(by)不改变所属年度）"
            return item
        }
        if c.action == .adjust {
            item.proposedHours = base.hours
            item.hours = c.hours
            item.note = "\(by)：\(Wording.number(c.hours ?? 0))学时" + (base.hours.map { "（原建议\(Wording.number($0))学时）" } ?? "（原无建议）")
        } else if base.hours == nil {
            item.note = "\(by)，但没有建议学时可计；要计入请写调整认定并填学时"
            return item
        } else {
            item.note = by
        }
        item.subject = c.subject ?? base.subject ?? .unknown
        if item.subject == .unknown { item.note! += "；科目未定，只计入总学时（公需不得计为专业）" }
        if let r = c.reason { item.note! += "（\(r)）" }
        item.status = .counted
        return item
    }

    static func two(_ x: Double) -> String { String(format: "%.2f", x) }

    func conclusion(_ s: AnnualSummary) -> String {
        let n = Wording.number
        var out = "\(s.year)年度共认定\(n(s.total))学时（专业\(n(s.professional))，公需\(n(s.public))"
        if s.unassigned > 0 { out += "，科目未定\(n(s.unassigned))" }
        out += "）"
        if s.professionalToPublic > 0 { out += "，专业超出部分\(n(s.professionalToPublic))学时可计入公需" }
        out += "；要求\(n(s.required ?? 0))学时" + (s.requiredProfessional.map { "（其中专业\(n($0))学时）" } ?? "")
        if s.totalMet && s.professionalMet { return out + "，已达标。" }
        return out + "，尚缺" + Self.missing(s.missingProfessional, s.missingPublic, s.missingTotal) + "。"
    }

    /// The cautious verdict: 达标 only on sure hours; what the pending hours would change, said as a possibility.
    func cautiousConclusion(_ s: AnnualSummary, ifConfirmed t: AnnualTally) -> String {
        let n = Wording.number
        var out = "\(s.year)年度确定\(n(s.sure))学时（专业\(n(s.professional))，公需\(n(s.public))"
        if s.unassigned > 0 { out += "，科目未定\(n(s.unassigned))" }
        out += "）"
        if s.pendingItems > 0 { out += "，待核\(n(s.pending))学时（\(s.pendingItems)份材料）" }
        if s.professionalToPublic > 0 { out += "，专业超出部分\(n(s.professionalToPublic))学时可计入公需" }
        out += "；要求\(n(s.required ?? 0))学时" + (s.requiredProfessional.map { "（其中专业\(n($0))学时）" } ?? "")
        if s.totalMet && s.professionalMet {
            return out + "，确定的学时已达标" + (s.pendingItems > 0 ? "（待核材料不影响结论）。" : "。")
        }
        out += "，确定的学时未达标，尚缺" + Self.missing(s.missingProfessional, s.missingPublic, s.missingTotal)
        if s.pendingItems == 0 { return out + "。" }
        if t.met { return out + "；待核的\(n(s.pending))学时经确认后可达标。" }
        return out + "；待核的\(n(s.pending))学时即使全部确认，仍缺" + Self.missing(t.missingProfessional, t.missingPublic, t.missingTotal) + "。"
    }

    static func missing(_ professional: Double, _ publicHours: Double, _ total: Double) -> String {
        let n = Wording.number
        var missing: [String] = []
        if professional > 0 { missing.append("专业\(n(professional))学时") }
        if publicHours > 0 { missing.append("公需（或专业）\(n(publicHours))学时") }
        if missing.isEmpty && total > 0 { missing.append("\(n(total))学时") }
        return missing.joined(separator: "、")
    }
}
