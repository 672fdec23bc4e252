import Foundation
import XueshiPipeline

/// Command-line paths as the bytes they were given: Swift's `CommandLine.arguments` repairs bytes that are not
/// UTF-8 (a GBK file name) into U+FFFD, which names no file; the raw argv still does.
enum RawArguments {
    /// Each parsed path matched back to the argv entry it came from.
    static func paths(_ parsed: [String]) -> [InputPath] {
        var raw: [String: [[UInt8]]] = [:]
        for i in 1..<Int(CommandLine.argc) {
            guard let p = CommandLine.unsafeArgv[i] else { continue }
            let bytes = Array(UnsafeBufferPointer(start: UnsafeRawPointer(p).assumingMemoryBound(to: UInt8.self), count: strlen(p)))
            raw[String(decoding: bytes, as: UTF8.self), default: []].append(bytes)
        }
        return parsed.map { s in
            // Valid UTF-8 round-trips; a repaired name takes its raw bytes (the first unused argv entry).
            if let bytes = raw[s]?.first, bytes != Array(s.utf8) {
                raw[s]?.removeFirst()
                return InputPath(bytes: bytes)
            }
            return InputPath(s)
        }
    }
}
