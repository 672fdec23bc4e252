import COpenSSL
import Foundation
@testable import XueshiRead
import ZIPFoundation

/// Builds a small OFD signed the way GB/T 38540 v4 electronic seals sign (what the corpus generator writes too):
/// SM3 references in Signature.xml, an SESeal signed by the seal maker over SEQUENCE { esealInfo, cert, signAlgID },
/// and an SES_Signature whose TBS_Sign carries SM3(Signature.xml) as dataHash and is signed SM2-with-SM3 (default
/// user ID, DER r,s) by a self-signed SM2 certificate made in the test. `parts` can be changed after signing to
/// tamper, then `zip()` packs them.
struct SignedOFDBuilder {
    static let signaturesPath = "Doc_0/Signs/Signatures.xml"
    static let signaturePath = "Doc_0/Signs/Sign_0/Signature.xml"
    static let signedValuePath = "Doc_0/Signs/Sign_0/SignedValue.dat"
    static let contentPath = "Doc_0/Pages/Page_0/Content.xml"
    static let sealName = "测试培训中心培训专用章"

    var parts: [String: Data] = [:]
    /// Zip order: the order parts were added.
    var order: [String] = []
    let key = TestSM2Key()
    let signingTime = Date(timeIntervalSince1970: 1_735_000_000)  // 2024-12-24
    var signatureAlgorithm = "1.2.156.10197.1.501"
    /// Write the signature value as raw r ‖ s instead of DER.
    var rawSignature = false
    /// The signer certificate's validity; by default a year either side of the signing time.
    var certificateValidity: (from: Date, to: Date)
    /// What SignedValue.dat holds.
    enum Value {
        /// Type="Seal": SES_Signature v4 with an embedded SESeal.
        case seal
        /// Type="Sign": PKCS#7 SignedData detached over Signature.xml, with signed attributes (messageDigest).
        case pkcs7
    }
    let value: Value
    /// The seal's owner certificate, when it is not the signer's (a seal used by someone it was not made for).
    var sealOwner: Data?
    /// Sign Signatures.xml too (what some producers do).
    var signsSignatureList = false
    /// The seal's own validity (validStart, validEnd).
    var sealValidity = (from: Date(timeIntervalSince1970: 1_700_000_000), to: Date(timeIntervalSince1970: 1_900_000_000))

    init(signatureAlgorithm: String = "1.2.156.10197.1.501", rawSignature: Bool = false,
         certificateValidity: (from: Date, to: Date)? = nil, value: Value = .seal, sealOwner: Data? = nil) {
        self.sealOwner = sealOwner
        self.signatureAlgorithm = signatureAlgorithm
        self.rawSignature = rawSignature
        self.value = value
        self.certificateValidity = certificateValidity
            ?? (signingTime.addingTimeInterval(-365 * 86_400), signingTime.addingTimeInterval(365 * 86_400))
        put("OFD.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:OFD xmlns:ofd="http://www.ofdspec.org/2016" DocType="OFD" Version="1.0"><ofd:DocBody>\
            <ofd:DocInfo><ofd:DocID>test</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot>\
            <ofd:Signatures>Doc_0/Signs/Signatures.xml</ofd:Signatures></ofd:DocBody></ofd:OFD>
            """)
        put("Doc_0/Document.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>10</ofd:MaxUnitID>\
            <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>\
            <ofd:Pages><ofd:Page ID="5" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>
            """)
        put(Self.contentPath, """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer ID="6">\
            <ofd:TextObject ID="7" Boundary="20 20 100 10" Font="1" Size="5"><ofd:TextCode X="0" Y="5">结业证书</ofd:TextCode>\
            </ofd:TextObject></ofd:Layer></ofd:Content></ofd:Page>
            """)
        put(Self.signaturesPath, """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Signatures xmlns:ofd="http://www.ofdspec.org/2016"><ofd:MaxSignId>1</ofd:MaxSignId>\
            <ofd:Signature ID="1" Type="\(value == .seal ? "Seal" : "Sign")" BaseLoc="Sign_0/Signature.xml"/></ofd:Signatures>
            """)
        sign()
    }

    mutating func put(_ path: String, _ text: String) { put(path, Data(text.utf8)) }
    mutating func put(_ path: String, _ data: Data) {
        if parts[path] == nil { order.append(path) }
        parts[path] = data
    }

