import COpenSSL
import Foundation

/// An X.509 certificate from a seal or a signature (DER), read with OpenSSL: who it names, when it is valid, and
/// its public key for verification. No chain is built: no Chinese CA root is available to trust.
final class OFDCertificate {
    private let x509: OpaquePointer

    init?(der: Data) {
        guard !der.isEmpty, der.count < Int(Int32.max) else { return nil }
        let parsed: OpaquePointer? = der.withUnsafeBytes { raw in
            var p: UnsafePointer<UInt8>? = raw.bindMemory(to: UInt8.self).baseAddress
            return d2i_X509(nil, &p, raw.count)
        }
        guard let parsed else { return nil }
        x509 = parsed
    }

    deinit { X509_free(x509) }

    var commonName: String? { entry(NID_commonName, in: X509_get_subject_name(x509)) }
    var organization: String? { entry(NID_organizationName, in: X509_get_subject_name(x509)) }
    /// CN, else O: how the report names the holder.
    var displayName: String? { commonName ?? organization }
    var notBefore: Date? { OFDCertificate.date(X509_get0_notBefore(x509)) }
    var notAfter: Date? { OFDCertificate.date(X509_get0_notAfter(x509)) }

    /// The public key, borrowed: valid while the certificate lives.
    var publicKey: OpaquePointer? { X509_get0_pubkey(x509) }

    /// Whether `date` falls inside the validity period (unknown bounds do not fail it).
    func isValid(at date: Date) -> Bool {
        if let b = notBefore, date < b.addingTimeInterval(-300) { return false }
        if let a = notAfter, date > a.addingTimeInterval(300) { return false }
        return true
    }

    private func entry(_ nid: Int32, in name: OpaquePointer?) -> String? {
        guard let name else { return nil }
        let i = X509_NAME_get_index_by_NID(name, nid, -1)
        guard i >= 0, let e = X509_NAME_get_entry(name, i), let value = X509_NAME_ENTRY_get_data(e) else { return nil }
        var out: UnsafeMutablePointer<UInt8>? = nil
        let n = ASN1_STRING_to_UTF8(&out, value)
        guard n >= 0, let out else { return nil }
        defer { CRYPTO_free(out, #fileID, #line) }
        let s = String(decoding: UnsafeBufferPointer(start: out, count: Int(n)), as: UTF8.self)
            .trimmingCharacters(in: .whitespacesAndNewlines)
        return s.isEmpty ? nil : s
    }

    private static func date(_ t: UnsafePointer<ASN1_TIME>?) -> Date? {
        guard let t else { return nil }
        var tm = tm()
        guard ASN1_TIME_to_tm(t, &tm) == 1 else { return nil }
        return Date(timeIntervalSince1970: Double(timegm(&tm)))
    }
}
