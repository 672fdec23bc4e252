import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Plain HTTP/1.1 over a socket of its own, answered in full (`Connection: close`), for benchmarks and tests that
/// talk to a local server or chromedriver. Not URLSession: swift-corelibs-foundation rejects chromedriver's answers
/// ("Content-Length:252", no space after the colon), and while it waits for a slow answer it keeps most of a core
/// busy (measured: 70% of a core while `bench-serve` waited on a scan, which slowed the scan it timed).
public enum LoopbackHTTP {
    /// One HTTP/1.1 answer.
    public struct Answer: Sendable {
        public var status: Int
        public var headers: [String: String] // names lowercased
        public var body: Data
    }

    public struct Failure: Error, CustomStringConvertible { public var description: String }

    /// One request; `headers` are sent as given.
    public static func request(_ method: String, _ url: String, body: Data? = nil, contentType: String = "application/json; charset=utf-8",
                     headers extra: [String: String] = [:], timeout: TimeInterval = 30) throws -> Answer {
        guard let parts = URLComponents(string: url), parts.scheme == "http", let host = parts.host else {
            throw Failure(description: "not a plain http URL: \(url)")
        }
        let port = parts.port ?? 80
        let target = (parts.percentEncodedPath.isEmpty ? "/" : parts.percentEncodedPath)
            + (parts.percentEncodedQuery.map { "?" + $0 } ?? "")
        let fd = try connectTCP(host: host, port: port, timeout: timeout)
        defer { close(fd) }

        var head = "\(method) \(target) HTTP/1.1\r\nHost: \(host):\(port)\r\nConnection: close\r\nAccept: application/json\r\n"
        for (k, v) in extra { head += "\(k): \(v)\r\n" }
        if let body { head += "Content-Type: \(contentType)\r\nContent-Length: \(body.count)\r\n" }
        var request = Data((head + "\r\n").utf8)
        if let body { request.append(body) }
        try request.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
            var sent = 0
            while sent < raw.count {
                #if os(Linux)
                let n = send(fd, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                #else
                let n = send(fd, raw.baseAddress! + sent, raw.count - sent, 0)
                #endif
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else { throw Failure(description: "\(method) \(url): send failed, errno \(errno)") }
                sent += n
            }
        }

        var answer = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        var headerEnd: Int?
        var expected: Int?
        while true {
            let n = recv(fd, &buffer, buffer.count, 0)
            if n < 0 && errno == EINTR { continue }
            if n < 0 {
                throw Failure(description: "\(method) \(url): " + (errno == EAGAIN || errno == EWOULDBLOCK ? "no answer within \(Int(timeout)) s" : "recv failed, errno \(errno)"))
            }
            if n == 0 { break }
            answer.append(contentsOf: buffer[0..<n])
            if headerEnd == nil, let r = answer.range(of: Data("\r\n\r\n".utf8)) {
                headerEnd = r.upperBound
                let lines = String(decoding: answer[..<r.lowerBound], as: UTF8.self).lowercased().components(separatedBy: "\r\n")
                if let line = lines.first(where: { $0.hasPrefix("content-length:") }) {
                    expected = Int(line.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces))
                }
            }
            // A server that keeps the connection open anyway has said all it will once the body is in.
            if let h = headerEnd, let e = expected, answer.count - h >= e { break }
        }
        guard let h = headerEnd else { throw Failure(description: "\(method) \(url): no HTTP answer") }
        let lines = String(decoding: answer[..<(h - 4)], as: UTF8.self).components(separatedBy: "\r\n")
        let statusWords = lines[0].split(separator: " ")
        guard statusWords.count >= 2, let status = Int(statusWords[1]) else {
            throw Failure(description: "\(method) \(url): bad status line \(lines[0])")
        }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var payload = Data(answer[h...])
        if let e = expected { payload = payload.prefix(e) }
        if headers["transfer-encoding"]?.lowercased().contains("chunked") == true { payload = dechunk(payload) }
        return Answer(status: status, headers: headers, body: payload)
    }

    private static func dechunk(_ data: Data) -> Data {
        var out = Data()
        var i = data.startIndex
        let crlf = Data("\r\n".utf8)
        while let lineEnd = data.range(of: crlf, in: i..<data.endIndex) {
            let sizeText = String(decoding: data[i..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";").first.map(String.init) ?? ""
            guard let size = Int(sizeText.trimmingCharacters(in: .whitespaces), radix: 16), size > 0 else { break }
            let start = lineEnd.upperBound
            guard data.endIndex - start >= size else { break }
            out.append(data[start..<start + size])
            i = min(start + size + 2, data.endIndex)
        }
        return out
    }

    /// A connected TCP socket with send and receive timeouts.
    private static func connectTCP(host: String, port: Int, timeout: TimeInterval) throws -> Int32 {
        var hints = addrinfo()
        hints.ai_family = AF_UNSPEC
        #if os(Linux)
        hints.ai_socktype = Int32(SOCK_STREAM.rawValue)
        #else
        hints.ai_socktype = SOCK_STREAM
        #endif
        var list: UnsafeMutablePointer<addrinfo>?
        let rc = getaddrinfo(host, String(port), &hints, &list)
        guard rc == 0, let first = list else { throw Failure(description: "cannot resolve \(host)") }
        defer { freeaddrinfo(list) }
        var wait = timeval(tv_sec: Int(timeout), tv_usec: 0)
        var lastErrno: Int32 = 0
        var candidate: UnsafeMutablePointer<addrinfo>? = first
        while let ai = candidate {
            candidate = ai.pointee.ai_next
            let fd = socket(ai.pointee.ai_family, ai.pointee.ai_socktype, ai.pointee.ai_protocol)
            guard fd >= 0 else { lastErrno = errno; continue }
            setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &wait, socklen_t(MemoryLayout<timeval>.size))
            if connect(fd, ai.pointee.ai_addr, ai.pointee.ai_addrlen) == 0 { return fd }
            lastErrno = errno
            close(fd)
        }
        throw Failure(description: "cannot connect to \(host):\(port): errno \(lastErrno)")
    }
}
