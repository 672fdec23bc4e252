import Foundation
import XueshiRead

/// A glance at a file before it is read. The shell uses it to start OCR early when a batch opens with documents that
/// will need it, so that the engine's start-up overlaps the worker's.
public enum InputHead {
    /// An image, or a PDF whose bytes name an image and no font (and no object stream, which could hide one): a
    /// scan, all but certainly. Wrong guesses cost a PP-OCR start, not a misreading.
    public static func looksScanned(_ path: InputPath, maxBytes: Int = 16 << 20) -> Bool {
        if isImage(path) { return true }
        guard case .success(let data) = FileInput.read(path, maxBytes: maxBytes),
              UploadFormat.accepted(data) == "pdf" else { return false }
        func has(_ token: String) -> Bool { data.range(of: Data(token.utf8)) != nil }
        return has("/Image") && !has("/Font") && !has("/ObjStm")
    }

    /// True when the file is a regular file whose first bytes are an image's; false for anything else or on error.
    public static func isImage(_ path: InputPath) -> Bool {
        var st = stat()
        guard path.withCString({ stat($0, &st) }) == 0, FileInput.refusal(mode: st.st_mode) == nil else { return false }
        let fd = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        guard fd >= 0 else { return false }
        defer { close(fd) }
        var head = [UInt8](repeating: 0, count: 1024)
        let n = head.withUnsafeMutableBytes { Foundation.read(fd, $0.baseAddress!, 1024) }
        guard n > 0 else { return false }
        return UploadFormat.accepted(Data(head.prefix(n))) == "image"
    }
}
