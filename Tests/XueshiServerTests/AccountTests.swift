import Foundation
import Testing
import XueshiServer

@Suite struct AccountTests {
    @Test func anAdminCreatesAccountsUnderTheRules() async throws {
        let world = try await WebWorld()
        try await world.test { c in
            let root = APIClient(c)
            try await root.login("root")
            let listed = try await root.send(.get, "/api/accounts")
            let names = (listed.json["items"] as? [[String: Any]])?.compactMap { $0["username"] as? String }
            #expect(names == ["li", "qian", "root", "shen", "wang", "zhao"])
            #expect(!listed.text.contains("scrypt"))

            let made = try await root.send(.post, "/api/accounts",
                                           json: ["username": "sun", "password": "a long password", "role": "reviewer", "unit": "丙单位"])
            #expect(made.status == 201 && made.json["unit"] as? String == "丙单位")
            #expect(!made.text.contains("password"))
            let twice = try await root.send(.post, "/api/accounts",
                                            json: ["username": "sun", "password": "a long password", "role": "learner", "unit": "丙单位"])
            #expect(twice.status == 409 && twice.code == "exists")
            for bad: [String: Any] in [
                ["username": "x y", "password": "a long password", "role": "learner", "unit": "甲"],
                ["username": "ok", "password": "short", "role": "learner", "unit": "甲"],
                ["username": "ok", "password": "a long password", "role": "boss", "unit": "甲"],
                ["username": "ok", "password": "a long password", "role": "learner"],
            ] {
                let a = try await root.send(.post, "/api/accounts", json: bad)
                #expect(a.status == 422 && a.code == "bad-account", "\(bad)")
            }
            #expect(try await root.send(.post, "/api/accounts", json: ["username": "ok"]).status == 400)

            // The new reviewer logs in and works her own (empty) queue.
            let sun = APIClient(c)
            #expect(try await sun.login("sun", "a long password").status == 200)
            #expect((try await sun.send(.get, "/api/queue").json["items"] as? [Any])?.isEmpty == true)
        }
    }
}
