import Foundation

/// A signature algorithm an OFD signature or seal names, as the digest to use and the report's label. SM2 is
/// always with SM3 and the default user ID; RSA and ECDSA with the digest their OID (or CMS digestAlgorithm) gives.
struct OFDSignatureAlgorithm: Sendable, Hashable {
    enum Key: Sendable { case sm2, rsa, ecdsa }
    var key: Key
    var digest: OFDDigest
    /// "SM2-SM3", "RSA-SHA256", "ECDSA-SHA256".
    var label: String { (key == .sm2 ? "SM2" : key == .rsa ? "RSA" : "ECDSA") + "-" + digest.rawValue }

    /// GM/T 0009 default SM2 user ID ("1234567812345678").
    static let sm2UserID = Array("1234567812345678".utf8)

    /// From an OID or name (`SignatureMethod` text, signAlgID, digestEncryptionAlgorithm); `digest` is what a CMS
    /// SignerInfo's digestAlgorithm says, for OIDs that name the key alone. Nil when not supported.
    init?(_ raw: String, digest: OFDDigest? = nil) {
        let m = raw.trimmingCharacters(in: .whitespacesAndNewlines)
        switch m {
        case "1.2.156.10197.1.501": self.init(key: .sm2, digest: .sm3)
        case "1.2.156.10197.1.301", "1.2.156.10197.1.301.1": self.init(key: .sm2, digest: digest ?? .sm3)
        case "1.2.840.113549.1.1.11": self.init(key: .rsa, digest: .sha256)
        case "1.2.840.113549.1.1.5": self.init(key: .rsa, digest: .sha1)
        case "1.2.840.113549.1.1.12": self.init(key: .rsa, digest: .sha384)
        case "1.2.840.113549.1.1.13": self.init(key: .rsa, digest: .sha512)
        case "1.2.840.113549.1.1.1": self.init(key: .rsa, digest: digest ?? .sha256)
        case "1.2.840.10045.4.3.2": self.init(key: .ecdsa, digest: .sha256)
        case "1.2.840.10045.4.3.3": self.init(key: .ecdsa, digest: .sha384)
        case "1.2.840.10045.4.1": self.init(key: .ecdsa, digest: .sha1)
        case "1.2.840.10045.2.1": self.init(key: .ecdsa, digest: digest ?? .sha256)
        default:
            let k = m.uppercased().replacingOccurrences(of: "-", with: "").replacingOccurrences(of: "_", with: "")
            switch k {
            case "SM2", "SM2SM3", "SM3SM2", "SM3WITHSM2", "SM2WITHSM3": self.init(key: .sm2, digest: .sm3)
            case "RSASHA256", "SHA256WITHRSA": self.init(key: .rsa, digest: .sha256)
            case "RSASHA1", "SHA1WITHRSA": self.init(key: .rsa, digest: .sha1)
            case "ECDSASHA256", "SHA256WITHECDSA": self.init(key: .ecdsa, digest: .sha256)
            default: return nil
            }
        }
    }

    init(key: Key, digest: OFDDigest) { self.key = key; self.digest = digest }
}
