import Foundation
import XueshiCore

/// The documents a batch works on, from the paths a user named: files as named (whatever their extension or
/// type, so a FIFO or a device gets a report saying what it is), folders walked for evidence files, missing paths
/// and dangling links reported rather than refused. Names are raw bytes throughout (`InputPath`).
public enum InputWalk {
    public static func inputs(_ paths: [InputPath]) -> [BatchInput] {
        var out: [BatchInput] = []
        for p in paths {
            var st = stat()
            if p.withCString({ stat($0, &st) }) != 0 {
                out.append(BatchInput(path: p, error: missing(p)))
            } else if st.st_mode & S_IFMT == S_IFDIR {
                var seen = Set<[UInt64]>()
                var found: [BatchInput] = []
                walk(p, st: st, seen: &seen, into: &found)
                out += found.sorted { $0.path.bytes.lexicographicallyPrecedes($1.path.bytes) }
            } else {
                out.append(BatchInput(path: p))
            }
        }
        return out
    }

    /// Why a path that does not stat is missing: a link to nothing says so.
    static func missing(_ p: InputPath) -> ReadError {
        var lst = stat()
        if p.withCString({ lstat($0, &lst) }) == 0, lst.st_mode & S_IFMT == S_IFLNK {
            return .notFound("（符号链接指向的文件不存在）")
        }
        return FileInput.error(errno == 0 ? ENOENT : errno)
    }

    /// Depth-first; hidden names skipped (labels, `.git`); a folder reached twice through links is walked once.
    static func walk(_ dir: InputPath, st: stat, seen: inout Set<[UInt64]>, into out: inout [BatchInput]) {
        guard seen.insert([UInt64(st.st_dev), UInt64(st.st_ino)]).inserted else { return }
        guard let d = dir.withCString({ opendir($0) }) else {
            out.append(BatchInput(path: dir, error: FileInput.error(errno)))
            return
        }
        var names: [[UInt8]] = []
        while let e = readdir(d) {
            let name = withUnsafeBytes(of: e.pointee.d_name) { raw in Array(raw.prefix(while: { $0 != 0 })) }
            if name.first == UInt8(ascii: ".") { continue }
            names.append(name)
        }
        closedir(d)
        for name in names {
            let full = dir.appending(name)
            var sub = stat()
            if full.withCString({ stat($0, &sub) }) != 0 {
                if FileWalk.evidenceExtensions.contains(full.pathExtension) {
                    out.append(BatchInput(path: full, error: missing(full)))
                }
            } else if sub.st_mode & S_IFMT == S_IFDIR {
                walk(full, st: sub, seen: &seen, into: &out)
            } else if FileWalk.evidenceExtensions.contains(full.pathExtension) {
                out.append(BatchInput(path: full))
            }
        }
    }
}
