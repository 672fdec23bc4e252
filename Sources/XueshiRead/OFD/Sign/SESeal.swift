import Foundation

/// An electronic seal (`SESeal`) decoded from DER, in either version:
/// - GB/T 38540-2020 (header version 4): SEQUENCE { esealInfo, cert OCTET STRING, signAlgID OID, signedValue BIT STRING }
/// - GM/T 0031-2014 (version 1): SEQUENCE { esealInfo, signInfo SEQUENCE { cert, signatureAlgorithm, signData } }
/// where esealInfo is SEQUENCE { header { "ES", version, Vid }, esID, property, picture, extDatas OPTIONAL }.
/// The property's shape differs (v4 has certListType and GeneralizedTime dates, v1 UTCTime and no list type), so
/// it is read by element type rather than position.
struct SESeal: Sendable {
    var version: Int?
    /// The seal maker's system ID (Vid) from the header.
    var vendor: String?
    var esID: String?
    var type: Int?
    var name: String?
    /// Certificates in the property's cert list (DER): the seal owner's.
    var ownerCertificates: [Data] = []
    /// Digests of the owner's certificates, when the list holds digests instead (certListType 2).
    var ownerCertificateDigests: [Data] = []
    var createDate: Date?
    var validStart: Date?
    var validEnd: Date?
    var pictureType: String?
    var picture: Data?
    var widthMM: Double?
    var heightMM: Double?
    /// The DER of esealInfo, and of the whole seal: what the maker's signature covers.
    var sealInfoDER: Data
    var makerCertificate: Data?
    var signatureAlgorithm: String?
    var signature: Data?
    /// Candidate byte strings the maker signed; producers differ (see `signedCandidates`).
    var makerSignedCandidates: [Data] = []

    init(_ node: DERNode) throws(DERError) {
        let top = try node.elements(DERNode.sequence, "电子印章")
        guard top.count >= 2, top[0].tag == DERNode.sequence else { throw DERError("电子印章的 ASN.1 结构不符") }
        let info = try top[0].elements(DERNode.sequence, "印章信息")
        guard info.count >= 4 else { throw DERError("印章信息（SES_SealInfo）的元素不全") }
        sealInfoDER = top[0].encoded

        let header = try info[0].elements(DERNode.sequence, "印章头")
        guard header.count >= 2, header[0].string == "ES" else { throw DERError("印章头标识不是 ES") }
        version = header[1].int
        vendor = header.count > 2 ? header[2].string : nil
        esID = info[1].string

        // Property: read by type, not position (v1 and v4 differ).
        var times: [Date] = []
        var ints: [Int] = []
        for p in try info[2].elements(DERNode.sequence, "印章属性") {
            switch p.tag {
            case DERNode.integer: if let v = p.int { ints.append(v) }
            case DERNode.utf8String, DERNode.bmpString, DERNode.printableString, DERNode.ia5String:
                if name == nil { name = p.string?.trimmingCharacters(in: .whitespacesAndNewlines) }
            case DERNode.utcTime, DERNode.generalizedTime: if let t = p.time { times.append(t) }
            case DERNode.sequence:
                ownerCertificates = SESeal.certificates(in: p)
                ownerCertificateDigests = SESeal.digests(in: p)
            default: break
            }
        }
        type = ints.first
        if times.count >= 3 { createDate = times[0]; validStart = times[1]; validEnd = times[2] }
        else if times.count == 2 { validStart = times[0]; validEnd = times[1] }

        let picture = try info[3].elements(DERNode.sequence, "印章图像")
        if picture.count >= 2 {
            pictureType = picture[0].string?.trimmingCharacters(in: .whitespaces).lowercased()
            if picture[1].tag == DERNode.octetString { self.picture = picture[1].contentData }
        }
        if picture.count >= 4 { widthMM = picture[2].int.map(Double.init); heightMM = picture[3].int.map(Double.init) }

        if top.count >= 4, top[1].tag == DERNode.octetString {
            // v4: the maker signs SEQUENCE { esealInfo, cert, signAlgID } (GB/T 38540 §6.2); some makers sign
            // esealInfo alone.
            makerCertificate = top[1].contentData
            signatureAlgorithm = top[2].oid
            signature = top[3].bits ?? (top[3].tag == DERNode.octetString ? top[3].contentData : nil)
            let tbs = Data(node.buffer[top[0].start..<top[2].end])
            makerSignedCandidates = [DERWriter.sequence(tbs), sealInfoDER]
        } else if top[1].tag == DERNode.sequence {
            // v1: SES_SignInfo { cert, signatureAlgorithm, signData }; signData over esealInfo.
            let sign = try top[1].children()
            if sign.count >= 3 {
                makerCertificate = sign[0].tag == DERNode.octetString ? sign[0].contentData : sign[0].encoded
                signatureAlgorithm = sign[1].oid
                signature = sign[2].bits ?? (sign[2].tag == DERNode.octetString ? sign[2].contentData : nil)
                let tbs = Data(node.buffer[top[0].start..<sign[1].end])
                makerSignedCandidates = [sealInfoDER, DERWriter.sequence(tbs)]
            }
        }
    }

    /// Whether `certificate` (DER) is one the seal lists as its owner's; nil when the seal lists none.
    func isOwned(by certificate: Data) -> Bool? {
        if !ownerCertificates.isEmpty { return ownerCertificates.contains(certificate) }
        if !ownerCertificateDigests.isEmpty {
            let mine = OFDDigest.allCases.compactMap { $0.hash(certificate) }
            return ownerCertificateDigests.contains { mine.contains($0) }
        }
        return nil
    }

    /// Digest values inside a CertDigestList: SEQUENCE OF SEQUENCE { type PrintableString, value OCTET STRING }.
    static func digests(in list: DERNode) -> [Data] {
        guard let items = try? list.children() else { return [] }
        return items.compactMap { item in
            guard item.tag == DERNode.sequence, let parts = try? item.children(), let v = parts.last,
                  v.tag == DERNode.octetString, (20...64).contains(v.length) else { return nil }
            return v.contentData
        }
    }

    /// Certificates inside a cert list: OCTET STRINGs holding an X.509 SEQUENCE (a digest list has none).
    static func certificates(in list: DERNode) -> [Data] {
        guard let items = try? list.children() else { return [] }
        return items.compactMap { item in
            if item.tag == DERNode.octetString, item.length > 100, item.buffer[item.contentStart] == DERNode.sequence {
                return item.contentData
            }
            if item.tag == DERNode.sequence, item.length > 100 { return item.encoded }
            return nil
        }
    }
}
