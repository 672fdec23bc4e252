import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore
import Testing

/// A browser's side of the API over the in-process router: it keeps its session cookie and CSRF token as a page
/// would, and checks every answer against the OpenAPI document.
final class APIClient: @unchecked Sendable {
    let client: any TestClientProtocol
    var cookie: String?
    var csrf: String?

    init(_ client: any TestClientProtocol) { self.client = client }

    struct Answer {
        var status: Int
        var headers: HTTPFields
        var body: Data
        var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] }
        var code: String? { (json["error"] as? [String: Any])?["code"] as? String }
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    @discardableResult
    func send(_ method: HTTPRequest.Method, _ path: String, json: Any? = nil, body: Data? = nil, contentType: String? = nil,
              csrf sendCSRF: Bool = true, cookie sendCookie: Bool = true) async throws -> Answer {
        var headers = HTTPFields()
        if sendCookie, let cookie { headers[.cookie] = cookie }
        if sendCSRF, let csrf, method != .get { headers[HTTPField.Name("X-CSRF-Token")!] = csrf }
        var payload = body
        if let json {
            payload = try JSONSerialization.data(withJSONObject: json)
            headers[.contentType] = "application/json"
        }
        if let contentType { headers[.contentType] = contentType }
        let r = try await client.executeRequest(uri: path, method: method, headers: headers, body: payload.map { ByteBuffer(bytes: $0) })
        let answer = Answer(status: Int(r.status.code), headers: r.headers, body: Data(buffer: r.body))
        // Paths the document does not have are checked only to answer 404 (the router's own "no-route").
        if path.hasPrefix("/api/"), Contract.operation(method.rawValue, path) != nil || answer.status != 404 {
            let problems = Contract.violations(method: method.rawValue, path: path, status: answer.status,
                                               contentType: r.headers[.contentType], body: answer.body)
            #expect(problems.isEmpty, "\(problems)")
        }
        return answer
    }

    @discardableResult
    func login(_ user: String, _ password: String = WebWorld.password) async throws -> Answer {
        let a = try await send(.post, "/api/session", json: ["username": user, "password": password], csrf: false, cookie: false)
        if a.status == 200, let set = a.headers[.setCookie] {
            cookie = String(set.split(separator: ";")[0])
            csrf = a.json["csrf"] as? String
        }
        return a
    }

    /// One file as a browser's form sends it.
    func upload(_ name: String, _ bytes: Data, field: String = "file") async throws -> Answer {
        let boundary = "----xueshi\(UInt32.random(in: 0...UInt32.max))"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(field)\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body.append(bytes)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try await send(.post, "/api/evidence", body: body, contentType: "multipart/form-data; boundary=\(boundary)")
    }
}
