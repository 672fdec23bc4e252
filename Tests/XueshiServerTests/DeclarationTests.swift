import Foundation
import Testing
import XueshiCore
import XueshiNormalize
import XueshiServer
import XueshiStore

/// The annual declaration through the API: one a year, frozen once filed, shown publicly, approved after the
/// period and confirmed, exported; other units see nothing of it.
@Suite struct DeclarationTests {
    static let samples = ["继续教育材料-71.pdf", "附件17.pdf", "263614561b.pdf"].map { name in
        (name, FileManager.default.contents(atPath: repo("corpus/samples/\(name)"))!)
    }
    static let tuesday = DayDate(year: 2026, month: 12, day: 1)!
    static let nextWeek = DayDate(year: 2026, month: 12, day: 8)!

    static func items(_ a: APIClient.Answer) -> [[String: Any]] { a.json["items"] as? [[String: Any]] ?? [] }

    @Test func aYearIsDeclaredOnceFrozenShownApprovedAndExported() async throws {
        let world = try await WebWorld()
        let holder = DeclarationHolder()
        try await world.test(today: Self.tuesday) { c in
            let li = APIClient(c)
            try await li.login("li")
            var uploads: [String: String] = [:]
            for (name, bytes) in Self.samples {
                let up = try await li.upload(name, bytes)
                #expect(up.status == 201, "\(name): \(up.text)")
                uploads[name] = try #require(up.json["id"] as? String)
            }
            #expect(try await li.send(.post, "/api/declarations", json: ["year": 2025], csrf: false).status == 403)
            let made = try await li.send(.post, "/api/declarations", json: ["year": 2025])
            #expect(made.status == 201, "\(made.text)")
            let id = try #require(made.json["id"] as? String)
            holder.id = id
            #expect(made.json["state"] as? String == "draft")
            #expect(Set(Self.items(made).compactMap { $0["upload"] as? String }) == Set(uploads.values))
            // The certificate's 40 hours are 专业 as proposed.
            let cert = try #require(Self.items(made).first { $0["upload"] as? String == uploads["继续教育材料-71.pdf"] })
            #expect(cert["subject"] as? String == "professional" && cert["hours"] as? Double == 40 && cert["counted"] as? Bool == true)

            let again = try await li.send(.post, "/api/declarations", json: ["year": 2025])
            #expect(again.status == 409 && again.code == "declaration-exists")

            // The online record asked as 公需: the totals follow.
            let online = try #require(uploads["263614561b.pdf"])
            let asked = try await li.send(.post, "/api/declarations/\(id)/subjects", json: ["subjects": [online: "public"]])
            #expect(asked.status == 200, "\(asked.text)")
            let totals = try #require(asked.json["totals"] as? [String: Any])
            #expect((totals["public"] as? Double ?? 0) >= 19)
            #expect(try await li.send(.post, "/api/declarations/\(id)/subjects", json: ["subjects": [online: "both"]]).status == 400)

            // Reviewers see no drafts.
            let wang = APIClient(c)
            try await wang.login("wang")
            #expect(try await wang.send(.get, "/api/declarations/\(id)").status == 404)

            let filed = try await li.send(.post, "/api/declarations/\(id)/file")
            #expect(filed.status == 200 && filed.json["state"] as? String == "filed", "\(filed.text)")
            // Filed with it, the uploads are in the unit's queue.
            let queue = try await wang.send(.get, "/api/queue")
            #expect((queue.json["items"] as? [Any])?.count == 3)

            // Frozen: no new subject, no second declaration; the attempt is in the trail.
            let late = try await li.send(.post, "/api/declarations/\(id)/subjects", json: ["subjects": [online: "professional"]])
            #expect(late.status == 409 && late.code == "declaration-frozen")
            #expect(try await li.send(.post, "/api/declarations/\(id)/file").status == 409)
            #expect(try await li.send(.post, "/api/declarations", json: ["year": 2025]).code == "declaration-exists")
            let trail = try #require(try await world.store.declaration(id: id)?.audit)
            #expect(trail.map(\.action) == [.create, .subjects, .file, .refused, .refused])
            #expect(try await world.store.declaration(id: id)?.items.first { $0.upload == online }?.subject == .public)
            // The learner cannot take the unit's steps.
            #expect(try await li.send(.post, "/api/declarations/\(id)/publish", json: ["days": 5]).status == 403)

            // Another unit's reviewer sees nothing.
            let zhao = APIClient(c)
            try await zhao.login("zhao")
            #expect(try await zhao.send(.get, "/api/declarations/\(id)").status == 404)
            #expect((try await zhao.send(.get, "/api/declarations?year=2025").json["declarations"] as? [Any])?.isEmpty == true)
            #expect(try await zhao.send(.post, "/api/declarations/\(id)/publish", json: ["days": 5]).status == 404)

            let listed = try await wang.send(.get, "/api/declarations?year=2025")
            #expect((listed.json["declarations"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])
            #expect(try await wang.send(.post, "/api/declarations/\(id)/publish", json: ["days": 0]).status == 400)
            let shown = try await wang.send(.post, "/api/declarations/\(id)/publish", json: ["days": 5])
            #expect(shown.status == 200 && shown.json["state"] as? String == "public", "\(shown.text)")
            #expect(shown.json["publicFrom"] as? String == "2026-12-01" && shown.json["publicUntil"] as? String == "2026-12-07")

            // The public list needs no login and carries no ID number, no evidence, no notes.
            let anyone = APIClient(c)
            let list = try await anyone.send(.get, "/api/public-list?unit=%E7%94%B2%E5%8D%95%E4%BD%8D&year=2025")
            #expect(list.status == 200, "\(list.text)")
            let entries = try #require(list.json["entries"] as? [[String: Any]])
            #expect(entries.map { $0["learner"] as? String } == ["li"])
            #expect(list.text.range(of: #"\d{17}[\dXx]"#, options: .regularExpression) == nil)
            #expect(!list.text.contains("sha256") && !list.text.contains("note") && !list.text.contains("/api/evidence"))
            let csv = try await anyone.send(.get, "/api/public-list.csv?unit=%E7%94%B2%E5%8D%95%E4%BD%8D&year=2025")
            #expect(csv.status == 200 && csv.body.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
            #expect(CSV.parse(csv.text).count == 4)
            #expect(try await anyone.send(.get, "/api/public-list?year=2025").status == 400)

            // An objection from the unit during the period.
            let shen = APIClient(c)
            try await shen.login("shen")
            let objected = try await shen.send(.post, "/api/declarations/\(id)/objections", json: ["text": "培训学时似有重复"])
            #expect(objected.status == 200, "\(objected.text)")
            // Shen sees her objection, not li's trail.
            #expect((objected.json["audit"] as? [Any])?.isEmpty == true)
            #expect((objected.json["objections"] as? [[String: Any]])?.map { $0["by"] as? String } == ["shen"])
            #expect(try await wang.send(.post, "/api/declarations/\(id)/approve").status == 409) // still in the period
        }
        let id = try #require(holder.id)
        try await world.test(today: Self.nextWeek) { c in
            let wang = APIClient(c)
            try await wang.login("wang")
            let early = try await wang.send(.post, "/api/declarations/\(id)/approve")
            #expect(early.status == 409 && early.text.contains("未答复的异议"))
            #expect(try await wang.send(.post, "/api/declarations/\(id)/objections/1/answer", json: ["text": "已核实，不重复"]).status == 200)
            #expect(try await wang.send(.post, "/api/declarations/\(id)/confirm").status == 409)
            let approved = try await wang.send(.post, "/api/declarations/\(id)/approve")
            #expect(approved.status == 200 && approved.json["state"] as? String == "approved", "\(approved.text)")
            #expect(Self.items(approved).allSatisfy { $0["granted"] is Double })
            #expect((try await wang.send(.get, "/api/declarations/export.csv?year=2025").text.split(separator: "\n").count) == 1) // header only
            let confirmed = try await wang.send(.post, "/api/declarations/\(id)/confirm")
            #expect(confirmed.status == 200 && confirmed.json["state"] as? String == "confirmed")

            let csv = try await wang.send(.get, "/api/declarations/export.csv?year=2025")
            #expect(csv.status == 200 && csv.body.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
            let rows = CSV.parse(csv.text)
            #expect(rows.count == 4)
            // The standard each item was converted under, by its date: 2025-09-09 falls under 2025's.
            #expect(rows.dropFirst().contains { $0.contains("anhui-2025") }, "\(rows)")
            let jsonl = try await wang.send(.get, "/api/declarations/export.jsonl?year=2025")
            let lines = jsonl.text.split(separator: "\n")
            #expect(lines.count == 3)
            #expect(lines.allSatisfy { ($0.data(using: .utf8).flatMap { try? JSONSerialization.jsonObject(with: $0) } as? [String: Any])?["policy"] != nil })
            let li = APIClient(c)
            try await li.login("li")
            #expect(try await li.send(.get, "/api/declarations/export.csv?year=2025").status == 403)
            let mine = try await li.send(.get, "/api/declarations/\(id)")
            #expect(mine.json["state"] as? String == "confirmed")
            let actions = (mine.json["audit"] as? [[String: Any]])?.compactMap { $0["action"] as? String }
            #expect(actions == ["create", "subjects", "file", "refused", "refused", "publish", "object", "answer", "approve", "confirm"])
        }
    }

