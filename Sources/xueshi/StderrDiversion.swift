import Foundation
import XueshiOCR

/// This process's error stream sent to a temporary file while `body` runs, for a command that reads a document
/// in its own process (`explain`): what a C library writes there with no hook of its own (libjpeg's "Premature
/// end of JPEG file") goes, a line at a time, to the document this thread reads (`LibraryMessages`), as a worker's
/// captured stream does, instead of reaching the terminal. Our own messages are written after it is restored.
enum StderrDiversion {
    static func run<T>(_ body: () throws -> T) rethrows -> T {
        fflush(nil)
        var template = Array((NSTemporaryDirectory() + "xueshi-stderr-XXXXXX").utf8CString)
        let fd = mkstemp(&template)
        let saved = dup(2)
        guard fd >= 0, saved >= 0, dup2(fd, 2) >= 0 else {
            if fd >= 0 { close(fd) }
            if saved >= 0 { close(saved) }
            return try body()
        }
        unlink(String(cString: template))
        defer { close(fd) }
        let value: T
        do {
            value = try body()
        } catch {
            fflush(nil); dup2(saved, 2); close(saved)
            throw error
        }
        fflush(nil)
        dup2(saved, 2)
        close(saved)
        lseek(fd, 0, SEEK_SET)
        let data = FileHandle(fileDescriptor: fd, closeOnDealloc: false).readDataToEndOfFile()
        for line in String(decoding: data, as: UTF8.self).split(whereSeparator: \.isNewline) {
            LibraryMessages.receive(source: "stderr", text: String(line))
        }
        return value
    }
}
