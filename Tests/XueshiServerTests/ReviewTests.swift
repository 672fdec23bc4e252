import Foundation
import Testing
import XueshiCore
import XueshiServer
import XueshiStore

@Suite struct ReviewTests {
    /// li (甲单位) uploads and files; returns the upload's id.
    static func filed(_ li: APIClient) async throws -> String {
        try await li.login("li")
        let up = try await li.upload("证书.pdf", certificate)
        let id = try #require(up.json["id"] as? String)
        #expect(try await li.send(.post, "/api/evidence/\(id)/file").status == 200)
        return id
    }

    @Test func theUnitsReviewerSeesAndDecidesAndTheAuditTrailKeepsIt() async throws {
        let world = try await WebWorld()
        try await world.test { c in
            let id = try await ReviewTests.filed(APIClient(c))
            let wang = APIClient(c)
            try await wang.login("wang")
            let queue = try await wang.send(.get, "/api/queue")
            let items = try #require(queue.json["items"] as? [[String: Any]])
            #expect(items.map { $0["id"] as? String } == [id])
            #expect(items.first?["mode"] as? String == "training")
            let detail = try await wang.send(.get, "/api/evidence/\(id)")
            #expect(detail.status == 200)
            #expect(try await wang.send(.get, "/api/evidence/\(id)/pages/1.png").status == 200)

            let noHours = try await wang.send(.post, "/api/evidence/\(id)/decision", json: ["action": "adjust"])
            #expect(noHours.status == 422 && noHours.code == "bad-decision")
            let noReason = try await wang.send(.post, "/api/evidence/\(id)/decision", json: ["action": "reject", "reason": "  "])
            #expect(noReason.status == 422)
            let bogus = try await wang.send(.post, "/api/evidence/\(id)/decision", json: ["action": "approve"])
            #expect(bogus.status == 422)
            let forged = try await wang.send(.post, "/api/evidence/\(id)/decision", json: ["action": "accept"], csrf: false)
            #expect(forged.status == 403)

            let adjusted = try await wang.send(.post, "/api/evidence/\(id)/decision",
                                               json: ["action": "adjust", "hours": 30, "reason": "按天数核减"])
            #expect(adjusted.status == 200 && adjusted.json["status"] as? String == "adjusted")
            #expect((adjusted.json["decision"] as? [String: Any])?["hours"] as? Double == 30)
            // Decided ones leave the default queue and stay under status=all.
            #expect((try await wang.send(.get, "/api/queue").json["items"] as? [Any])?.isEmpty == true)
            #expect((try await wang.send(.get, "/api/queue?status=all").json["items"] as? [Any])?.count == 1)

            let up = try #require(try await world.store.upload(id: id))
            let trail = try await world.store.decisions(sha256: up.sha256)
            #expect(trail.map(\.field) == ["upload:\(id):status", "upload:\(id):hours"])
            #expect(trail.first?.before == "filed" && trail.first?.after == "adjusted" && trail.first?.reviewer == "wang")
            #expect(trail.last?.after == "30" && trail.last?.reason == "按天数核减")

            let csv = try await wang.send(.get, "/api/decisions.csv")
            #expect(csv.status == 200 && csv.body.prefix(3) == Data([0xEF, 0xBB, 0xBF]))
            let rows = CSV.parse(csv.text)
            #expect(rows.count == 2 && rows[1].contains("调整认定") && rows[1].contains("30") && rows[1].contains("按天数核减"))

            // The learner sees the decision, and her year counts the reviewer's hours.
            let li = APIClient(c)
            try await li.login("li")
            let mine = try await li.send(.get, "/api/evidence/\(id)")
            #expect(mine.json["status"] as? String == "adjusted")
            if let year = up.year {
                let s = try await li.send(.get, "/api/summary?year=\(year)")
                #expect(s.status == 200)
                #expect(s.json["total"] as? Double == 30)
                #expect(s.json["required"] as? Double == 90)
                #expect((s.json["items"] as? [[String: Any]])?.first?["id"] as? String == id)
            }
        }
    }

