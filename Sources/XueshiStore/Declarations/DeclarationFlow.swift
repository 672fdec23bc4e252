import Foundation
import XueshiCore
import XueshiNormalize
import XueshiPolicy

/// The review steps as one state machine: draft → filed → public (公示) → approved → confirmed, and back to draft
/// only by a reviewer's return. Every step checks who may take it and from which state, and writes the audit
/// trail; nothing else changes a declaration's state.
public enum DeclarationFlow {
    public enum Step: Sendable {
        /// The learner asks subjects (draft only).
        case subjects([String: Subject])
        /// The learner files it: final.
        case file
        /// A reviewer shows it publicly for `days` working days from today.
        case publish(days: Int)
        /// Anyone of the unit objects during the public period.
        case object(String)
        /// A reviewer answers objection `n`.
        case answer(n: Int, text: String)
        /// A reviewer approves it once the period is over and every objection answered; items' `granted` set.
        case approve
        /// A reviewer confirms an approved one.
        case confirm
        /// A reviewer sends it back to the learner, with the reason.
        case sendBack(reason: String)
    }

    public static let defaultPublicDays = 5
    public static let publicDays = 1...30

    /// Takes `step` on `d` or throws, leaving `d` as it was.
    public static func take(_ step: Step, on d: inout Declaration, by actor: DeclarationActor, today: DayDate, now: Double) throws {
        var next = d
        try apply(step, on: &next, by: actor, today: today, now: now)
        d = next
    }

