import XueshiCore
import XueshiNormalize

/// A proposal and the flags the standard gives rise to, for one document.
public struct PolicyOutcome: Sendable {
    public var proposal: Proposal?
    public var flags: [Flag]
    /// The standard applied (also when no rule of it produced a proposal).
    public var policy: String?

    public init(proposal: Proposal? = nil, flags: [Flag] = [], policy: String? = nil) {
        self.proposal = proposal; self.flags = flags; self.policy = policy
    }
}

extension Condition {
    func holds(_ e: EvidenceFacts) -> Bool {
        if let m = mode, !m.contains(e.mode) { return false }
        if let k = kind, !k.contains(e.kind) { return false }
        for (name, test) in facts where !test.accepts(e.fact(name)?.value) { return false }
        if has.contains(where: { e.fact($0) == nil }) { return false }
        if lacks.contains(where: { e.fact($0) != nil }) { return false }
        if !text.isEmpty || !notText.isEmpty {
            // Field values count as text too, so a report read back without its document still matches 公需 by its issuer.
            let hay = e.text + "\n" + e.fields.values.map { $0.value.description + " " + ($0.text ?? "") }.joined(separator: "\n")
            if !text.isEmpty && !text.contains(where: { hay.contains($0) }) { return false }
            if notText.contains(where: { hay.contains($0) }) { return false }
        }
        return true
    }
}

extension PolicySet {
    /// The standard for a document: `policyId` if given, else the one whose period covers the activity's date.
    public func propose(_ e: EvidenceFacts, policyId: String? = nil) -> PolicyOutcome {
        guard e.mode != .unknown else { return PolicyOutcome() }
        var flags: [Flag] = []
        var cap = 1.0
        var notes: [String] = []
        let date = e.activityDate
        let policy: Policy
        if let id = policyId {
            guard let p = self.policy(id: id) else { return PolicyOutcome() }
            policy = p
        } else if let date {
            guard let p = covering(date.last) else {
                let periods = regional.sorted { $0.from < $1.from }
                    .map { "\($0.id) \($0.from.iso)～\($0.to?.iso ?? "")" }.joined(separator: "，")
                return PolicyOutcome(flags: [Flag(.outsidePolicyPeriod, severity: .warning,
                    message: "活动日期 \(date.last.iso) 不在任何折算标准的适用期内（\(periods)），无法提出认定建议")])
            }
            policy = p
            if date.first != date.last, covering(date.first)?.id != p.id {
                cap = min(cap, 0.5)
                notes.append("发表月份跨越新旧标准分界，按月末日期适用\(p.citation)，请核对具体日期")
            }
        } else {
            guard let p = current else { return PolicyOutcome() }
            policy = p
            cap = min(cap, 0.3)
            flags.append(Flag(.policyDateUnknown, severity: .info,
                              message: "材料没有可用的日期（结束日期、发证日期或发表月份），无法确定适用的折算标准，暂按\(policy.citation)提出建议，请核对"))
        }
        flags += dailyCap(e, policy)
        if e.kind == "acceptance-notice" {
            // A promise is credited when it is kept: no rule converts an acceptance or a filing receipt itself.
            flags.append(Flag(.proposalUnavailable, severity: .info,
                              message: "录用通知或受理通知只证明稿件被接收或申请被受理，\(policy.citation)不据此折算学时；论文刊出、专利授权或参会后凭相应材料认定"))
            return PolicyOutcome(flags: flags, policy: policy.id)
        }

        // An activity the standard does not count is counted only by a rule that names its kind: the general
        // rules of its mode ("other activities at their printed hours") were not written for it.
        let uncounted = policy.notCounted.first { $0.kinds.contains(e.kind) }
        let candidates = policy.rules.filter { $0.when.holds(e) && (uncounted == nil || $0.when.kind?.contains(e.kind) == true) }
        guard let (rule, c) = candidates.lazy.compactMap({ r in r.hours.compute(e).map { (r, $0) } }).first else {
            if let u = uncounted, candidates.isEmpty {
                let printed = e.number("hours").map { "材料所载\(Wording.number($0))小时照录，" } ?? ""
                flags.append(Flag(.notCountedByStandard, severity: .info,
                                  message: "\(policy.citation)没有把\(u.name)列为继续教育学时的认定方式，现行标准不计学时；\(printed)不提出认定建议"
                                      + (u.source.map { "（\($0)）" } ?? "")))
                return PolicyOutcome(flags: flags, policy: policy.id)
            }
            let message: String
            if let r = candidates.first {
                let missing = r.hours.requiredFacts.filter { e.fact($0) == nil }.map { Wording.factName[$0] ?? $0 }
                message = "按\(policy.citation)“\(r.name)”（规则 \(r.id)）折算需要\(missing.isEmpty ? "可用的事实" : missing.joined(separator: "、"))，材料中未识别到，需人工认定"
            } else if let needs = Self.missingFacts(policy, e), !needs.isEmpty {
                message = "按\(policy.citation)折算\(e.activityName)所需的事实（\(needs.joined(separator: "、"))）未在材料中识别到，需人工认定"
            } else {
                message = "\(policy.citation)中没有适用于此类材料（\(e.activityName)）的折算规则，需人工认定"
            }
            flags.append(Flag(.proposalUnavailable, severity: .info, message: message))
            return PolicyOutcome(flags: flags, policy: policy.id)
        }

        var confidence = e.classification
        for f in Set(c.used + Array(rule.when.facts.keys)) { if let fc = e.fact(f)?.confidence { confidence = min(confidence, fc) } }
        confidence *= rule.certainty.weight
        if let a = c.assumption { cap = min(cap, 0.6); notes.append(a) }
        if rule.certainty == .unknown {
            cap = min(cap, policy.provisionalConfidence)
            flags.append(Flag(.policyValueProvisional, severity: .info,
                              message: "“\(rule.name)”的折算值未见公布，\(Wording.number(c.hours))学时是按\(policy.id)中暂定值（\(rule.source)）算出的，须人工核定"))
        }

        let shown = Wording.order.filter { Set(c.used + Array(rule.when.facts.keys)).contains($0) }
        let facts = shown.compactMap { f in e.fact(f).map { Wording.fact(f, $0.value, kind: e.kind) } }
        var basis = Wording.activity(e)
        if !facts.isEmpty { basis += "，" + facts.joined(separator: "，") }
        basis += "；依\(policy.citation)“\(rule.name)”（规则 \(rule.id)）：\(c.steps)"
        if rule.certainty == .unknown { basis += "（暂定值）" }
        if !notes.isEmpty { basis += "（" + notes.joined(separator: "；") + "）" }
        basis += "。"

        let subject: Subject
        switch rule.subject {
        case .public: subject = .public
        case .professional: subject = .professional
        case .either: subject = e.subject == .public || e.subject == .professional ? e.subject! : .unknown
        }
        let proposal = Proposal(policy: policy.id, hours: (c.hours * 100).rounded() / 100, subject: subject, rule: rule.id,
                                basis: basis, confidence: (min(confidence, cap) * 1000).rounded() / 1000)
        return PolicyOutcome(proposal: proposal, flags: flags, policy: policy.id)
    }