    @Test func nobodyReachesBeyondTheirRole() async throws {
        let world = try await WebWorld()
        try await world.test { c in
            let li = APIClient(c)
            let id = try await ReviewTests.filed(li)
            let draft = try #require(try await li.upload("草稿.pdf", certificate).json["id"] as? String)
            let paths = ["/api/evidence/\(id)", "/api/evidence/\(id)/pages/1.png"]

            // Another learner of the same unit, the other unit's reviewer, the admin: the same 404 as for no such id.
            for (who, role) in [("shen", "learner"), ("zhao", "reviewer"), ("root", "admin")] {
                let other = APIClient(c)
                try await other.login(who)
                for p in paths {
                    let a = try await other.send(.get, p)
                    #expect(a.status == 404 && a.code == "not-found", "\(who) \(p)")
                }
                let decide = try await other.send(.post, "/api/evidence/\(id)/decision", json: ["action": "accept"])
                #expect(decide.status == (role == "reviewer" ? 404 : 403), "\(who)")
                #expect(try await other.send(.post, "/api/evidence/\(id)/file").status == 404, "\(who)")
                let nothing = try await other.send(.get, "/api/evidence/ffffffffffffffffffffffff")
                #expect(nothing.status == 404 && nothing.code == "not-found")
            }
            let zhao = APIClient(c)
            try await zhao.login("zhao")
            #expect((try await zhao.send(.get, "/api/queue?status=all").json["items"] as? [Any])?.isEmpty == true)
            #expect(CSV.parse(try await zhao.send(.get, "/api/decisions.csv").text).count == 1)

            // A learner's draft is not in the reviewer's queue, nor reachable by id.
            let wang = APIClient(c)
            try await wang.login("wang")
            #expect(try await wang.send(.get, "/api/evidence/\(draft)").status == 404)
            #expect((try await wang.send(.get, "/api/queue?status=all").json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])

            // Roles: learners do not review, reviewers do not upload, only admins see accounts.
            #expect(try await li.send(.get, "/api/queue").status == 403)
            #expect(try await li.send(.get, "/api/decisions.csv").status == 403)
            #expect(try await li.send(.get, "/api/accounts").status == 403)
            #expect(try await wang.upload("a.pdf", certificate).status == 403)
            #expect(try await wang.send(.get, "/api/summary").status == 403)
            #expect(try await wang.send(.get, "/api/accounts").status == 403)

            // Logged out: 401 everywhere.
            let anon = APIClient(c)
            for p in paths + ["/api/queue", "/api/evidence", "/api/summary", "/api/accounts", "/api/decisions.csv"] {
                #expect(try await anon.send(.get, p).status == 401, "\(p)")
            }
        }
    }

    @Test func theQueueIsRiskiestFirstAndItsFiltersAreChecked() async throws {
        let world = try await WebWorld()
        for (n, conf, critical) in [("calm", 0.95, false), ("unsure", 0.35, false), ("alarm", 0.9, true)] {
            var r = Report(file: "\(n).pdf", sha256: String(repeating: "b", count: 64), format: .pdf, pages: 1,
                           kind: "training-certificate", mode: n == "calm" ? .academic : .training, fields: [:], confidence: conf)
            if critical { r.flags = [Flag(code: "signature-invalid", severity: .critical, message: "签名无效")] }
            try await world.store.addUpload(Upload(id: n, account: "li", unit: "甲单位", sha256: r.sha256, name: "\(n).pdf", status: .filed,
                                                   createdAt: 1, filedAt: 2, year: 2025, report: r),
                                            document: NewDocument(sha256: r.sha256, name: "x.pdf", size: 4, path: nil, bytes: Data("%PDF".utf8)))
        }
        try await world.test { c in
            let wang = APIClient(c)
            try await wang.login("wang")
            func ids(_ q: String) async throws -> [String] {
                ((try await wang.send(.get, "/api/queue\(q)").json["items"] as? [[String: Any]]) ?? []).compactMap { $0["id"] as? String }
            }
            #expect(try await ids("") == ["alarm", "unsure", "calm"])
            #expect(try await ids("?mode=academic") == ["calm"])
            #expect(try await ids("?flag=signature-invalid") == ["alarm"])
            #expect(try await ids("?year=2024").isEmpty)
            #expect(try await ids("?learner=li&year=2025").count == 3)
            for bad in ["?year=20x5", "?year=99999", "?mode=lecture", "?status=draft", "?flag=DROP%20TABLE", "?learner=%3Cscript%3E"] {
                let a = try await wang.send(.get, "/api/queue\(bad)")
                #expect(a.status == 400 && a.code == "bad-query", "\(bad)")
            }
        }
    }
}
