import Foundation

/// An electronic seal signature (`SES_Signature`, the SignedValue.dat of a Type="Seal" signature), in either version:
/// - GB/T 38540-2020 (v4): SEQUENCE { toSign TBS_Sign, cert OCTET STRING, signatureAlgID OID, signature BIT STRING,
///   timeStamp [0] OPTIONAL }, TBS_Sign ::= SEQUENCE { version 4, eseal SESeal, timeInfo GeneralizedTime,
///   dataHash BIT STRING, propertyInfo IA5String, extDatas [0] OPTIONAL }
/// - GM/T 0031-2014 (v1): SEQUENCE { toSign TBS_Sign, signature BIT STRING }, TBS_Sign ::= SEQUENCE { version 1,
///   eseal, timeInfo BIT STRING, dataHash BIT STRING, propertyInfo IA5String, cert OCTET STRING, signatureAlgorithm OID }
/// Both sign the DER of TBS_Sign; dataHash is the digest of the Signature.xml that points here.
struct SESSignature: Sendable {
    var version: Int?
    var seal: SESeal?
    /// Why the embedded seal could not be read, when it could not (the signature itself may still be checked).
    var sealError: String?
    var signingTime: Date?
    var dataHash: Data?
    /// The part the signature says it signs (propertyInfo: usually the Signature.xml path).
    var propertyInfo: String?
    var certificate: Data?
    var signatureAlgorithm: String?
    var signature: Data?
    /// The DER of TBS_Sign: what the signature covers.
    var toSign: Data
    /// A signature or dataHash BIT STRING that declares unused bits (digests and signatures are whole bytes): a
    /// producer's encoding quirk, worth naming when the signature then fails.
    var oddBitStrings = false

    /// Whether `node` has the shape of an SES_Signature (a SEQUENCE whose first element is TBS_Sign, which starts
    /// with a version INTEGER and a SEQUENCE), to tell it from CMS SignedData (which starts with an OID).
    static func looksLike(_ node: DERNode) -> Bool {
        guard node.tag == DERNode.sequence, let top = try? node.children(), top.count >= 2,
              top[0].tag == DERNode.sequence, let tbs = try? top[0].children(), tbs.count >= 4 else { return false }
        return tbs[0].tag == DERNode.integer && tbs[1].tag == DERNode.sequence
    }

    init(_ node: DERNode) throws(DERError) {
        let top = try node.elements(DERNode.sequence, "签章数据")
        guard top.count >= 2 else { throw DERError("签章数据（SES_Signature）的元素不全") }
        let tbs = try top[0].elements(DERNode.sequence, "待签名数据（TBS_Sign）")
        guard tbs.count >= 5 else { throw DERError("待签名数据（TBS_Sign）的元素不全") }
        toSign = top[0].encoded
        version = tbs[0].int
        do { seal = try SESeal(tbs[1]) } catch { sealError = error.message }
        switch tbs[2].tag {
        case DERNode.generalizedTime, DERNode.utcTime: signingTime = tbs[2].time
        case DERNode.bitString, DERNode.octetString:
            // v1 writes the time as text in a BIT STRING ("20200125073156Z" or similar).
            let raw = tbs[2].tag == DERNode.bitString ? tbs[2].bits : tbs[2].contentData
            if let raw { signingTime = DERNode.parseTime(String(decoding: raw, as: UTF8.self), utc: false) }
        default: break
        }
        dataHash = tbs[3].bits ?? (tbs[3].tag == DERNode.octetString ? tbs[3].contentData : nil)
        guard dataHash != nil else { throw DERError("待签名数据中的摘要（dataHash）格式不符") }
        propertyInfo = tbs[4].string
        if top.count >= 4, top[1].tag == DERNode.octetString {
            // v4: cert and algorithm after toSign.
            certificate = top[1].contentData
            signatureAlgorithm = top[2].oid
            signature = top[3].bits ?? (top[3].tag == DERNode.octetString ? top[3].contentData : nil)
        } else {
            // v1: cert and algorithm inside toSign, the signature alone after it.
            if tbs.count >= 7 {
                certificate = tbs[5].tag == DERNode.octetString ? tbs[5].contentData : nil
                signatureAlgorithm = tbs[6].oid
            }
            signature = top[1].bits ?? (top[1].tag == DERNode.octetString ? top[1].contentData : nil)
        }
        guard signature != nil else { throw DERError("签章数据中的签名值格式不符") }
        let sigNode = top.count >= 4 && top[1].tag == DERNode.octetString ? top[3] : top[1]
        oddBitStrings = [sigNode, tbs[3]].contains { $0.tag == DERNode.bitString && $0.length > 0 && $0.buffer[$0.contentStart] != 0 }
    }
}
