import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing
import XueshiServer

@Suite struct SessionTests {
    @Test func loggingInSetsAStrictHttpOnlyCookieAndLoggingOutEndsTheSession() async throws {
        let world = try await WebWorld()
        try await world.test { c in
            let api = APIClient(c)
            #expect(try await api.send(.get, "/api/session").status == 401)
            let wrong = try await api.login("li", "wrong password")
            #expect(wrong.status == 401 && wrong.code == "bad-login")
            let unknown = try await api.login("nobody", "wrong password")
            // An unknown name answers exactly like a wrong password.
            #expect(unknown.status == 401 && unknown.code == "bad-login" && unknown.body == wrong.body)

            let ok = try await api.login("li")
            #expect(ok.status == 200)
            let set = try #require(ok.headers[.setCookie])
            #expect(set.contains("HttpOnly") && set.contains("SameSite=Strict") && !set.contains("Secure"))
            #expect(ok.json["role"] as? String == "learner" && ok.json["unit"] as? String == "甲单位")
            let me = try await api.send(.get, "/api/session")
            #expect(me.status == 200 && me.json["username"] as? String == "li")

            // Without the CSRF header a change is refused, with it the session ends.
            let forged = try await api.send(.delete, "/api/session", csrf: false)
            #expect(forged.status == 403 && forged.code == "csrf")
            #expect(try await api.send(.delete, "/api/session").status == 204)
            #expect(try await api.send(.get, "/api/session").status == 401)
        }
    }

    @Test func everyAnswerCarriesTheSecurityHeaders() async throws {
        let world = try await WebWorld()
        try await world.test { c in
            let api = APIClient(c)
            for path in ["/", "/app.js", "/api/session", "/api/openapi.json"] {
                let a = try await api.send(.get, path)
                let csp = try #require(a.headers[.contentSecurityPolicy], "\(path)")
                #expect(csp.contains("default-src 'self'") && !csp.contains("unsafe-inline"), "\(path)")
                #expect(a.headers[.xContentTypeOptions] == "nosniff")
                #expect(a.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            }
            #expect(try await api.send(.get, "/api/session").headers[.cacheControl] == "no-store")
            let missing = try await api.send(.get, "/api/no-such-thing")
            #expect(missing.status == 404)
            #expect(try await api.send(.get, "/openapi.json").status == 404)
        }
    }

    @Test func fiveFailedLoginsLockTheNameEvenForTheRightPassword() async throws {
        let world = try await WebWorld()
        try await world.test { c in
            let api = APIClient(c)
            for _ in 0..<5 { #expect(try await api.login("wang", "guess").status == 401) }
            let locked = try await api.login("wang")
            #expect(locked.status == 429 && locked.code == "too-many-logins")
            // Another name is not locked by these failures.
            #expect(try await api.login("li").status == 200)
        }
    }

    @Test func aSecureServerMarksItsCookieSecure() async throws {
        let world = try await WebWorld()
        var runtime = world.runtime
        runtime.secureCookies = true
        let app = Application(router: try WebServer.router(runtime))
        defer { world.scans.stop() }
        try await app.test(.router) { c in
            let ok = try await APIClient(c).login("li")
            #expect(ok.headers[.setCookie]?.contains("Secure") == true)
        }
    }
}

@Suite struct PasswordHashTests {
    @Test func hashesAreSaltedAndCheckOnlyTheirPassword() {
        let p = PasswordHash(logN: 10)
        let a = p.hash("秘密 password"), b = p.hash("秘密 password")
        #expect(a != b)
        #expect(a.hasPrefix("scrypt$10$8$1$"))
        #expect(p.verify("秘密 password", against: a) && p.verify("秘密 password", against: b))
        #expect(!p.verify("秘密 passwore", against: a))
        #expect(!p.verify("", against: a))
        // A hash made with other costs still checks: they travel with it.
        #expect(PasswordHash(logN: 12).verify("秘密 password", against: a))
        var parts = a.split(separator: "$").map(String.init)
        parts[5] = Data(repeating: 0, count: 32).base64EncodedString()
        #expect(!p.verify("秘密 password", against: parts.joined(separator: "$")))
        #expect(!p.verify("x", against: "plain"))
        #expect(!p.verify("x", against: "scrypt$40$8$1$AAAA$AAAA"))
    }
}
