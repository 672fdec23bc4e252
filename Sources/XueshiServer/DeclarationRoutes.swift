import Foundation
import Hummingbird
import NIOCore
import XueshiCore
import XueshiNormalize
import XueshiPolicy
import XueshiStore

/// The annual declaration (学时认定申报): a learner's one a year, filed once and frozen, shown publicly by the
/// unit and confirmed step by step. Every step goes through `DeclarationFlow`; the store refuses a change to a
/// filed one whatever asks.
extension WebAPI {
    struct DeclarationList: Codable { var declarations: [Declaration] }
    struct NewDeclarationBody: Decodable { var year: Int }
    struct SubjectsBody: Decodable { var subjects: [String: String] }
    struct PublishBody: Decodable { var days: Int? }
    struct TextBody: Decodable { var text: String }
    struct ReasonBody: Decodable { var reason: String }

    /// Today as declarations count days: the runtime's, else the clock's day in China.
    func today() -> DayDate {
        if let t = runtime.today { return t }
        let days = Int(((now() + 8 * 3600) / 86400).rounded(.down))
        return WorkingDays.day(ordinal: days) ?? DayDate(year: 2026, month: 1, day: 1)!
    }

    func actor(_ a: Account) -> DeclarationActor {
        let role: DeclarationActor.Role = switch a.role {
        case .learner: .learner
        case .reviewer: .reviewer
        case .admin: .admin
        }
        return DeclarationActor(username: a.username, role: role, unit: a.unit)
    }

    static func apiError(_ e: DeclarationError) -> APIError {
        switch e.kind {
        case .exists, .frozen, .badState: APIError(.conflict, e.code, e.message)
        case .oneWay: APIError(.unprocessableContent, e.code, e.message)
        case .forbidden: APIError(.forbidden, "forbidden", e.message)
        case .badInput: APIError(.badRequest, e.code, e.message)
        }
    }

    /// The declaration if this caller may see it (its learner; a reviewer of its unit once filed); else 404.
    func visibleDeclaration(_ id: String, to c: Caller) async throws -> Declaration {
        guard id.count <= 64, let d = try await store.declaration(id: id) else { throw APIError.declarationNotFound }
        switch c.account.role {
        case .learner where d.account == c.account.username: return d
        case .reviewer where c.account.unit != nil && d.unit == c.account.unit && d.state != .draft: return d
        default: throw APIError.declarationNotFound
        }
    }

    /// A draft follows the learner's uploads; a filed one keeps its items and is graded with the unit's decisions.
    func current(_ d: Declaration) async throws -> Declaration {
        var d = d
        let uploads = try await store.uploads(UploadFilter(account: d.account, year: d.year))
        if d.state == .draft {
            d.items = DeclarationBuilder.draftItems(uploads, asked: d.askedSubjects)
        }
        var byId = Dictionary(uniqueKeysWithValues: uploads.map { ($0.id, $0) })
        for item in d.items where byId[item.upload] == nil {
            // An item whose upload's year was read differently since: still the declaration's.
            if let u = try await store.upload(id: item.upload) { byId[u.id] = u }
        }
        // Hours are granted once, at approval: after it the items stand as approved.
        if d.state == .draft || d.state == .filed || d.state == .public {
            DeclarationBuilder.grade(&d, uploads: byId, policies: runtime.pipeline.policies)
        }
        return d
    }

    func yearQuery(_ request: Request, required: Bool) throws -> Int? {
        guard let y = request.uri.queryParameters.get("year"), !y.isEmpty else {
            if required { throw APIError.badQuery("请指定年度（year），如 2025") }
            return nil
        }
        guard let v = Int(y), (1900...2100).contains(v) else { throw APIError.badQuery("年份应为四位数字，如 2025") }
        return v
    }

    func declarations(_ request: Request) async throws -> Response {
        let c = try await caller(request)
        let year = try yearQuery(request, required: false)
        let filter: DeclarationFilter
        switch c.account.role {
        case .learner: filter = DeclarationFilter(account: c.account.username, year: year)
        case .reviewer:
            guard let unit = c.account.unit else { throw APIError.forbidden }
            filter = DeclarationFilter(unit: unit, year: year, states: Set(DeclarationState.allCases).subtracting([.draft]))
        case .admin: throw APIError.forbidden
        }
        var out: [Declaration] = []
        for d in try await store.declarations(filter) { out.append(try await current(d)) }
        return try json(DeclarationList(declarations: out))
    }

    func createDeclaration(_ request: Request) async throws -> Response {
        let c = try await changer(request)
        guard c.account.role == .learner else { throw APIError.forbidden }
        let b = try await decode(NewDeclarationBody.self, request)
        guard (1900...2100).contains(b.year) else { throw APIError.badRequest("年份应为四位数字，如 2025") }
        var d = Declaration(id: "d-" + Secrets.token(12), account: c.account.username, unit: c.account.unit, year: b.year,
                            createdAt: now())
        d.audit.append(DeclarationAuditEntry(at: now(), by: c.account.username, action: .create))
        d = try await current(d)
        do { try await store.addDeclaration(d) } catch let e as DeclarationError { throw WebAPI.apiError(e) }
        return try json(d, status: .created)
    }

    func showDeclaration(_ request: Request, context: ServerContext) async throws -> Response {
        let c = try await caller(request)
        return try json(try await current(try await visibleDeclaration(context.parameters.get("id") ?? "", to: c)))
    }

