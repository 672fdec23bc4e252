import Foundation

/// The files a command works on: files as named, folders recursed for evidence files, in a stable order.
public enum FileWalk {
    /// Extensions that uploads come in; other files inside folders (labels, READMEs, scripts) are skipped.
    public static let evidenceExtensions: Set<String> = ["pdf", "ofd", "jpg", "jpeg", "png", "tif", "tiff", "webp", "bmp"]

    public struct Missing: Error, CustomStringConvertible {
        public var path: String
        public var description: String { "文件或目录不存在：\(path)" }
    }

    public static func files(_ paths: [String]) throws -> [String] {
        var out: [String] = []
        let fm = FileManager.default
        for p in paths {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: p, isDirectory: &isDir) else { throw Missing(path: p) }
            if !isDir.boolValue { out.append(p); continue }
            guard let e = fm.enumerator(atPath: p) else { continue }
            var found: [String] = []
            while let rel = e.nextObject() as? String {
                let name = (rel as NSString).lastPathComponent
                if name.hasPrefix(".") { e.skipDescendants(); continue }
                let full = (p as NSString).appendingPathComponent(rel)
                var sub: ObjCBool = false
                if fm.fileExists(atPath: full, isDirectory: &sub), !sub.boolValue,
                   evidenceExtensions.contains((name as NSString).pathExtension.lowercased()) {
                    found.append(full)
                }
            }
            out += found.sorted()
        }
        return out
    }
}
