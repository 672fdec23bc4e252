import Foundation

/// Decodes and verifies one SignedValue.dat against the Signature.xml that points to it: an electronic seal
/// signature (SES_Signature, v4 or v1) or a PKCS#7 / GM/T 0010 SignedData. Reports a signature as `valid` only
/// when OpenSSL verified the signature value with the signer's public key and the signed digest matches.
struct OFDSignedValueCheck {
    /// `valid`, `invalid`, `digest-mismatch` (the signature verifies or was not checked, but what it signs is not
    /// this Signature.xml), `not-verified`, `decoding-error`.
    var status = "not-verified"
    /// Why it is not `valid`, in Chinese.
    var reason: String?
    var method: String?
    var certificate: OFDCertificate?
    var signingTime: Date?
    var seal: SESeal?
    /// The seal maker's signature over the seal: `valid`, `invalid`, `not-verified`, `decoding-error`.
    var sealStatus = "not-verified"
    /// OpenSSL verified the signature value over what it signs (whatever the digests say).
    var cryptoVerified = false

    /// `kind` is the signature's Type: "seal" must hold an SES_Signature (or, from some producers, PKCS#7), so
    /// anything else is broken; "sign" may hold a format not understood here, which is then `not-verified`.
    init(value: Data, signatureXML: Data, file: OFDSignatureFile, kind: String = "seal") {
        let node: DERNode
        do {
            node = try DERNode.parse(value)
        } catch {
            if kind == "sign", value.first != DERNode.sequence {
                status = "not-verified"
                reason = "签名值不是可识别的格式（不是 ASN.1 结构，可能是不带证书的裸签名值），未能验证"
            } else {
                status = "decoding-error"
                reason = "签名值（SignedValue）不是有效的 ASN.1 数据：" + error.message
            }
            return
        }
        if SESSignature.looksLike(node) {
            checkSES(node, signatureXML: signatureXML, file: file)
        } else if CMSSignedData.looksLike(node) {
            checkCMS(node, signatureXML: signatureXML, file: file)
        } else if kind == "sign" {
            status = "not-verified"
            reason = "签名值的格式无法识别（既不是电子签章数据 SES_Signature，也不是 PKCS#7 签名），未能验证"
        } else {
            status = "decoding-error"
            reason = "电子签章的签名值不是电子签章数据（SES_Signature）"
        }
    }

    private mutating func checkSES(_ node: DERNode, signatureXML: Data, file: OFDSignatureFile) {
        let ses: SESSignature
        do { ses = try SESSignature(node) } catch {
            status = "decoding-error"
            reason = "电子签章数据（SES_Signature）格式损坏：" + error.message
            return
        }
        seal = ses.seal
        signingTime = ses.signingTime
        if let s = ses.seal { sealStatus = OFDSignedValueCheck.verifySeal(s) }
        else if ses.sealError != nil { sealStatus = "decoding-error" }
        let algorithm = (ses.signatureAlgorithm ?? file.method).flatMap { OFDSignatureAlgorithm($0) }
        method = algorithm?.label
        certificate = ses.certificate.flatMap { OFDCertificate(der: $0) }

        // dataHash is the digest of the Signature.xml file (GB/T 38540 §7.2): SM3 for SM2, else the algorithm's.
        let digests = Set([algorithm?.digest ?? .sm3, .sm3, .sha256])
        let hashMatches = ses.dataHash.map { h in digests.contains { $0.hash(signatureXML) == h } } ?? false

        let crypto = OFDSignedValueCheck.run(ses.toSign, ses.signature ?? Data(), certificate, algorithm,
                                             algorithmText: ses.signatureAlgorithm ?? file.method)
        settle(crypto, hashMatches: hashMatches,
               mismatch: "签章数据中的摘要（dataHash）与 Signature.xml 不符：签名描述文件在签章后被改动")
        if status == "invalid", ses.oddBitStrings {
            if hashMatches {
                // A value in a non-conforming encoding that fails cannot be told from a producer's quirk: the
                // signed description still matches, so it is unverified (a warning), never valid.
                status = "not-verified"
                reason = "签章数据的 BIT STRING 编码不规范（签章软件的编码问题），签名值无法按标准验证；签名描述文件的摘要与签章数据一致，请向出具方核实"
            } else {
                reason = (reason ?? "") + "（签章数据的 BIT STRING 编码不规范，也可能是签章软件的编码问题，请向出具方核实）"
            }
        }
        // GB/T 38540 §8: the signer must be the seal's holder (a certificate in the seal's list). A sound
        // signature by someone else means a seal used by who it was not made for.
        if status == "valid" || status == "digest-mismatch", let seal, let cert = ses.certificate,
           seal.isOwned(by: cert) == false {
            status = "invalid"
            reason = "签章者的证书不在电子印章的证书列表中：印章不属于签章者（签名值本身验证通过）"
        }
    }