    /// Writes Signature.xml (references over the document parts as they are now) and SignedValue.dat.
    mutating func sign() {
        let signed = ["Doc_0/Document.xml", Self.contentPath] + (signsSignatureList ? [Self.signaturesPath] : [])
        var refs = ""
        for p in signed {
            let digest = sm3(parts[p]!).base64EncodedString()
            refs += "<ofd:Reference FileRef=\"/\(p)\"><ofd:CheckValue>\(digest)</ofd:CheckValue></ofd:Reference>"
        }
        let xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Signature xmlns:ofd="http://www.ofdspec.org/2016"><ofd:SignedInfo>\
            <ofd:Provider ProviderName="xueshi-test" Company="test" Version="1.0"/>\
            <ofd:SignatureMethod>\(signatureAlgorithm)</ofd:SignatureMethod>\
            <ofd:SignatureDateTime>20241224003320Z</ofd:SignatureDateTime>\
            <ofd:References CheckMethod="1.2.156.10197.1.401">\(refs)</ofd:References>\
            <ofd:StampAnnot ID="9" PageRef="5" Boundary="120 200 40 40"/></ofd:SignedInfo>\
            <ofd:SignedValue>SignedValue.dat</ofd:SignedValue></ofd:Signature>
            """
        put(Self.signaturePath, xml)
        switch value {
        case .seal: put(Self.signedValuePath, signedValue(signatureXML: Data(xml.utf8)))
        case .pkcs7: put(Self.signedValuePath, pkcs7(signatureXML: Data(xml.utf8)))
        }
    }

    /// PKCS#7 SignedData (RFC 2315 OIDs), detached, signed attributes carrying SM3(Signature.xml).
    func pkcs7(signatureXML: Data) -> Data {
        typealias D = DERBuilder
        let cert = key.certificate(commonName: "测试培训中心", organization: "测试培训中心",
                                   from: certificateValidity.from, to: certificateValidity.to)
        // issuer and serial from the certificate's TBS: SEQUENCE { [0] version, serial, sigAlg, issuer, … }.
        let tbs = try! DERNode.parse(cert).children()[0].children()
        let serial = tbs[1].encoded, issuer = tbs[3].encoded
        let attributes = D.seq(D.oid("1.2.840.113549.1.9.3"), D.set(D.oid("1.2.840.113549.1.7.1")))
            + D.seq(D.oid("1.2.840.113549.1.9.4"), D.set(D.octets(sm3(signatureXML))))
        var signature = key.sign(Data(D.tlv(0x31, attributes)))
        if rawSignature { signature = Self.rawRS(signature) }
        let signer = D.seq(D.int(1), D.seq(Array(issuer), Array(serial)), D.seq(D.oid("1.2.156.10197.1.401"), D.null()),
                           D.tlv(0xA0, attributes), D.seq(D.oid(signatureAlgorithm)), D.octets(signature))
        let signedData = D.seq(D.int(1), D.set(D.seq(D.oid("1.2.156.10197.1.401"), D.null())),
                               D.seq(D.oid("1.2.840.113549.1.7.1")), D.tlv(0xA0, Array(cert)), D.set(signer))
        return Data(D.seq(D.oid("1.2.840.113549.1.7.2"), D.context(0, signedData)))
    }

    /// SES_Signature v4 over `signatureXML`.
    func signedValue(signatureXML: Data) -> Data {
        typealias D = DERBuilder
        let cert = key.certificate(commonName: "测试培训中心", organization: "测试培训中心",
                                   from: certificateValidity.from, to: certificateValidity.to)
        let png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + [UInt8](repeating: 7, count: 40))
        let sealInfo = D.seq(
            D.seq(D.ia5("ES"), D.int(4), D.ia5("XUESHI")),
            D.ia5("11010000000001"),
            D.seq(D.int(2), D.utf8(Self.sealName), D.int(1), D.seq(D.octets(sealOwner ?? cert)),
                  D.generalizedTime(Date(timeIntervalSince1970: 1_700_000_000)),
                  D.generalizedTime(sealValidity.from), D.generalizedTime(sealValidity.to)),
            D.seq(D.ia5("png"), D.octets(png), D.int(40), D.int(40)))
        let sealTBS = D.seq(sealInfo, D.octets(cert), D.oid("1.2.156.10197.1.501"))
        let sealSignature = key.sign(Data(sealTBS))
        let seal = D.seq(sealInfo, D.octets(cert), D.oid("1.2.156.10197.1.501"), D.bits(sealSignature))
        let tbs = D.seq(D.int(4), seal, D.generalizedTime(signingTime), D.bits(sm3(signatureXML)),
                        D.ia5("/" + Self.signaturePath))
        var signature = key.sign(Data(tbs))
        if rawSignature { signature = Self.rawRS(signature) }
        return Data(D.seq(tbs, D.octets(cert), D.oid(signatureAlgorithm), D.bits(signature)))
    }

    func zip() -> Data {
        let archive = try! Archive(data: Data(), accessMode: .create)
        for path in order {
            let data = parts[path]!
            try! archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count),
                                  compressionMethod: .deflate) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        return archive.data!
    }

    func sm3(_ d: Data) -> Data {
        var out = [UInt8](repeating: 0, count: 32)
        var n = 0
        _ = d.withUnsafeBytes { EVP_Q_digest(nil, "SM3", nil, $0.baseAddress, $0.count, &out, &n) }
        return Data(out)
    }

    /// DER SEQUENCE { r, s } → 32-byte r ‖ 32-byte s.
    static func rawRS(_ der: Data) -> Data {
        let b = [UInt8](der)
        var i = 2
        func next() -> [UInt8] {
            let len = Int(b[i + 1])
            let v = Array(b[(i + 2)..<(i + 2 + len)])
            i += 2 + len
            let m = Array(v.drop { $0 == 0 })
            return [UInt8](repeating: 0, count: 32 - m.count) + m
        }
        return Data(next() + next())
    }
}
