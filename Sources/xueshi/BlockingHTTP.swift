import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// A small HTTP client for benchmarks: one request at a time per call, waited for, keeping the session cookie.
final class BlockingHTTP: @unchecked Sendable {
    let session: URLSession
    let lock = NSLock()
    var cookie: String?

    init() {
        let c = URLSessionConfiguration.ephemeral
        c.httpCookieAcceptPolicy = .never
        c.httpShouldSetCookies = false
        c.httpMaximumConnectionsPerHost = 64
        c.timeoutIntervalForRequest = 120
        session = URLSession(configuration: c)
    }

    struct Answer {
        var status: Int
        var body: Data
        var json: [String: Any] { ((try? JSONSerialization.jsonObject(with: body)) as? [String: Any]) ?? [:] }
    }

    func send(_ method: String, _ url: String, json: [String: Any]? = nil, body: Data? = nil, contentType: String? = nil,
              csrf: String? = nil) throws -> Answer {
        var r = URLRequest(url: URL(string: url)!)
        r.httpMethod = method
        if let json { r.httpBody = try JSONSerialization.data(withJSONObject: json); r.setValue("application/json", forHTTPHeaderField: "Content-Type") }
        if let body { r.httpBody = body }
        if let contentType { r.setValue(contentType, forHTTPHeaderField: "Content-Type") }
        if let csrf { r.setValue(csrf, forHTTPHeaderField: "X-CSRF-Token") }
        if let cookie = lock.withLock({ cookie }) { r.setValue(cookie, forHTTPHeaderField: "Cookie") }
        let done = DispatchSemaphore(value: 0)
        let out = Locked<Result<Answer, any Error>>(.failure(URLError(.unknown)))
        session.dataTask(with: r) { [self] data, response, error in
            if let error { out.set(.failure(error)) } else {
                let h = response as? HTTPURLResponse
                if let set = h?.value(forHTTPHeaderField: "Set-Cookie"), let first = set.split(separator: ";").first {
                    lock.withLock { cookie = String(first) }
                }
                out.set(.success(Answer(status: h?.statusCode ?? 0, body: data ?? Data())))
            }
            done.signal()
        }.resume()
        done.wait()
        return try out.value.get()
    }

    func upload(_ url: String, name: String, bytes: Data, csrf: String) throws -> Answer {
        let boundary = "----xueshi\(UUID().uuidString)"
        var body = Data("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body.append(bytes)
        body.append(Data("\r\n--\(boundary)--\r\n".utf8))
        return try send("POST", url, body: body, contentType: "multipart/form-data; boundary=\(boundary)", csrf: csrf)
    }
}

/// A value shared between threads, behind a lock.
final class Locked<T>: @unchecked Sendable {
    let lock = NSLock()
    private var _value: T
    init(_ v: T) { _value = v }
    var value: T { lock.withLock { _value } }
    func set(_ v: T) { lock.withLock { _value = v } }
    func update(_ f: (inout T) -> Void) { lock.withLock { f(&_value) } }
}