    private mutating func checkCMS(_ node: DERNode, signatureXML: Data, file: OFDSignatureFile) {
        let cms: CMSSignedData
        do { cms = try CMSSignedData(node) } catch {
            status = "decoding-error"
            reason = "PKCS#7 签名数据格式损坏：" + error.message
            return
        }
        let signer = cms.signers[0]
        let digest = signer.digestAlgorithm.flatMap(OFDDigest.init(method:))
        let algorithm = signer.signatureAlgorithm.flatMap { OFDSignatureAlgorithm($0, digest: digest) }
            ?? file.method.flatMap { OFDSignatureAlgorithm($0) }
        method = algorithm?.label
        certificate = cms.certificate(for: signer).flatMap { OFDCertificate(der: $0) }
        let hashes = Set([digest ?? .sm3, algorithm?.digest ?? .sm3, .sm3]).compactMap { $0.hash(signatureXML) }

        // What was signed: the embedded content (Signature.xml or its digest), else detached Signature.xml (some
        // producers sign its digest detached).
        let contents: [Data]
        var hashMatches = true
        if let embedded = cms.content {
            contents = [embedded]
            hashMatches = embedded == signatureXML || hashes.contains(embedded)
        } else {
            contents = [signatureXML] + hashes
        }
        var crypto = Crypto.invalid
        if let attributes = signer.signedAttributes {
            // Signed attributes: the signature covers them, and their messageDigest ties them to the content.
            crypto = OFDSignedValueCheck.run(attributes, signer.signature, certificate, algorithm,
                                             algorithmText: signer.signatureAlgorithm)
            if let md = signer.messageDigest, let d = algorithm?.digest ?? digest {
                if !contents.contains(where: { d.hash($0) == md }) { hashMatches = false }
            } else if crypto == .valid {
                crypto = .unsupported("签名属性中缺少消息摘要（messageDigest），签名与签名描述文件的关联未能确认")
            }
        } else {
            for c in contents {
                crypto = OFDSignedValueCheck.run(c, signer.signature, certificate, algorithm,
                                                 algorithmText: signer.signatureAlgorithm)
                if crypto != .invalid { break }
            }
        }
        settle(crypto, hashMatches: hashMatches, mismatch: "PKCS#7 签名内容与 Signature.xml 不符：签名描述文件在签名后被改动")
    }

    private mutating func settle(_ crypto: Crypto, hashMatches: Bool, mismatch: String) {
        cryptoVerified = crypto == .valid
        switch crypto {
        case .invalid:
            status = "invalid"
            reason = "签名值验证失败：签名值与签名者证书的公钥不符，或签名数据被改动"
        case .unsupported(let why) where hashMatches:
            status = "not-verified"
            reason = why
        case .unsupported, .valid:
            if hashMatches { status = "valid"; reason = nil } else { status = "digest-mismatch"; reason = mismatch }
        }
    }

    enum Crypto: Equatable { case valid, invalid, unsupported(String) }

    static func run(_ message: Data, _ signature: Data, _ certificate: OFDCertificate?,
                    _ algorithm: OFDSignatureAlgorithm?, algorithmText: String?) -> Crypto {
        guard let algorithm else {
            return .unsupported("签名算法 \(algorithmText ?? "（未注明）") 不受支持，未能验证签名值")
        }
        guard let certificate else { return .unsupported("签名数据中没有可读的签名者证书，未能验证签名值") }
        guard !signature.isEmpty else { return .unsupported("签名数据中没有签名值") }
        switch OFDSignatureVerifier.verify(message, signature: signature, certificate: certificate, algorithm: algorithm) {
        case .valid: return .valid
        case .invalid: return .invalid
        case .unsupported(let why): return .unsupported(why + "，未能验证签名值")
        }
    }

    /// The seal maker's signature over the seal, tried over each byte string producers are known to sign.
    static func verifySeal(_ seal: SESeal) -> String {
        guard let der = seal.makerCertificate, let cert = OFDCertificate(der: der),
              let alg = seal.signatureAlgorithm.flatMap({ OFDSignatureAlgorithm($0) }),
              let sig = seal.signature, !sig.isEmpty else { return "not-verified" }
        var sawInvalid = false
        for candidate in seal.makerSignedCandidates {
            switch OFDSignatureVerifier.verify(candidate, signature: sig, certificate: cert, algorithm: alg) {
            case .valid: return "valid"
            case .invalid: sawInvalid = true
            case .unsupported: return "not-verified"
            }
        }
        return sawInvalid ? "invalid" : "not-verified"
    }
}
