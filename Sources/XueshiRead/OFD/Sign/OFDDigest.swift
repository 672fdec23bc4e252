import COpenSSL
import Foundation

/// A digest an OFD signature names (References/@CheckMethod, a CMS digestAlgorithm), computed with OpenSSL.
enum OFDDigest: String, Sendable, Hashable, CaseIterable {
    case sm3 = "SM3", sha256 = "SHA256", sha1 = "SHA1", sha384 = "SHA384", sha512 = "SHA512"

    /// Producers write the method as an OID or a name in any spelling ("1.2.156.10197.1.401", "SM3", "sm3",
    /// "SHA-256", "SHA256", "http://www.w3.org/2001/04/xmlenc#sha256"). Nil for what cannot be recomputed,
    /// notably 1.2.156.10197.1.401.2 (SM3 used with a key, GM/T 0006): the key is not in the file.
    init?(method raw: String) {
        let m = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        switch m {
        case "1.2.156.10197.1.401", "1.2.156.10197.1.401.1": self = .sm3; return
        case "2.16.840.1.101.3.4.2.1": self = .sha256; return
        case "1.3.14.3.2.26": self = .sha1; return
        case "2.16.840.1.101.3.4.2.2": self = .sha384; return
        case "2.16.840.1.101.3.4.2.3": self = .sha512; return
        default: break
        }
        let tail = m.split(separator: "#").last.map(String.init) ?? m
        let key = tail.uppercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
        switch key {
        case "SM3", "SM3DIGEST", "SM3HASH": self = .sm3
        case "SHA256": self = .sha256
        case "SHA1", "SHA": self = .sha1
        case "SHA384": self = .sha384
        case "SHA512": self = .sha512
        default: return nil
        }
    }

    /// The digest of `data`, or nil when OpenSSL lacks the algorithm.
    func hash(_ data: Data) -> Data? {
        var out = [UInt8](repeating: 0, count: 64)
        var size = 0
        let ok = data.withUnsafeBytes { raw in
            EVP_Q_digest(nil, rawValue, nil, raw.baseAddress, raw.count, &out, &size)
        }
        guard ok == 1, size > 0, size <= out.count else { return nil }
        return Data(out[0..<size])
    }
}
