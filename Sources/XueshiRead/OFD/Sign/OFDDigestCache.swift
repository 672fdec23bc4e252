import Foundation

/// Digests of container parts, computed once per part and algorithm for all the signatures of a document: a
/// hostile file can list the same large parts under many signatures.
final class OFDDigestCache {
    private var values: [String: Data] = [:]

    func digest(_ method: OFDDigest, of path: String, in container: OFDContainer) throws(OFDError) -> Data? {
        let key = method.rawValue + "|" + path
        if let d = values[key] { return d }
        let data = try container.part(path)
        guard let d = method.hash(data) else { return nil }
        values[key] = d
        return d
    }
}
