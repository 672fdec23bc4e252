import Foundation
import HTTPTypes
import Hummingbird
import NIOCore
import XueshiCore
import XueshiStore

/// The API's handlers over one runtime. Each route file adds its part; `WebServer` puts them on a router.
struct WebAPI: Sendable {
    let runtime: ServerRuntime
    let limiter = LoginLimiter()
    let pages = PageCache()
    /// A hash to check against when the name is unknown, made with the runtime's own costs, so that a wrong name
    /// takes as long as a wrong password.
    let decoy: String

    init(runtime: ServerRuntime) {
        self.runtime = runtime
        decoy = runtime.passwords.hash(Secrets.token(8))
    }

    var store: any WebStore { runtime.store }
    func now() -> Double { runtime.clock() }

    static let cookie = "xueshi_session"
    static let csrfHeader = HTTPField.Name("X-CSRF-Token")!

    /// Who is asking: the session's account, or 401.
    func caller(_ request: Request) async throws -> Caller {
        guard let token = request.cookies[WebAPI.cookie]?.value, (16...128).contains(token.count),
              let session = try await store.session(tokenHash: Secrets.digest(token), now: now()),
              let account = try await store.account(username: session.username)
        else { throw APIError.notLoggedIn }
        return Caller(account: account, session: session)
    }

    /// The caller of a request that changes something: it must carry the session's CSRF token in a header, which
    /// another site's page cannot read or set.
    func changer(_ request: Request) async throws -> Caller {
        let c = try await caller(request)
        guard let sent = request.headers[WebAPI.csrfHeader], Secrets.equal(sent, c.session.csrf) else { throw APIError.csrf }
        return c
    }

    func body(_ request: Request, limit: Int = 64 << 10) async throws -> Data {
        do {
            return Data(buffer: try await request.body.collect(upTo: limit))
        } catch {
            throw APIError(.contentTooLarge, "too-large", "请求内容太大")
        }
    }

    func decode<T: Decodable>(_ type: T.Type, _ request: Request) async throws -> T {
        let data = try await body(request)
        do { return try JSONDecoder().decode(T.self, from: data) } catch { throw APIError.badRequest("请求内容不是有效的 JSON，或缺少必填项") }
    }

    static let encoder: JSONEncoder = {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return e
    }()

    func json<T: Encodable>(_ value: T, status: HTTPResponse.Status = .ok) throws -> Response {
        Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                 body: .init(byteBuffer: ByteBuffer(bytes: try WebAPI.encoder.encode(value))))
    }

    /// The upload if this caller may see it; otherwise the same 404 as for one that does not exist.
    func visible(_ id: String, to c: Caller) async throws -> Upload {
        guard id.count <= 64, let u = try await store.upload(id: id), Access.sees(c.account, u) else { throw APIError.notFound }
        return u
    }
}

struct Caller: Sendable {
    var account: Account
    var session: WebSession
}