    /// What the rules for this kind of evidence would need that the document does not state: 期刊级别、字数.
    static func missingFacts(_ policy: Policy, _ e: EvidenceFacts) -> [String]? {
        let sameKind = policy.rules.filter { r in
            (r.when.mode.map { $0.contains(e.mode) } ?? true) && (r.when.kind.map { $0.contains(e.kind) } ?? true)
        }
        guard !sameKind.isEmpty else { return nil }
        var out: [String] = []
        for r in sameKind {
            for f in r.when.facts.keys.sorted() + r.when.has + r.hours.requiredFacts where e.fact(f) == nil {
                let name = Wording.factName[f] ?? f
                if !out.contains(name) { out.append(name) }
            }
        }
        return out
    }

    /// More hours than the days could hold (the standard's daily maximum) suggests an altered or mistaken certificate.
    func dailyCap(_ e: EvidenceFacts, _ policy: Policy) -> [Flag] {
        guard let max = policy.dailyMax, max.modes.contains(e.mode), let hours = e.number("hours"), let days = e.spanDays,
              hours > Double(days) * max.hours + 1e-9 else { return [] }
        let provisional = max.certainty == .unknown ? "（暂定上限）" : ""
        return [Flag(.hoursExceedDailyCap, severity: .warning,
                     message: "载明\(Wording.number(hours))学时，活动共\(days)天，超过\(policy.citation)每天最多\(Wording.number(max.hours))学时的上限\(provisional)（至多\(Wording.number(Double(days) * max.hours))学时）",
                     page: e.fields["hours"]?.page)]
    }

    /// The rule a proposal names, to tell converted claims from the rest.
    public func rule(of proposal: Proposal) -> Rule? {
        policy(id: proposal.policy)?.rules.first { $0.id == proposal.rule }
    }
}
