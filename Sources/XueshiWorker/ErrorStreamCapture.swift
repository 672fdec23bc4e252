import CProcess
import Foundation
import XueshiOCR

/// A worker's own stdout and stderr, taken over: what a C library writes there without a hook of its own (libjpeg
/// and libpng through leptonica: "Premature end of JPEG file"; poppler's cairo fonts: "some font thing failed")
/// is read line by line into `LibraryMessages`, so it reaches the document being read and never the terminal
/// (the worker inherits its supervisor's stderr). Only in a worker: there everything on those streams is the
/// libraries'; a shell's own stderr carries its messages to the user.
///
/// A thread reads the pipe, so a library that writes a lot never blocks on a full pipe; `flush` waits until what
/// was written before it has been read, so a document's lines are all in before its collection ends.
final class ErrorStreamCapture: @unchecked Sendable {
    private let readFD: Int32
    private let condition = NSCondition()
    private var seen = 0
    private var sent = 0
    private static let marker = "\u{1}xueshi-flush-"

    /// Redirects fds 1 and 2 into the capture; nil when no pipe could be made (the streams stay as they were).
    static func start() -> ErrorStreamCapture? {
        var fds: [Int32] = [0, 0]
        guard xueshi_pipe_cloexec(&fds) == 0 else { return nil }
        fflush(nil)  // every stdio stream: what a library left buffered goes out before the switch
        // dup2 clears close-on-exec on 1 and 2: a process this worker starts writes into the capture too.
        guard dup2(fds[1], 2) >= 0, dup2(fds[1], 1) >= 0 else { close(fds[0]); close(fds[1]); return nil }
        close(fds[1])
        let capture = ErrorStreamCapture(readFD: fds[0])
        let thread = Thread { capture.readLoop() }
        thread.stackSize = 1 << 20
        thread.start()
        return capture
    }

    private init(readFD: Int32) { self.readFD = readFD }

    /// Waits (at most `seconds`) until every line written to stdout or stderr before the call has been read.
    func flush(seconds: Double = 2) {
        fflush(nil)
        condition.lock()
        sent += 1
        let n = sent
        condition.unlock()
        let line = Array("\(Self.marker)\(n)\n".utf8)
        // Shorter than PIPE_BUF: written whole, never interleaved with a library's line.
        guard line.withUnsafeBufferPointer({ write(2, $0.baseAddress, $0.count) }) == line.count else { return }
        let deadline = Date().addingTimeInterval(seconds)
        condition.lock(); defer { condition.unlock() }
        while seen < n { if !condition.wait(until: deadline) { return } }
    }

    private func readLoop() {
        var pending: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = read(readFD, &chunk, chunk.count)
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { return }
            pending.append(contentsOf: chunk[0..<n])
            while let nl = pending.firstIndex(of: 0x0A) {
                handle(String(decoding: pending[..<nl], as: UTF8.self))
                pending.removeSubrange(...nl)
            }
            // A line without an end that grows past any real message is passed on in pieces.
            if pending.count > 4096 {
                handle(String(decoding: pending, as: UTF8.self))
                pending.removeAll()
            }
        }
    }

    private func handle(_ line: String) {
        if line.hasPrefix(Self.marker), let n = Int(line.dropFirst(Self.marker.count)) {
            condition.lock()
            seen = max(seen, n)
            condition.broadcast()
            condition.unlock()
            return
        }
        LibraryMessages.receive(source: "stderr", text: line)
    }
}