    @Test func aReturnedDeclarationOpensAgainForTheLearner() async throws {
        let world = try await WebWorld()
        try await world.test(today: Self.tuesday) { c in
            let li = APIClient(c)
            try await li.login("li")
            #expect(try await li.upload("a.pdf", Self.samples[0].1).status == 201)
            let id = try #require(try await li.send(.post, "/api/declarations", json: ["year": 2025]).json["id"] as? String)
            #expect(try await li.send(.post, "/api/declarations/\(id)/file").status == 200)
            let wang = APIClient(c)
            try await wang.login("wang")
            #expect(try await wang.send(.post, "/api/declarations/\(id)/return", json: ["reason": ""]).status == 400)
            let back = try await wang.send(.post, "/api/declarations/\(id)/return", json: ["reason": "请补充培训通知"])
            #expect(back.status == 200 && back.json["state"] as? String == "draft" && back.json["returnReason"] as? String == "请补充培训通知")
            let mine = try await li.send(.get, "/api/declarations?year=2025")
            #expect((mine.json["declarations"] as? [[String: Any]])?.first?["state"] as? String == "draft")
            #expect(try await li.send(.post, "/api/declarations/\(id)/file").status == 200)
        }
    }
}

/// Carries the declaration's id from one router's test to the next.
final class DeclarationHolder: @unchecked Sendable {
    var id: String?
}
