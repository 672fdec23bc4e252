import XueshiCore
import XueshiPipeline
import XueshiPolicy

/// Per learner and year, from the store: each claim's document's newest report (with store-wide duplicates),
/// summed under the standard in force on each activity's date (`PolicySet.summarize`), against what was claimed.
public struct LearnerYears: Sendable {
    public let duplicates: StoreDuplicates
    public let policies: PolicySet

    public init(duplicates: StoreDuplicates, policies: PolicySet) { self.duplicates = duplicates; self.policies = policies }

    /// One learner-year at a time to `each`, in learner and year order; only one learner's reports are held.
    public func run(_ filter: ClaimFilter, each: (LearnerYear, [(Claim, Report?)]) throws -> Void) async throws {
        let rows = try await duplicates.store.claims(filter)
        var i = 0
        while i < rows.count {
            var j = i
            while j < rows.count && rows[j].claim.learner == rows[i].claim.learner && rows[j].claim.year == rows[i].claim.year { j += 1 }
            var pairs: [(Claim, Report?)] = []
            for r in rows[i..<j] {
                var report: Report?
                if let sha = r.claim.sha256, let s = try await duplicates.store.report(sha256: sha) {
                    report = try await duplicates.report(s)
                    report?.file = r.claim.name
                }
                pairs.append((r.claim, report))
            }
            try each(summarize(learner: rows[i].learner, year: rows[i].claim.year, pairs), pairs)
            i = j
        }
    }

    public func summarize(learner: Learner, year: Int?, _ pairs: [(Claim, Report?)]) -> LearnerYear {
        let claimed = pairs.compactMap(\.0.claimedHours).reduce(0, +)
        let reports = pairs.compactMap(\.1)
        // Without a year in the manifest, the year most of the documents are dated in.
        let y = year ?? mostCommonYear(reports)
        let summary = y.map { policies.summarize(reports, year: $0) }
        var out: [Disagreement] = []
        for (claim, report) in pairs {
            let item = summary?.items.first { $0.file == claim.name }
            if let d = disagreement(claim: claim, report: report, item: item, year: y) { out.append(d) }
        }
        out.sort { ($0.gap, $0.file) > ($1.gap, $1.file) }
        return LearnerYear(learner: learner, year: y, claims: pairs.count, claimedHours: claimed, proposedHours: summary?.total ?? 0,
                           summary: summary, met: (summary?.totalMet ?? false) && (summary?.professionalMet ?? false),
                           disagreements: out)
    }

    func mostCommonYear(_ reports: [Report]) -> Int? {
        var n: [Int: Int] = [:]
        for r in reports { if let y = EvidenceFacts(report: r).activityDate?.year { n[y, default: 0] += 1 } }
        return n.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    func disagreement(claim: Claim, report: Report?, item: AnnualSummary.Item?, year: Int?) -> Disagreement? {
        let claimedHours = claim.claimedHours
        let h = Wording.number
        func make(_ kind: Disagreement.Kind, _ gap: Double, _ message: String) -> Disagreement {
            Disagreement(learner: claim.learner, year: year, file: claim.name, sha256: claim.sha256, kind: kind,
                         claimed: [claim.claimedMode, claimedHours.map { h($0) + "学时" }].compactMap { $0 }.joined(separator: " "),
                         proposed: item?.hours.map { h($0) + "学时" }, gap: gap, message: message)
        }
        guard let report else {
            return make(.unread, claimedHours ?? 0, claim.problem.map { "文件未读取：\($0)" } ?? "文件尚未读取")
        }
        if let e = report.error { return make(.unread, claimedHours ?? 0, "无法读取：\(e.message)") }
        if report.flags.contains(where: { $0.code == "not-evidence" }) || report.mode == .unknown {
            return make(.notEvidence, claimedHours ?? 0, item?.note ?? "非证明材料或无法判断类型，需人工认定")
        }
        if let m = Manifest.mode(claim.claimedMode), m != report.mode {
            return make(.mode, abs((claimedHours ?? 0) - (item?.hours ?? 0)),
                        "申报为“\(m.chinese)”，材料识别为“\(report.mode.chinese)”")
        }
        if report.proposal == nil {
            return make(.noProposal, claimedHours ?? 0, item?.note ?? "没有认定建议，需人工认定")
        }
        if let item, !item.counted {
            return make(.year, claimedHours ?? item.hours ?? 0, item.note ?? "不计入本年度")
        }
        if let c = claimedHours, let p = item?.hours, abs(c - p) >= 0.5 {
            return make(.hours, abs(c - p), "申报 \(h(c)) 学时，建议认定 \(h(p)) 学时（\(report.proposal?.rule ?? "")）")
        }
        let warnings = report.flags.filter { $0.severity >= .warning }
        if !warnings.isEmpty {
            return make(.warnings, 0, "须核对：" + warnings.map(\.code).joined(separator: "、"))
        }
        return nil
    }
}