    /// Takes one step of the flow and saves it. A refused step that would have changed a filed declaration is
    /// written to its trail (who tried what), then answered with the refusal.
    func step(_ request: Request, context: ServerContext, _ make: (Caller, Declaration) async throws -> DeclarationFlow.Step) async throws -> Response {
        let c = try await changer(request)
        let stored = try await visibleDeclaration(context.parameters.get("id") ?? "", to: c)
        var d = try await current(stored)
        let step = try await make(c, d)
        do {
            try DeclarationFlow.take(step, on: &d, by: actor(c.account), today: today(), now: now())
        } catch let e as DeclarationError {
            if e.kind == .frozen {
                var logged = stored
                logged.audit.append(DeclarationAuditEntry(at: now(), by: c.account.username, action: .refused, note: e.message))
                try? await store.saveDeclaration(logged, by: c.account.username, now: now())
            }
            throw WebAPI.apiError(e)
        }
        do { try await store.saveDeclaration(d, by: c.account.username, now: now()) } catch let e as DeclarationError {
            throw WebAPI.apiError(e)
        }
        if case .file = step {
            // Filed with the declaration: its uploads go to the unit's queue, where reviewers decide them.
            for item in d.items {
                guard var u = try await store.upload(id: item.upload), u.status == .draft else { continue }
                u.status = .filed
                u.filedAt = now()
                try await store.updateUpload(u)
            }
        }
        return try json(try await current(d))
    }

    func setSubjects(_ request: Request, context: ServerContext) async throws -> Response {
        try await step(request, context: context) { _, _ in
            let b = try await decode(SubjectsBody.self, request)
            guard b.subjects.count <= 500 else { throw APIError.badRequest("一次最多设置 500 份材料的科目") }
            var asked: [String: Subject] = [:]
            for (k, v) in b.subjects {
                guard v == "public" || v == "professional", let s = Subject(rawValue: v) else {
                    throw APIError.badRequest("申报科目应为 public（公需）或 professional（专业）")
                }
                asked[k] = s
            }
            return .subjects(asked)
        }
    }

    func fileDeclaration(_ request: Request, context: ServerContext) async throws -> Response {
        try await step(request, context: context) { _, _ in .file }
    }

    func publishDeclaration(_ request: Request, context: ServerContext) async throws -> Response {
        try await step(request, context: context) { _, _ in
            let b = try await decodeOrEmpty(PublishBody.self, request) ?? PublishBody(days: nil)
            return .publish(days: b.days ?? DeclarationFlow.defaultPublicDays)
        }
    }

    func objectToDeclaration(_ request: Request, context: ServerContext) async throws -> Response {
        // Anyone of the unit may object while it is shown, not only those who see the declaration otherwise.
        let c = try await changer(request)
        let id = context.parameters.get("id") ?? ""
        guard id.count <= 64, let stored = try await store.declaration(id: id), c.account.unit != nil, stored.unit == c.account.unit,
              stored.state != .draft else { throw APIError.declarationNotFound }
        let b = try await decode(TextBody.self, request)
        var d = try await current(stored)
        do {
            try DeclarationFlow.take(.object(b.text), on: &d, by: actor(c.account), today: today(), now: now())
            try await store.saveDeclaration(d, by: c.account.username, now: now())
        } catch let e as DeclarationError { throw WebAPI.apiError(e) }
        // The objector sees the declaration only as far as the public list shows it, and their own objections:
        // the trail, notes and a return's reason are the learner's and the unit's alone.
        let owner = c.account.username == d.account || c.account.role == .reviewer
        return try json(owner ? d : WebAPI.publicView(d, for: c.account.username))
    }

    func answerObjection(_ request: Request, context: ServerContext) async throws -> Response {
        try await step(request, context: context) { _, _ in
            guard let n = context.parameters.get("n").flatMap(Int.init) else { throw APIError.badRequest("异议编号不正确") }
            let b = try await decode(TextBody.self, request)
            return .answer(n: n, text: b.text)
        }
    }

    func approveDeclaration(_ request: Request, context: ServerContext) async throws -> Response {
        try await step(request, context: context) { _, _ in .approve }
    }

    func confirmDeclaration(_ request: Request, context: ServerContext) async throws -> Response {
        try await step(request, context: context) { _, _ in .confirm }
    }

    func returnDeclaration(_ request: Request, context: ServerContext) async throws -> Response {
        try await step(request, context: context) { _, _ in
            .sendBack(reason: try await decode(ReasonBody.self, request).reason)
        }
    }

    /// What someone of the unit who is neither the learner nor a reviewer may see of a declaration they object to.
    static func publicView(_ d: Declaration, for username: String) -> Declaration {
        var v = d
        v.audit = []
        v.returnReason = nil
        v.objections = d.objections.filter { $0.by == username }
        for i in v.items.indices { v.items[i].note = nil; v.items[i].rule = nil }
        return v
    }

    /// A body that may be empty: nil for no bytes, else decoded.
    func decodeOrEmpty<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T? {
        let data = try await body(request)
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D }) { return nil }
        do { return try JSONDecoder().decode(T.self, from: data) } catch { throw APIError.badRequest("请求内容不是有效的 JSON，或缺少必填项") }
    }
}

extension APIError {
    static let declarationNotFound = APIError(.notFound, "not-found", "没有找到这份申报")
}
