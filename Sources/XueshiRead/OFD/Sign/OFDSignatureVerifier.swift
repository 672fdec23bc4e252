import COpenSSL
import Foundation

/// Verifies one signature value over a message with a certificate's public key (OpenSSL 3 EVP). SM2 sets the
/// default user ID, since the SM2 signature is over SM3(Z ‖ message) and Z depends on it.
enum OFDSignatureVerifier {
    enum Outcome: Equatable { case valid, invalid, unsupported(String) }

    static func verify(_ message: Data, signature: Data, certificate: OFDCertificate,
                       algorithm: OFDSignatureAlgorithm) -> Outcome {
        guard let key = certificate.publicKey else { return .unsupported("证书中的公钥无法读取") }
        let isSM2 = EVP_PKEY_is_a(key, "SM2") == 1
        let isEC = EVP_PKEY_is_a(key, "EC") == 1
        let isRSA = EVP_PKEY_is_a(key, "RSA") == 1 || EVP_PKEY_is_a(key, "RSA-PSS") == 1
        switch algorithm.key {
        case .sm2 where !isSM2: return .unsupported("签名算法为 SM2，但证书公钥不是 SM2 公钥")
        case .rsa where !isRSA: return .unsupported("签名算法为 RSA，但证书公钥不是 RSA 公钥")
        case .ecdsa where !isEC: return .unsupported("签名算法为 ECDSA，但证书公钥不是 ECDSA 公钥")
        default: break
        }
        var value = signature
        if algorithm.key != .rsa, let der = ecdsaDER(signature) { value = der }
        guard let md = EVP_MD_CTX_new() else { return .unsupported("OpenSSL 无法分配验证上下文") }
        defer { EVP_MD_CTX_free(md) }
        var pctx: OpaquePointer? = nil
        if algorithm.key == .sm2 {
            // The user ID has to be on the key context before DigestVerifyInit computes Z from it.
            guard let p = EVP_PKEY_CTX_new_from_pkey(nil, key, nil) else { return .unsupported("OpenSSL 无法创建 SM2 上下文") }
            pctx = p
            let id = OFDSignatureAlgorithm.sm2UserID
            guard EVP_PKEY_CTX_set1_id(p, id, Int32(id.count)) == 1 else {
                EVP_PKEY_CTX_free(p)
                return .unsupported("OpenSSL 无法设置 SM2 用户标识")
            }
            EVP_MD_CTX_set_pkey_ctx(md, p)
        }
        defer { if let pctx { EVP_PKEY_CTX_free(pctx) } }
        ERR_clear_error()
        let initOK = EVP_DigestVerifyInit_ex(md, nil, algorithm.digest.rawValue, nil, nil, key, nil) == 1
        guard initOK else {
            ERR_clear_error()
            return .unsupported("OpenSSL 不支持 \(algorithm.label) 验证")
        }
        let r = message.withUnsafeBytes { m in
            value.withUnsafeBytes { s in
                EVP_DigestVerify(md, s.bindMemory(to: UInt8.self).baseAddress, s.count,
                                 m.bindMemory(to: UInt8.self).baseAddress, m.count)
            }
        }
        ERR_clear_error()
        return r == 1 ? .valid : .invalid
    }

    /// An SM2/ECDSA value as strict DER SEQUENCE { r, s }, which OpenSSL insists on. Producers deviate two ways:
    /// raw r ‖ s (64 bytes for SM2), and DER whose integers lack the leading zero (so r or s reads as negative)
    /// or carry a superfluous one. Either is re-encoded from the unsigned magnitudes; nil when it is neither form.
    static func ecdsaDER(_ sig: Data) -> Data? {
        let bytes = [UInt8](sig)
        var r: ArraySlice<UInt8>, s: ArraySlice<UInt8>
        if let node = try? DERNode.parse(bytes), node.tag == DERNode.sequence, node.end == bytes.count,
           let c = try? node.children(), c.count == 2, c.allSatisfy({ $0.tag == DERNode.integer && $0.length > 0 }) {
            r = c[0].content; s = c[1].content
        } else if bytes.count == 64 || bytes.count == 96 || bytes.count == 132 {
            r = bytes[0..<(bytes.count / 2)]; s = bytes[(bytes.count / 2)...]
        } else {
            return nil
        }
        func integer(_ v: ArraySlice<UInt8>) -> [UInt8] {
            var m = Array(v.drop { $0 == 0 })
            if m.isEmpty { m = [0] }
            if m[0] & 0x80 != 0 { m.insert(0, at: 0) }
            return DERWriter.header(DERNode.integer, m.count) + m
        }
        let body = integer(r) + integer(s)
        return Data(DERWriter.header(DERNode.sequence, body.count) + body)
    }
}
