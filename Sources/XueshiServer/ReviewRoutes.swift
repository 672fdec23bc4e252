import Foundation
import Hummingbird
import NIOCore
import XueshiCore
import XueshiPolicy
import XueshiStore

/// A reviewer's work: the unit's queue, riskiest first; decisions, each written to the audit trail; the decisions
/// as CSV.
extension WebAPI {
    func reviewer(_ request: Request, changing: Bool = false) async throws -> Caller {
        let c = changing ? try await changer(request) : try await caller(request)
        guard c.account.role == .reviewer, c.account.unit != nil else { throw APIError.forbidden }
        return c
    }

    func queue(_ request: Request) async throws -> Response {
        let c = try await reviewer(request)
        let q = request.uri.queryParameters
        func text(_ key: String) -> String? { q.get(key).flatMap { $0.isEmpty ? nil : $0 } }
        var year: Int?
        if let y = text("year") {
            guard let v = Int(y), (1900...2100).contains(v) else { throw APIError.badQuery("年份应为四位数字，如 2025") }
            year = v
        }
        let mode = text("mode")
        if let m = mode, Mode(rawValue: m) == nil { throw APIError.badQuery("没有这种形式：\(m)") }
        let flag = text("flag")
        if let f = flag, !(f.count <= 64 && f.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-") }) {
            throw APIError.badQuery("标记代码只含小写字母、数字和连字符")
        }
        let learner = text("learner")
        if let l = learner, !Account.validUsername(l) { throw APIError.badQuery("学员用户名不正确") }
        var statuses: Set<Upload.Status> = [.filed]
        if let s = text("status") {
            if s == "all" { statuses = [.filed, .accepted, .adjusted, .rejected] }
            else if let st = Upload.Status(rawValue: s), st != .draft { statuses = [st] }
            else { throw APIError.badQuery("状态应为 filed、accepted、adjusted、rejected 或 all") }
        }
        let rows = try await store.uploads(UploadFilter(unit: c.account.unit, statuses: statuses, year: year))
            .filter { u in
                (mode == nil || u.report.mode.rawValue == mode) && (learner == nil || u.account == learner)
                    && (flag == nil || u.report.flags.contains { $0.code == flag })
            }
            .sorted(by: Upload.riskiestFirst)
        return try json(Items(items: rows.map(EvidenceSummary.init)))
    }

    struct DecisionBody: Decodable {
        var action: String
        var hours: Double?
        var reason: String?
    }

    func decide(_ request: Request, context: ServerContext) async throws -> Response {
        let c = try await reviewer(request, changing: true)
        var u = try await visible(context.parameters.get("id") ?? "", to: c)
        let b = try await decode(DecisionBody.self, request)
        guard let action = UploadDecision.Action(rawValue: b.action) else {
            throw APIError(.unprocessableContent, "bad-decision", "决定应为 accept（认定）、adjust（调整认定）或 reject（不予认定）")
        }
        let reason = b.reason?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let r = reason, r.count > 500 { throw APIError(.unprocessableContent, "bad-decision", "理由最多 500 字") }
        var hours: Double?
        switch action {
        case .accept:
            hours = u.report.proposal?.hours ?? u.report.fields["hours"]?.value.number
        case .adjust:
            guard let h = b.hours, h.isFinite, h >= 0, h <= 1000 else {
                throw APIError(.unprocessableContent, "bad-decision", "调整认定需要填写 0 到 1000 之间的学时")
            }
            hours = h
        case .reject:
            guard let r = reason, !r.isEmpty else { throw APIError(.unprocessableContent, "bad-decision", "不予认定需要填写理由") }
        }
        let before = u.status
        let t = now()
        // The audit trail: the status change, and for an adjustment the hours, each as its own row.
        try await store.record(ReviewDecision(sha256: u.sha256, reportId: nil, reviewer: c.account.username, at: t,
                                              field: "upload:\(u.id):status", before: before.rawValue, after: action.status.rawValue,
                                              reason: reason ?? ""))
        if action == .adjust {
            try await store.record(ReviewDecision(sha256: u.sha256, reportId: nil, reviewer: c.account.username, at: t,
                                                  field: "upload:\(u.id):hours", before: u.report.proposal.map { Wording.number($0.hours) },
                                                  after: hours.map { Wording.number($0) }, reason: reason ?? ""))
        }
        u.status = action.status
        u.decision = UploadDecision(action: action, hours: hours, reason: reason.flatMap { $0.isEmpty ? nil : $0 },
                                    reviewer: c.account.username, at: t)
        try await store.updateUpload(u)
        return try json(EvidenceView(u))
    }

    func decisionsCSV(_ request: Request) async throws -> Response {
        let c = try await reviewer(request)
        let decided = try await store.uploads(UploadFilter(unit: c.account.unit, statuses: [.accepted, .adjusted, .rejected]))
        var out = "\u{FEFF}" + CSV.line(["编号", "学员", "文件", "形式", "读到的学时", "建议学时", "决定", "认定学时", "理由", "审核人", "时间"])
        let time = ISO8601DateFormatter()
        for u in decided.sorted(by: { ($0.decision?.at ?? 0) < ($1.decision?.at ?? 0) }) {
            guard let d = u.decision else { continue }
            out += CSV.line([u.id, u.account, Masking.text(u.name), u.report.mode.chinese,
                             u.report.fields["hours"]?.value.number.map { Wording.number($0) } ?? "",
                             u.report.proposal.map { Wording.number($0.hours) } ?? "", d.action.chinese,
                             d.hours.map { Wording.number($0) } ?? "", Masking.text(d.reason ?? ""), d.reviewer,
                             time.string(from: Date(timeIntervalSince1970: d.at))])
        }
        return Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                               .contentDisposition: "attachment; filename=\"decisions.csv\""],
                        body: .init(byteBuffer: ByteBuffer(string: out)))
    }
}

extension UploadDecision.Action {
    var status: Upload.Status {
        switch self {
        case .accept: return .accepted
        case .adjust: return .adjusted
        case .reject: return .rejected
        }
    }
}
