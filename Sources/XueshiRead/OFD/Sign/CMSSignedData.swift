import Foundation

/// A PKCS#7 / CMS SignedData (RFC 5652), or its Chinese twin from GM/T 0010 (the same structure under
/// 1.2.156.10197.6.1.4.2.2, content type 1.2.156.10197.6.1.4.2.1): the SignedValue.dat of Type="Sign" signatures.
/// Read here rather than with OpenSSL's PKCS7 because OpenSSL does not know the GM/T 0010 OIDs, and SM2 needs its
/// user ID set; the signature itself is verified with OpenSSL (`OFDSignatureVerifier`).
struct CMSSignedData: Sendable {
    struct Signer: Sendable {
        var issuer: Data
        var serial: Data
        var digestAlgorithm: String?
        /// Signed attributes re-tagged as SET OF (what the signature covers when they are present).
        var signedAttributes: Data?
        /// The messageDigest attribute's value.
        var messageDigest: Data?
        var signatureAlgorithm: String?
        var signature: Data
    }

    static let signedDataOIDs: Set<String> = ["1.2.840.113549.1.7.2", "1.2.156.10197.6.1.4.2.2"]
    static let messageDigestOID = "1.2.840.113549.1.9.4"

    /// Embedded content (the OCTET STRING inside encapContentInfo), nil when detached.
    var content: Data?
    var certificates: [Data] = []
    var signers: [Signer] = []

    static func looksLike(_ node: DERNode) -> Bool {
        guard node.tag == DERNode.sequence, let c = try? node.children(), let oid = c.first?.oid else { return false }
        return signedDataOIDs.contains(oid)
    }

    init(_ node: DERNode) throws(DERError) {
        let info = try node.elements(DERNode.sequence, "PKCS#7 签名数据")
        guard info.count >= 2, let type = info[0].oid, CMSSignedData.signedDataOIDs.contains(type),
              info[1].tag == DERNode.context(0) else { throw DERError("不是 PKCS#7 SignedData") }
        let sd = try info[1].explicitInner().elements(DERNode.sequence, "SignedData")
        guard sd.count >= 4 else { throw DERError("SignedData 的元素不全") }
        let encap = try sd[2].elements(DERNode.sequence, "签名内容（encapContentInfo）")
        if encap.count >= 2, encap[1].tag == DERNode.context(0) {
            let inner = try encap[1].explicitInner()
            content = inner.tag == DERNode.octetString ? inner.contentData : inner.encoded
        }
        var rest = sd.dropFirst(3)
        if let c = rest.first, c.tag == DERNode.context(0) {
            certificates = try c.children().filter { $0.tag == DERNode.sequence }.map(\.encoded)
            rest = rest.dropFirst()
        }
        if let c = rest.first, c.tag == DERNode.context(1) { rest = rest.dropFirst() }
        guard let set = rest.first, set.tag == DERNode.set else { throw DERError("SignedData 缺少签名者信息") }
        for si in try set.children() { signers.append(try CMSSignedData.signer(si)) }
        guard !signers.isEmpty else { throw DERError("SignedData 没有签名者") }
    }

    private static func signer(_ node: DERNode) throws(DERError) -> Signer {
        let f = try node.elements(DERNode.sequence, "签名者信息（SignerInfo）")
        guard f.count >= 5 else { throw DERError("签名者信息（SignerInfo）的元素不全") }
        var issuer = Data(), serial = Data()
        if f[1].tag == DERNode.sequence {
            let ias = try f[1].children()
            if ias.count >= 2 { issuer = ias[0].encoded; serial = ias[1].contentData }
        }
        let digest = try f[2].elements(DERNode.sequence, "摘要算法").first?.oid
        var i = 3
        var attributes: Data?
        var messageDigest: Data?
        if f[i].tag == DERNode.context(0) {
            // Signed over as an explicit SET OF: the [0] IMPLICIT tag is replaced by SET's.
            attributes = Data([DERNode.set]) + Data(f[i].buffer[(f[i].start + 1)..<f[i].end])
            for a in try f[i].children() {
                let parts = try a.elements(DERNode.sequence, "签名属性")
                if parts.count >= 2, parts[0].oid == messageDigestOID,
                   let v = try parts[1].children().first, v.tag == DERNode.octetString { messageDigest = v.contentData }
            }
            i += 1
        }
        guard i + 1 < f.count else { throw DERError("签名者信息（SignerInfo）的元素不全") }
        let algorithm = try f[i].elements(DERNode.sequence, "签名算法").first?.oid
        let value = f[i + 1]
        guard value.tag == DERNode.octetString || value.tag == DERNode.bitString else {
            throw DERError("签名者信息中的签名值格式不符")
        }
        return Signer(issuer: issuer, serial: serial, digestAlgorithm: digest, signedAttributes: attributes,
                      messageDigest: messageDigest, signatureAlgorithm: algorithm,
                      signature: value.tag == DERNode.bitString ? (value.bits ?? Data()) : value.contentData)
    }

    /// The certificate a signer names by issuer and serial number (the only one, when there is just one).
    func certificate(for signer: Signer) -> Data? {
        for der in certificates {
            guard let cert = try? DERNode.parse(der), let c = try? cert.children(), let tbsNode = c.first,
                  let tbs = try? tbsNode.children() else { continue }
            let fields = tbs.first?.tag == DERNode.context(0) ? Array(tbs.dropFirst()) : tbs
            guard fields.count >= 3 else { continue }
            if fields[0].contentData == signer.serial && fields[2].encoded == signer.issuer { return der }
        }
        return certificates.count == 1 ? certificates[0] : nil
    }
}
