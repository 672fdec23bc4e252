import Foundation

/// Recomputes the digest of every part a Signature.xml references and compares it with the CheckValue written at
/// signing time: a part that is missing, or whose bytes changed, fails.
struct OFDReferenceCheck: Sendable {
    /// References recomputed and compared (matching or not).
    var checked = 0
    /// Normalised paths (or the FileRef as written, when it does not resolve) of the parts that failed.
    var failed: [String] = []
    /// What went wrong with each failure, in Chinese, for the reason.
    var problems: [String] = []
    /// Normalised paths the signature references (whether they matched or not).
    var covered: Set<String> = []
    /// Set when the digests could not be recomputed (unknown or keyed check method): why.
    var unsupported: String?

    init(_ file: OFDSignatureFile, container: OFDContainer, cache: OFDDigestCache = OFDDigestCache()) {
        let stated = file.checkMethod.flatMap { $0.isEmpty ? nil : $0 }
        let digest = stated.flatMap(OFDDigest.init(method:))
        if let stated, digest == nil {
            unsupported = "摘要算法 \(stated) 不受支持（或为带密钥的摘要），无法重算签名所覆盖部件的摘要"
        }
        for ref in file.references {
            guard let path = ref.path else {
                failed.append(ref.fileRef)
                problems.append("引用路径 \(ref.fileRef) 无效")
                continue
            }
            covered.insert(path)
            guard container.contains(path) else {
                failed.append(path)
                problems.append("\(path) 缺失")
                continue
            }
            guard unsupported == nil else { continue }
            checked += 1
            guard let expected = ref.checkValue else {
                failed.append(path)
                problems.append("\(path) 缺少摘要值")
                continue
            }
            // No CheckMethod: the standard leaves it open; SM3 and SHA-256 are what producers use.
            let methods: [OFDDigest] = digest.map { [$0] } ?? [.sm3, .sha256]
            do {
                var matched = false
                for m in methods where try cache.digest(m, of: path, in: container) == expected { matched = true; break }
                if !matched {
                    failed.append(path)
                    problems.append("\(path) 的摘要与签名时不符")
                }
            } catch {
                failed.append(path)
                problems.append("\(path) 无法读取")
            }
        }
    }
}
