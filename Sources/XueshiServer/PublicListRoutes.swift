import Foundation
import Hummingbird
import NIOCore
import XueshiCore
import XueshiPolicy
import XueshiStore

/// The unit's public list (公示名单) and the export of confirmed declarations for the provincial system. The list
/// needs no login (it is the notice the rules require): learner, items, subjects, hours asked and granted, the
/// period; no ID numbers (file names masked), no evidence, nothing a reviewer wrote for the learner alone.
extension WebAPI {
    struct PublicItem: Codable {
        var file: String
        var subject: Subject
        var hours: Double?
        var granted: Double?

        enum CodingKeys: String, CodingKey { case file, subject, hours, granted }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(file, forKey: .file); try c.encode(subject, forKey: .subject)
            try c.encode(hours, forKey: .hours); try c.encode(granted, forKey: .granted)
        }
    }

    struct PublicEntry: Codable {
        var learner: String
        var state: DeclarationState
        var publicFrom: String?
        var publicUntil: String?
        var items: [PublicItem]
        var hoursAsked: Double
        var hoursGranted: Double?

        enum CodingKeys: String, CodingKey { case learner, state, publicFrom, publicUntil, items, hoursAsked, hoursGranted }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(learner, forKey: .learner); try c.encode(state, forKey: .state)
            try c.encode(publicFrom, forKey: .publicFrom); try c.encode(publicUntil, forKey: .publicUntil)
            try c.encode(items, forKey: .items); try c.encode(hoursAsked, forKey: .hoursAsked); try c.encode(hoursGranted, forKey: .hoursGranted)
        }
    }

    struct PublicList: Codable {
        var unit: String
        var year: Int
        var entries: [PublicEntry]
    }

    static let shownStates: Set<DeclarationState> = [.public, .approved, .confirmed]

    func publicEntries(_ request: Request) async throws -> PublicList {
        guard let unit = request.uri.queryParameters.get("unit"), !unit.isEmpty, unit.count <= 100 else {
            throw APIError.badQuery("请指定单位（unit）")
        }
        let year = try yearQuery(request, required: true)!
        var entries: [PublicEntry] = []
        for stored in try await store.declarations(DeclarationFilter(unit: unit, year: year, states: WebAPI.shownStates)) {
            let d = try await current(stored)
            let granted = d.state == .public ? nil : d.items.compactMap(\.granted).reduce(0, +)
            entries.append(PublicEntry(
                learner: d.account, state: d.state, publicFrom: d.publicFrom?.iso, publicUntil: d.publicUntil?.iso,
                items: d.items.map { PublicItem(file: Masking.text($0.file), subject: $0.subject, hours: $0.hours, granted: $0.granted) },
                hoursAsked: d.totals.total, hoursGranted: granted))
        }
        return PublicList(unit: unit, year: year, entries: entries)
    }

    func publicList(_ request: Request) async throws -> Response {
        try json(try await publicEntries(request))
    }

    func publicListCSV(_ request: Request) async throws -> Response {
        let list = try await publicEntries(request)
        var out = "\u{FEFF}" + CSV.line(["账号", "材料", "申报科目", "申报学时", "认定学时", "公示期", "状态"])
        for e in list.entries {
            let period = [e.publicFrom, e.publicUntil].compactMap { $0 }.joined(separator: " 至 ")
            for i in e.items {
                out += CSV.line([e.learner, i.file, i.subject.chinese, i.hours.map { Wording.number($0) } ?? "",
                                 i.granted.map { Wording.number($0) } ?? "", period, e.state.chinese])
            }
        }
        return csv(out, name: "public-list-\(list.year).csv")
    }

    func csv(_ text: String, name: String) -> Response {
        Response(status: .ok, headers: [.contentType: "text/csv; charset=utf-8",
                                        .contentDisposition: "attachment; filename=\"\(name)\""],
                 body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// One exported row: an item of a confirmed declaration, with the standard applied to it (by its date: 2001
    /// before 2025-06-13, 2025 from then, as the proposal chose it).
    struct ExportRow: Codable {
        var learner: String
        var unit: String?
        var year: Int
        var declaration: String
        var file: String
        var sha256: String
        var date: String?
        var subject: Subject
        var hours: Double?
        var granted: Double?
        var policy: String?
        var rule: String?
        var counted: Bool

        enum CodingKeys: String, CodingKey { case learner, unit, year, declaration, file, sha256, date, subject, hours, granted, policy, rule, counted }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(learner, forKey: .learner); try c.encode(unit, forKey: .unit); try c.encode(year, forKey: .year)
            try c.encode(declaration, forKey: .declaration); try c.encode(file, forKey: .file); try c.encode(sha256, forKey: .sha256)
            try c.encode(date, forKey: .date); try c.encode(subject, forKey: .subject); try c.encode(hours, forKey: .hours)
            try c.encode(granted, forKey: .granted); try c.encode(policy, forKey: .policy); try c.encode(rule, forKey: .rule)
            try c.encode(counted, forKey: .counted)
        }
    }

    func exportRows(_ request: Request) async throws -> (year: Int, rows: [ExportRow]) {
        let c = try await reviewer(request)
        let year = try yearQuery(request, required: true)!
        let confirmed = try await store.declarations(DeclarationFilter(unit: c.account.unit, year: year, states: [.confirmed]))
        let rows = confirmed.flatMap { d in
            d.items.map { i in
                ExportRow(learner: d.account, unit: d.unit, year: d.year, declaration: d.id, file: Masking.text(i.file),
                          sha256: i.sha256, date: i.date, subject: i.subject, hours: i.hours, granted: i.granted,
                          policy: i.policy, rule: i.rule, counted: i.counted)
            }
        }
        return (year, rows)
    }

    func exportCSV(_ request: Request) async throws -> Response {
        let (year, rows) = try await exportRows(request)
        var out = "\u{FEFF}" + CSV.line(["账号", "单位", "年度", "申报编号", "材料", "SHA-256", "日期", "科目", "建议学时", "认定学时", "标准", "规则", "计入"])
        for r in rows {
            out += CSV.line([r.learner, r.unit ?? "", String(r.year), r.declaration, r.file, r.sha256, r.date ?? "", r.subject.chinese,
                             r.hours.map { Wording.number($0) } ?? "", r.granted.map { Wording.number($0) } ?? "",
                             r.policy ?? "", r.rule ?? "", r.counted ? "是" : "否"])
        }
        return csv(out, name: "declarations-\(year).csv")
    }

    func exportJSONL(_ request: Request) async throws -> Response {
        let (year, rows) = try await exportRows(request)
        var out = Data()
        for r in rows { out += try WebAPI.encoder.encode(r) + Data("\n".utf8) }
        return Response(status: .ok, headers: [.contentType: "application/x-ndjson; charset=utf-8",
                                               .contentDisposition: "attachment; filename=\"declarations-\(year).jsonl\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: out)))
    }
}

extension Subject {
    var chinese: String {
        switch self {
        case .public: "公需"
        case .professional: "专业"
        case .unknown: "未定"
        }
    }
}
