import Foundation
import XueshiRead

/// What made a report: the reader's version and digests of the extractor specs and policies it ran with. A
/// document read before under the same versions is not read again; one read under others is stale.
public struct ReadVersions: Codable, Sendable, Hashable {
    /// Raised whenever a change to the code (not the YAML) changes what reports say.
    public static let reader = "xueshi-12"

    public var reader: String
    public var extractors: String
    public var policies: String

    public init(reader: String = ReadVersions.reader, extractors: String, policies: String) {
        self.reader = reader; self.extractors = extractors; self.policies = policies
    }

    /// The one key reports are stored under: "xueshi-12/e:1a2b3c4d5e6f/p:0f1e2d3c4b5a".
    public var key: String { "\(reader)/e:\(extractors.prefix(12))/p:\(policies.prefix(12))" }

    /// The versions of these folders as they are now.
    public static func current(extractors: String, policies: String) throws -> ReadVersions {
        ReadVersions(extractors: try digest(folder: extractors), policies: try digest(folder: policies))
    }

    /// SHA-256 over every file's relative path and bytes, in path order: any edit, addition or removal changes it.
    public static func digest(folder: String) throws -> String {
        let fm = FileManager.default
        let root = URL(fileURLWithPath: folder).standardizedFileURL.path
        guard let walker = fm.enumerator(atPath: root) else { throw StoreError.notFound("找不到目录 \(folder)") }
        var names: [String] = []
        while let n = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            if fm.fileExists(atPath: root + "/" + n, isDirectory: &isDir), !isDir.boolValue, !n.hasPrefix(".") { names.append(n) }
        }
        var all = Data()
        for n in names.sorted() {
            all.append(Data(n.utf8)); all.append(0)
            all.append(Data(sha256Hex(try Data(contentsOf: URL(fileURLWithPath: root + "/" + n))).utf8))
        }
        return sha256Hex(all)
    }
}
