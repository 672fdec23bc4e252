import Foundation
import Hummingbird
import XueshiStore

/// Logging in and out, and who is logged in.
extension WebAPI {
    struct Login: Decodable { var username: String; var password: String }

    struct Me: Codable {
        var username: String
        var role: String
        var unit: String?
        var csrf: String
        var maxUploadMb: Int

        enum CodingKeys: String, CodingKey { case username, role, unit, csrf, maxUploadMb }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(username, forKey: .username); try c.encode(role, forKey: .role); try c.encode(unit, forKey: .unit)
            try c.encode(csrf, forKey: .csrf); try c.encode(maxUploadMb, forKey: .maxUploadMb)
        }
    }

    func me(_ a: Account, _ s: WebSession) -> Me {
        Me(username: a.username, role: a.role.rawValue, unit: a.unit, csrf: s.csrf, maxUploadMb: runtime.maxUploadBytes >> 20)
    }

    func login(_ request: Request) async throws -> Response {
        let l = try await decode(Login.self, request)
        guard l.username.count <= 64, l.password.count <= 1024 else { throw APIError(.unauthorized, "bad-login", "用户名或密码不正确") }
        let key = l.username.lowercased()
        guard await limiter.allowed(key, now: now()) else {
            throw APIError(.tooManyRequests, "too-many-logins", "登录失败次数过多，请 15 分钟后再试")
        }
        let account = try await store.account(username: l.username)
        let stored = account?.passwordHash ?? decoy
        let passwords = runtime.passwords
        // scrypt is meant to be slow: off the cooperative pool.
        let ok = await withCheckedContinuation { c in
            DispatchQueue.global().async { c.resume(returning: passwords.verify(l.password, against: stored)) }
        }
        guard ok, let account else {
            await limiter.failed(key, now: now())
            throw APIError(.unauthorized, "bad-login", "用户名或密码不正确")
        }
        await limiter.succeeded(key)
        let token = Secrets.token()
        let t = now()
        let session = WebSession(tokenHash: Secrets.digest(token), username: account.username, csrf: Secrets.token(16),
                                 createdAt: t, expiresAt: t + runtime.sessionSeconds)
        try await store.addSession(session)
        var response = try json(me(account, session))
        response.setCookie(Cookie(name: WebAPI.cookie, value: token, maxAge: Int(runtime.sessionSeconds), path: "/",
                                  secure: runtime.secureCookies, httpOnly: true, sameSite: .strict))
        return response
    }

    func session(_ request: Request) async throws -> Response {
        let c = try await caller(request)
        return try json(me(c.account, c.session))
    }

    func logout(_ request: Request) async throws -> Response {
        let c = try await changer(request)
        try await store.deleteSession(tokenHash: c.session.tokenHash)
        var response = Response(status: .noContent)
        response.setCookie(Cookie(name: WebAPI.cookie, value: "", maxAge: 0, path: "/", secure: runtime.secureCookies,
                                  httpOnly: true, sameSite: .strict))
        return response
    }
}
