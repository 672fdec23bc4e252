import COpenSSL
import Foundation

/// An SM2 key pair generated for a test with OpenSSL, its self-signed certificate, and SM2-with-SM3 signing with
/// the default user ID ("1234567812345678") — the SES v4 convention.
final class TestSM2Key {
    let pkey: OpaquePointer

    init() {
        let ctx = EVP_PKEY_CTX_new_from_name(nil, "SM2", nil)!
        defer { EVP_PKEY_CTX_free(ctx) }
        precondition(EVP_PKEY_keygen_init(ctx) == 1)
        var key: OpaquePointer? = nil
        precondition(EVP_PKEY_generate(ctx, &key) == 1)
        pkey = key!
    }

    deinit { EVP_PKEY_free(pkey) }

    /// DER ECDSA-Sig-Value SEQUENCE { r, s } over `message` (SM3 with Z from the default ID).
    func sign(_ message: Data) -> Data {
        let md = EVP_MD_CTX_new()!
        defer { EVP_MD_CTX_free(md) }
        let pctx = EVP_PKEY_CTX_new_from_pkey(nil, pkey, nil)!
        defer { EVP_PKEY_CTX_free(pctx) }
        let id = Array("1234567812345678".utf8)
        precondition(EVP_PKEY_CTX_set1_id(pctx, id, Int32(id.count)) == 1)
        EVP_MD_CTX_set_pkey_ctx(md, pctx)
        precondition(EVP_DigestSignInit_ex(md, nil, "SM3", nil, nil, pkey, nil) == 1)
        var size = 0
        let bytes = [UInt8](message)
        precondition(EVP_DigestSign(md, nil, &size, bytes, bytes.count) == 1)
        var out = [UInt8](repeating: 0, count: size)
        precondition(EVP_DigestSign(md, &out, &size, bytes, bytes.count) == 1)
        return Data(out[0..<size])
    }

    /// A self-signed X.509 certificate (DER) for this key, valid from `from` to `to`.
    func certificate(commonName: String, organization: String? = nil,
                     from: Date = Date(timeIntervalSinceNow: -86_400),
                     to: Date = Date(timeIntervalSinceNow: 365 * 86_400)) -> Data {
        let x = X509_new()!
        defer { X509_free(x) }
        X509_set_version(x, 2)
        ASN1_INTEGER_set(X509_get_serialNumber(x), 7)
        ASN1_TIME_set(X509_getm_notBefore(x), time_t(from.timeIntervalSince1970))
        ASN1_TIME_set(X509_getm_notAfter(x), time_t(to.timeIntervalSince1970))
        precondition(X509_set_pubkey(x, pkey) == 1)
        let name = X509_get_subject_name(x)
        let utf8: Int32 = 0x1000  // MBSTRING_UTF8 (MBSTRING_FLAG)
        X509_NAME_add_entry_by_txt(name, "CN", utf8, commonName, -1, -1, 0)
        if let organization { X509_NAME_add_entry_by_txt(name, "O", utf8, organization, -1, -1, 0) }
        X509_set_issuer_name(x, name)
        precondition(X509_sign(x, pkey, EVP_sm3()) > 0, "X509_sign with SM2")
        let n = i2d_X509(x, nil)
        var out = [UInt8](repeating: 0, count: Int(n))
        out.withUnsafeMutableBufferPointer { buf in
            var p: UnsafeMutablePointer<UInt8>? = buf.baseAddress
            _ = i2d_X509(x, &p)
        }
        return Data(out)
    }
}
