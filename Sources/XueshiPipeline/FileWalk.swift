import Foundation

/// The files a command works on, as strings: files as named, folders recursed for evidence files, in a stable
/// order (`InputWalk` underneath; commands that report on every path, like `scan`, use it directly).
public enum FileWalk {
    /// Extensions that uploads come in; other files inside folders (labels, READMEs, scripts) are skipped.
    public static let evidenceExtensions: Set<String> = ["pdf", "ofd", "jpg", "jpeg", "png", "tif", "tiff", "webp", "bmp"]

    public struct Missing: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "文件或目录不存在：\(path)" }
    }

    public static func files(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        for p in paths {
            let inputs = InputWalk.inputs([InputPath(p)])
            if inputs.count == 1, inputs[0].path.bytes == Array(p.utf8), inputs[0].error?.code == "not-found" {
                throw Missing(path: p)
            }
            out += inputs.filter { $0.error == nil }.map(\.path.display)
        }
        return out
    }
}
