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

    /// True when the file is a regular file whose first kilobyte is an image's; false for anything else or on error.
    public static func isImage(_ path: InputPath) -> Bool {
        guard let head = FileInput.head(path, count: 1024), !head.isEmpty else { return false }
        return UploadFormat.accepted(head) == "image"
    }
}
