import Foundation

/// JSON lines over a pair of file descriptors: one value a line, read with a deadline so a stalled peer costs
/// at most the time allowed. (Encoded JSON never holds a raw newline: strings escape it.)
final class LineChannel: @unchecked Sendable {
    let readFD: Int32
    let writeFD: Int32
    private var buffer: [UInt8] = []
    private let writeLock = NSLock()
    /// A line longer than this means the peer is broken: no report comes near it.
    static let maxLine = 256 << 20

    init(read: Int32, write: Int32) { readFD = read; writeFD = write }

    enum Read { case line([UInt8]), closed, timeout }

    /// The next line, waiting until `deadline` (nil: forever) in slices of `tick` seconds, calling `every` after
    /// each slice (a supervisor samples memory there); `every` returning false stops the wait as a timeout.
    func readLine(deadline: Date?, tick: Double = 0.1, every: () -> Bool = { true }) -> Read {
        while true {
            if let nl = buffer.firstIndex(of: 0x0A) {
                let line = Array(buffer[..<nl])
                buffer.removeSubrange(...nl)
                return .line(line)
            }
            if buffer.count > LineChannel.maxLine { return .closed }
            var slice = tick
            if let d = deadline {
                let left = d.timeIntervalSinceNow
                if left <= 0 { return .timeout }
                slice = min(slice, left)
            }
            var pfd = pollfd(fd: readFD, events: Int16(POLLIN), revents: 0)
            let r = poll(&pfd, 1, Int32(max(1, slice * 1000)))
            if r < 0 && errno != EINTR { return .closed }
            if r > 0 {
                var chunk = [UInt8](repeating: 0, count: 1 << 16)
                let n = Foundation.read(readFD, &chunk, chunk.count)
                if n < 0 && (errno == EINTR || errno == EAGAIN) { continue }
                guard n > 0 else { return .closed }
                buffer.append(contentsOf: chunk[0..<n])
                continue
            }
            if !every() { return .timeout }
        }
    }

    /// Writes one value as a line; false when the peer is gone.
    @discardableResult
    func send<T: Encodable>(_ value: T) -> Bool {
        guard var data = try? JSONEncoder().encode(value) else { return false }
        data.append(0x0A)
        writeLock.lock(); defer { writeLock.unlock() }
        return data.withUnsafeBytes { raw in
            var done = 0
            while done < raw.count {
                let n = write(writeFD, raw.baseAddress! + done, raw.count - done)
                if n < 0 { if errno == EINTR { continue }; return false }
                done += n
            }
            return true
        }
    }

    /// The next value, or why there is none.
    func receive<T: Decodable>(_ type: T.Type, deadline: Date?, tick: Double = 0.1, every: () -> Bool = { true }) -> Result<T, WorkerError> {
        switch readLine(deadline: deadline, tick: tick, every: every) {
        case .closed: return .failure(.closed)
        case .timeout: return .failure(.timeout)
        case .line(let l):
            do { return .success(try JSONDecoder().decode(T.self, from: Data(l))) } catch {
                return .failure(.handshake("无法解析的消息：\(error)"))
            }
        }
    }
}
