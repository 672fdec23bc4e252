import Foundation

/// The page's files, read once at start: only these are served, so nothing else in the folder is reachable.
struct WebFiles: Sendable {
    struct File: Sendable {
        var bytes: Data
        var type: String
    }

    var files: [String: File] = [:]

    static let served: [(name: String, type: String)] = [
        ("index.html", "text/html; charset=utf-8"),
        ("app.js", "text/javascript; charset=utf-8"),
        ("app.css", "text/css; charset=utf-8"),
        ("openapi.json", "application/json; charset=utf-8"),
    ]

    /// Throws when a file is missing: a server without its page is a broken install, better told at start.
    init(root: String) throws {
        for (name, type) in WebFiles.served {
            let path = (root as NSString).appendingPathComponent(name)
            guard let d = FileManager.default.contents(atPath: path) else {
                throw CocoaError(.fileNoSuchFile, userInfo: [NSFilePathErrorKey: path])
            }
            files[name] = File(bytes: d, type: type)
        }
    }
}