    static func apply(_ step: Step, on d: inout Declaration, by a: DeclarationActor, today: DayDate, now: Double) throws {
        func need(_ states: Set<DeclarationState>, _ what: String) throws {
            guard states.contains(d.state) else {
                throw DeclarationError(.badState, "申报当前为“\(d.state.chinese)”，不能\(what)")
            }
        }
        func reviewer() throws {
            guard a.isReviewer(of: d) else { throw DeclarationError(.forbidden, "只有本单位的审核人员可以办理这一步") }
        }
        func log(_ action: DeclarationAuditEntry.Action, _ note: String? = nil) {
            d.audit.append(DeclarationAuditEntry(at: now, by: a.username, action: action, note: note))
        }
        switch step {
        case .subjects(let asked):
            guard a.username == d.account else { throw DeclarationError(.forbidden, "只有申报人本人可以选择申报科目") }
            guard d.state == .draft else { throw DeclarationError.frozen(d) }
            var changed: [String] = []
            for (upload, subject) in asked.sorted(by: { $0.key < $1.key }) {
                guard let i = d.items.firstIndex(where: { $0.upload == upload }) else {
                    throw DeclarationError(.badInput, "申报中没有这份材料：\(upload)")
                }
                guard subject == .public || subject == .professional else {
                    throw DeclarationError(.badInput, "申报科目只能是公需或专业")
                }
                if subject == .professional && d.items[i].proposedSubject == .public {
                    throw DeclarationError(.oneWay, "公需科目不能计为专业科目（\(d.items[i].file)）：专业科目超出部分可计入公需，反之不可")
                }
                if d.items[i].subject != subject { changed.append("\(d.items[i].file)：\(subject == .public ? "公需" : "专业")") }
                d.items[i].subject = subject
            }
            log(.subjects, changed.isEmpty ? nil : changed.joined(separator: "；"))
        case .file:
            guard a.username == d.account else { throw DeclarationError(.forbidden, "只有申报人本人可以提交申报") }
            guard d.state == .draft else { throw DeclarationError.frozen(d) }
            guard !d.items.isEmpty else { throw DeclarationError(.badInput, "申报中没有任何材料，不能提交") }
            d.state = .filed
            d.filedAt = now
            d.returnReason = nil
            log(.file, "\(d.items.count) 份材料，申报 \(Wording.number(d.totals.total)) 学时")
        case .publish(let days):
            try reviewer()
            try need([.filed], "公示")
            guard publicDays.contains(days) else { throw DeclarationError(.badInput, "公示期应为 1 至 30 个工作日") }
            guard let period = WorkingDays.period(from: today, count: days) else { throw DeclarationError(.badInput, "无法计算公示期") }
            d.state = .public
            d.publicFrom = period.first
            d.publicUntil = period.last
            log(.publish, "公示 \(days) 个工作日：\(period.first.iso) 至 \(period.last.iso)")
        case .object(let text):
            guard a.unit != nil && a.unit == d.unit else { throw DeclarationError(.forbidden, "只有本单位人员可以对公示提出异议") }
            try need([.public], "提出异议（只在公示期内受理）")
            if let until = d.publicUntil, today > until { throw DeclarationError(.badState, "公示期已于 \(until.iso) 结束，不再受理异议") }
            let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !t.isEmpty, t.count <= 2000 else { throw DeclarationError(.badInput, "异议内容不能为空，且不超过 2000 字") }
            d.objections.append(DeclarationObjection(n: d.objections.count + 1, by: a.username, at: now, text: t))
            log(.object, "异议 \(d.objections.count)")
        case .answer(let n, let text):
            try reviewer()
            try need([.public], "答复异议")
            guard let i = d.objections.firstIndex(where: { $0.n == n }) else { throw DeclarationError(.badInput, "没有第 \(n) 条异议") }
            guard d.objections[i].answer == nil else { throw DeclarationError(.badState, "第 \(n) 条异议已答复") }
            let t = text.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !t.isEmpty, t.count <= 2000 else { throw DeclarationError(.badInput, "答复内容不能为空，且不超过 2000 字") }
            d.objections[i].answer = t
            d.objections[i].answeredBy = a.username
            d.objections[i].answeredAt = now
            log(.answer, "异议 \(n)")
        case .approve:
            try reviewer()
            try need([.public], "审核通过（须先公示）")
            if let until = d.publicUntil, today <= until {
                throw DeclarationError(.badState, "公示期至 \(until.iso) 结束，公示期满后才能审核通过")
            }
            let open = d.objections.filter { $0.answer == nil }.map(\.n)
            guard open.isEmpty else {
                throw DeclarationError(.badState, "还有未答复的异议（第 " + open.map(String.init).joined(separator: "、") + " 条），答复后才能审核通过")
            }
            for i in d.items.indices { d.items[i].granted = d.items[i].counted ? (d.items[i].hours ?? 0) : 0 }
            d.state = .approved
            log(.approve, "认定 \(Wording.number(d.totals.total)) 学时")
        case .confirm:
            try reviewer()
            try need([.approved], "确认（须先审核通过）")
            d.state = .confirmed
            log(.confirm)
        case .sendBack(let reason):
            try reviewer()
            try need([.filed, .public], "退回")
            let r = reason.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !r.isEmpty, r.count <= 2000 else { throw DeclarationError(.badInput, "退回须写明原因（不超过 2000 字）") }
            d.state = .draft
            d.returnReason = r
            d.publicFrom = nil
            d.publicUntil = nil
            log(.return, r)
        }
    }

    /// Whether `new` may replace `old` in the store: a declaration that is no longer a draft keeps its evidence and
    /// subjects, its learner and its year, whatever route asks. Nil when it may; else the refusal.
    public static func refusal(replacing old: Declaration, with new: Declaration) -> DeclarationError? {
        guard old.id == new.id, old.account == new.account, old.year == new.year, old.unit == new.unit else {
            return DeclarationError(.frozen, "申报的申报人、单位和年度不能更改")
        }
        if old.state != .draft && new.frozenPart != old.frozenPart { return .frozen(old) }
        // The trail only grows.
        guard new.audit.count >= old.audit.count, Array(new.audit.prefix(old.audit.count)) == old.audit else {
            return DeclarationError(.frozen, "审核记录只能追加，不能更改或删除")
        }
        return nil
    }
}
