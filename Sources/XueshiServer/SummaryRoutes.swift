import Foundation
import Hummingbird
import XueshiCore
import XueshiPolicy
import XueshiStore

/// A learner's year against the requirement (90 学时, 60 of them 专业), from their uploads: rejected ones left out,
/// adjusted ones at the reviewer's hours, drafts and filed ones at the proposal.
extension WebAPI {
    struct SummaryItem: Codable {
        var id: String
        var file: String
        var status: String
        var hours: Double?
        var subject: String?
        var counted: Bool
        var note: String?

        enum CodingKeys: String, CodingKey { case id, file, status, hours, subject, counted, note }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(id, forKey: .id); try c.encode(file, forKey: .file); try c.encode(status, forKey: .status)
            try c.encode(hours, forKey: .hours); try c.encode(subject, forKey: .subject); try c.encode(counted, forKey: .counted)
            try c.encode(note, forKey: .note)
        }
    }

    struct Summary: Codable {
        var year: Int
        var required: Double
        var requiredProfessional: Double
        var total: Double
        var professional: Double
        var `public`: Double
        var missingTotal: Double
        var missingProfessional: Double
        var conclusion: String
        var items: [SummaryItem]
    }

    func summary(_ request: Request) async throws -> Response {
        let c = try await caller(request)
        guard c.account.role == .learner else { throw APIError.forbidden }
        var year = Calendar(identifier: .gregorian).component(.year, from: Date(timeIntervalSince1970: now()))
        if let y = request.uri.queryParameters.get("year") {
            guard let v = Int(y), (1900...2100).contains(v) else { throw APIError.badQuery("年份应为四位数字，如 2025") }
            year = v
        }
        let uploads = try await store.uploads(UploadFilter(account: c.account.username, year: year))
            .filter { $0.status != .rejected }
            .sorted { ($0.createdAt, $0.id) < ($1.createdAt, $1.id) }
        let reports: [Report] = uploads.map { u in
            var r = u.report
            r.file = u.id
            if u.status == .adjusted, let h = u.decision?.hours { r.proposal?.hours = h }
            return r
        }
        let s = runtime.pipeline.policies.summarize(reports, year: year)
        let byId = Dictionary(uniqueKeysWithValues: uploads.map { ($0.id, $0) })
        let items = s.items.compactMap { i -> SummaryItem? in
            guard let u = byId[i.file] else { return nil }
            return SummaryItem(id: u.id, file: Masking.text(u.name), status: u.status.rawValue, hours: i.hours,
                               subject: i.subject?.rawValue, counted: i.counted, note: i.note)
        }
        return try json(Summary(year: year, required: s.required ?? 90, requiredProfessional: s.requiredProfessional ?? 60,
                                total: s.total, professional: s.professional, public: s.public, missingTotal: s.missingTotal,
                                missingProfessional: s.missingProfessional, conclusion: s.conclusion, items: items))
    }
}
