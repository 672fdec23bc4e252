import Foundation

/// How tables (scan, summary) name each file: its path relative to the folder given (two `certificate.pdf` in different
/// sub-folders must not read the same), the path as given for a file named directly, and the full path where two
/// folders given hold the same relative path. A confirmation file may use any of these, or the absolute path.
struct ShownNames {
    /// The scanned path → the name the table prints.
    var shown: [String: String] = [:]
    /// The scanned path → every other name a confirmation row may give it.
    var aliases: [String: [String]] = [:]

    init(files: [String], given: [String]) {
        let folders = given.map { $0.hasSuffix("/") ? String($0.dropLast()) : $0 }
        var relative: [String: String] = [:]
        for f in files {
            // The longest folder given that holds the file: a file named directly keeps the path as given.
            let holder = folders.filter { f.hasPrefix($0 + "/") }.max { $0.count < $1.count }
            relative[f] = holder.map { String(f.dropFirst($0.count + 1)) } ?? f
        }
        var uses: [String: Int] = [:]
        for r in relative.values { uses[r, default: 0] += 1 }
        for f in files {
            let r = relative[f] ?? f
            shown[f] = uses[r, default: 0] > 1 ? f : r
            let absolute = URL(fileURLWithPath: f).standardizedFileURL.path
            // An ambiguous relative name is no alias: it would confirm two documents at once.
            aliases[f] = Array(Set([absolute, shown[f]!]).subtracting([f])).sorted()
        }
    }
}
