import Foundation
import XueshiServer

/// A small HTTP client for benchmarks: one request at a time per call, waited for, keeping the session cookie. Over
/// LoopbackHTTP's plain sockets: URLSession kept most of a core busy while it waited, and slowed what was timed.
final class BlockingHTTP: @unchecked Sendable {
    let lock = NSLock()
    var cookie: String?

    struct Answer {
        var status: Int
        var body: Data
        var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] }
    }

    func send(_ method: String, _ url: String, json: [String: Any]? = nil, body: Data? = nil, contentType: String? = nil,
              csrf: String? = nil) throws -> Answer {
        var payload = body
        var type = contentType ?? "application/octet-stream"
        if let json { payload = try JSONSerialization.data(withJSONObject: json); type = "application/json" }
        var headers: [String: String] = [:]
        if let csrf { headers["X-CSRF-Token"] = csrf }
        if let cookie = lock.withLock({ cookie }) { headers["Cookie"] = cookie }
        let a = try LoopbackHTTP.request(method, url, body: payload, contentType: type, headers: headers, timeout: 120)
        if let set = a.headers["set-cookie"], let first = set.split(separator: ";").first {
            lock.withLock { cookie = String(first) }
        }
        return Answer(status: a.status, body: a.body)
    }

    func upload(_ url: String, name: String, bytes: Data, csrf: String) throws -> Answer {
        let boundary = "----xueshi\(UUID().uuidString)"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body.append(bytes)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try send("POST", url, body: body, contentType: "multipart/form-data; boundary=\(boundary)", csrf: csrf)
    }
}
