import XueshiCore
import XueshiPolicy

/// A declaration's items from the learner's uploads, and how they count under the year's rules: the subject asked
/// for each (公需 or 专业), the one-way rule (专业 beyond the requirement fills 公需, never the reverse) and the
/// highest-option rule (one converted claim a year), both applied by `PolicySet.summarize` as `xueshi summary` does.
public enum DeclarationBuilder {
    /// A draft's items: the year's uploads the unit has not rejected, oldest first, each with the subject the
    /// learner asked before (`asked`) or, at first, the one its report proposes (公需 when it proposes none).
    public static func draftItems(_ uploads: [Upload], asked: [String: Subject]) -> [DeclarationItem] {
        uploads.filter { $0.status != .rejected }
            .sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
            .map { u in
                let proposed = u.report.proposal?.subject
                let subject = asked[u.id] ?? (proposed == .professional ? .professional : .public)
                return DeclarationItem(upload: u.id, sha256: u.sha256, file: Masking.text(u.name), date: nil,
                                       hours: u.report.proposal?.hours, proposedSubject: proposed, subject: subject,
                                       policy: u.report.proposal?.policy, rule: u.report.proposal?.rule,
                                       converted: false, counted: false, note: nil)
            }
    }

    /// Hours, dates, notes and totals recomputed from the uploads as they stand (a reviewer's adjusted hours, a
    /// rejection), with the subjects asked; the frozen part (evidence, subjects) is not touched.
    public static func grade(_ d: inout Declaration, uploads: [String: Upload], policies: PolicySet) {
        var reports: [Report] = []
        for item in d.items {
            guard let u = uploads[item.upload], u.status != .rejected else { continue }
            var r = u.report
            r.file = item.upload
            if u.status == .adjusted, let h = u.decision?.hours { r.proposal?.hours = h }
            // The subject asked is the one the year is totalled by (the flow has already refused 公需 asked as 专业).
            r.proposal?.subject = item.subject
            reports.append(r)
        }
        let s = policies.summarize(reports, year: d.year)
        let byUpload = Dictionary(s.items.map { ($0.file, $0) }, uniquingKeysWith: { a, _ in a })
        for i in d.items.indices {
            let id = d.items[i].upload
            guard let summary = byUpload[id] else {
                let reason = uploads[id]?.decision?.reason.map { "：\($0)" } ?? ""
                d.items[i].counted = false
                d.items[i].note = uploads[id] == nil ? "材料已不在库中" : "审核人员不予认定" + reason
                continue
            }
            d.items[i].date = summary.date
            d.items[i].hours = summary.hours
            d.items[i].policy = summary.policy
            d.items[i].rule = summary.rule
            d.items[i].converted = summary.converted
            d.items[i].counted = summary.counted
            var note = summary.note
            if d.items[i].subject == .public && d.items[i].proposedSubject == .professional {
                note = [note, "专业科目申报为公需"].compactMap { $0 }.joined(separator: "；")
            }
            d.items[i].note = note
        }
        var t = DeclarationTotals()
        t.required = s.required ?? 90
        t.requiredProfessional = s.requiredProfessional ?? 60
        t.total = s.total
        t.professional = s.professional
        t.public = s.public + s.unassigned
        t.professionalToPublic = s.professionalToPublic
        t.missingTotal = s.missingTotal
        t.missingProfessional = s.missingProfessional
        t.missingPublic = s.missingPublic
        t.conclusion = s.conclusion
        d.totals = t
    }
}
