import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// OFD signatures on the committed ofdrw fixtures (what they really hold) and on OFDs signed in the test.
@Suite struct OFDSignatureFixtureTests {
    static func read(_ name: String) throws -> (signatures: [SignatureInfo], stamps: [OFDStamp]) {
        // The Signatures.xml the package's DocBody names, as OFDReader finds it.
        let package = try OFDReader.open(data: try Samples.fixture("ofd/" + name), options: .textOnly).get()
        let path = try #require(package.signaturesPath)
        return OFDSignatureReader.read(package.container, signaturesPath: path)
    }

    /// keyword.ofd: an electronic seal (Type=Seal, SES v4) and a PKCS#7 signature (Type=Sign, GM/T 0010
    /// SignedData) over it. Both signature values verify with SM2-SM3; ofdrw's test edits left three signed parts
    /// changed (their SM3 digests no longer match), and three page resources were never signed.
    @Test func keywordSealAndSign() throws {
        let r = try Self.read("keyword.ofd")
        #expect(r.signatures.count == 2)
        let seal = r.signatures[0], sign = r.signatures[1]
        #expect(seal.kind == "seal" && sign.kind == "sign")
        #expect(seal.method == "SM2-SM3" && sign.method == "SM2-SM3")
        for s in r.signatures {
            #expect(s.signatureStatus == "digest-mismatch")
            #expect(s.failedReferences == ["OFD.xml", "Doc_0/Document.xml", "Doc_0/Pages/Page_0/Content.xml"])
            #expect(s.reason?.contains("签名值本身验证通过") == true)
            #expect(s.uncoveredParts == ["Doc_0/DocumentRes.xml", "Doc_0/PublicRes.xml", "Doc_0/Res/Font7.ttf"])
            // Resources, not pages: replaceable, not a page added after signing.
            #expect(s.uncoveredPages.isEmpty)
            #expect(!s.coversWholeFile)
            #expect(s.certificateStatus == "unknown-issuer")
            #expect(s.signer == "37030000001721")
        }
        #expect(seal.provider == "oesplugin 1.0.0.1（tongz）")
        #expect(seal.references == 7)  // 4 of them match: the image, the template, the seal, signFilePaths.dat
        #expect(sign.references == 9)
        let e = try #require(seal.seal)
        #expect(e.name == "淄博市周村区自然资源局(不动产登记专用章)")
        #expect(e.esID == "37030000001721" && e.type == 6 && e.version == 4)
        #expect(e.validFrom == iso("2020-05-26T07:40:03Z") && e.validTo == iso("2021-05-25T16:00:00Z"))
        #expect(e.pictureType == "png" && e.widthMM == 42 && e.heightMM == 42)
        #expect(e.maker == "山东省政府统一电子印章制作系统")
        #expect(e.sealStatus == "valid")
        #expect(e.page == 1)
        let box = try #require(e.box)
        #expect(abs(box.x0 - 90 * 72 / 25.4) < 0.01 && abs(box.width - 42 * 72 / 25.4) < 0.01)
        #expect(sign.seal == nil)
        #expect(r.stamps.count == 1)
        #expect(r.stamps[0].pageIndex == 0 && r.stamps[0].boundary == OFDStamp.Rect(x: 90, y: 110, width: 42, height: 42))
        #expect(r.stamps[0].picture?.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
    }

    /// 发票示例.ofd: a tax-bureau invoice seal (SES v4, picture itself an OFD). The value verifies; Document.xml
    /// was changed after signing (ofdrw's sample), every other of the 13 references matches.
    @Test func invoiceSeal() throws {
        let r = try Self.read("发票示例.ofd")
        let s = try #require(r.signatures.first)
        #expect(r.signatures.count == 1)
        #expect(s.references == 13)
        #expect(s.failedReferences == ["Doc_0/Document.xml"])
        #expect(s.signatureStatus == "digest-mismatch")
        #expect(s.uncoveredParts.isEmpty)
        #expect(s.signer == "全国统一发票监制章国家税务总局重庆市税务局")
        #expect(s.organization == "融易算电子发票服务平台")
        #expect(s.signingTime == iso("2020-10-10T07:11:20Z"))
        let e = try #require(s.seal)
        #expect(e.name == "测试全国统一发票监制章国家税务总局重庆市税务局")
        #expect(e.validFrom == iso("2020-10-07T16:00:00Z") && e.validTo == iso("2023-10-07T16:00:00Z"))
        #expect(e.pictureType == "ofd" && e.widthMM == 30 && e.heightMM == 20)
        #expect(e.sealStatus == "valid")
        #expect(r.stamps.first?.pictureType == "ofd")
    }

    /// n.ofd: an older GM/T 0031 (v1) seal. Its references use 1.2.156.10197.1.401.2 (SM3 with a key), which
    /// cannot be recomputed, and neither its dataHash nor its signature values check: the file was re-written
    /// after signing. The v1 seal is still read: name, UTCTime validity, picture, page by page ID.
    @Test func v1Seal() throws {
        let r = try Self.read("n.ofd")
        let s = try #require(r.signatures.first)
        #expect(s.signatureStatus == "invalid")
        #expect(s.references == 0)
        #expect(s.reason?.contains("1.2.156.10197.1.401.2") == true)
        #expect(s.signer == "www.dms360.cn")
        let e = try #require(s.seal)
        #expect(e.version == 1)
        #expect(e.name == "某某省人力资源和社会测试章")
        #expect(e.validFrom == iso("2019-12-18T12:53:46Z") && e.validTo == iso("2029-12-18T12:53:46Z"))
        #expect(e.pictureType == "png" && e.widthMM == 33)
        // PageRef="1021" is the second page's ID.
        #expect(e.page == 2 && r.stamps.first?.pageIndex == 1)
    }

    func iso(_ s: String) -> Date { ISO8601DateFormatter().date(from: s)! }
}

@Suite struct OFDSignatureSyntheticTests {
    static func read(_ b: SignedOFDBuilder) throws -> (signatures: [SignatureInfo], stamps: [OFDStamp]) {
        let c = try OFDContainer(data: b.zip())
        return OFDSignatureReader.read(c, signaturesPath: SignedOFDBuilder.signaturesPath)
    }

    @Test func sesV4VerifiesAsTheGeneratorWritesIt() throws {
        let b = SignedOFDBuilder()
        let r = try Self.read(b)
        let s = try #require(r.signatures.first)
        #expect(s.signatureStatus == "valid", "\(s.reason ?? "")")
        #expect(s.certificateStatus == "unknown-issuer")
        #expect(s.method == "SM2-SM3" && s.kind == "seal")
        #expect(s.signer == "测试培训中心" && s.organization == "测试培训中心")
        #expect(s.references == 2 && s.failedReferences.isEmpty && s.uncoveredParts.isEmpty)
        #expect(s.coversWholeFile)
        #expect(s.reason == nil)
        #expect(s.signingTime == b.signingTime)
        let e = try #require(s.seal)
        #expect(e.name == SignedOFDBuilder.sealName && e.sealStatus == "valid" && e.type == 2)
        #expect(e.page == 1)
        #expect(r.stamps == [OFDStamp(signatureID: "1", pageIndex: 0, boundary: .init(x: 120, y: 200, width: 40, height: 40),
                                      clip: nil, pictureType: "png", picture: r.stamps.first?.picture)])
        #expect(r.stamps.first?.picture?.count == 48)
    }

    @Test func certificateOutsideItsValidityIsExpired() throws {
        let t = Date(timeIntervalSince1970: 1_735_000_000)
        let b = SignedOFDBuilder(certificateValidity: (t.addingTimeInterval(86_400), t.addingTimeInterval(2 * 86_400)))
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "valid" && s.certificateStatus == "expired")
    }

    @Test func pkcs7SignVerifies() throws {
        let r = try Self.read(SignedOFDBuilder(value: .pkcs7))
        let s = try #require(r.signatures.first)
        #expect(s.kind == "sign" && s.method == "SM2-SM3")
        #expect(s.signatureStatus == "valid", "\(s.reason ?? "")")
        #expect(s.signer == "测试培训中心" && s.certificateStatus == "unknown-issuer")
        #expect(s.seal == nil)
        // The stamp has no seal picture to draw.
        #expect(r.stamps.first?.picture == nil)
    }

    @Test func pkcs7OverAnEditedSignatureXMLIsAMismatch() throws {
        var b = SignedOFDBuilder(value: .pkcs7)
        let xml = String(decoding: b.parts[SignedOFDBuilder.signaturePath]!, as: UTF8.self)
        b.put(SignedOFDBuilder.signaturePath, xml.replacingOccurrences(of: "xueshi-test", with: "xueshi-tset"))
        #expect(try Self.read(b).signatures.first?.signatureStatus == "digest-mismatch")
        var v = b.parts[SignedOFDBuilder.signedValuePath]!
        v[v.count - 1] ^= 0x01
        b.put(SignedOFDBuilder.signedValuePath, v)
        #expect(try Self.read(b).signatures.first?.signatureStatus == "invalid")
    }

    @Test func garbageSignValueIsNotVerifiedNotACrash() throws {
        var b = SignedOFDBuilder(value: .pkcs7)
        b.put(SignedOFDBuilder.signedValuePath, Data(repeating: 0x41, count: 64))
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "not-verified" && s.reason != nil)
        // A truncated PKCS#7 is broken, not unknown.
        var t = SignedOFDBuilder(value: .pkcs7)
        t.put(SignedOFDBuilder.signedValuePath, t.parts[SignedOFDBuilder.signedValuePath]!.prefix(200))
        #expect(try Self.read(t).signatures.first?.signatureStatus == "decoding-error")
    }

    @Test func aSealSignedBySomeoneElseIsInvalid() throws {
        let other = TestSM2Key().certificate(commonName: "另一个单位")
        let s = try #require(try Self.read(SignedOFDBuilder(sealOwner: other)).signatures.first)
        #expect(s.signatureStatus == "invalid")
        #expect(s.reason?.contains("印章不属于签章者") == true)
        #expect(s.seal?.owner == "另一个单位")
    }

    @Test func aSealUsedAfterItsValidityIsInvalid() throws {
        var b = SignedOFDBuilder()
        b.sealValidity = (Date(timeIntervalSince1970: 1_600_000_000), Date(timeIntervalSince1970: 1_700_000_000))
        b.sign()
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "invalid")
        #expect(s.reason?.contains("有效期") == true)
    }

    /// A later signature rewrites Signatures.xml; an earlier one that signed the list stays valid, a last one not.
    @Test func signatureListRewrittenByALaterSignature() throws {
        var b = SignedOFDBuilder()
        b.signsSignatureList = true
        b.sign()
        #expect(try Self.read(b).signatures.first?.signatureStatus == "valid")
        let list = String(decoding: b.parts[SignedOFDBuilder.signaturesPath]!, as: UTF8.self)
        var later = b
        later.put(SignedOFDBuilder.signaturesPath, list.replacingOccurrences(of: "</ofd:Signatures>",
            with: "<ofd:Signature ID=\"2\" Type=\"Sign\" BaseLoc=\"Sign_1/Signature.xml\"/></ofd:Signatures>"))
        let r = try Self.read(later)
        #expect(r.signatures.map(\.signatureStatus) == ["valid", "not-found"])
        var edited = b
        edited.put(SignedOFDBuilder.signaturesPath, list.replacingOccurrences(of: "<ofd:MaxSignId>1", with: "<ofd:MaxSignId>3"))
        let e = try #require(try Self.read(edited).signatures.first)
        #expect(e.signatureStatus == "digest-mismatch" && e.failedReferences == [SignedOFDBuilder.signaturesPath])
    }

    @Test func rawRSValueVerifiesToo() throws {
        let r = try Self.read(SignedOFDBuilder(rawSignature: true))
        #expect(r.signatures.first?.signatureStatus == "valid")
    }

    @Test func changedContentIsADigestMismatch() throws {
        var b = SignedOFDBuilder()
        b.put(SignedOFDBuilder.contentPath, Data(String(decoding: b.parts[SignedOFDBuilder.contentPath]!, as: UTF8.self)
            .replacingOccurrences(of: "结业证书", with: "结业证明").utf8))
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "digest-mismatch")
        #expect(s.failedReferences == [SignedOFDBuilder.contentPath])
        #expect(s.reason?.contains(SignedOFDBuilder.contentPath) == true)
        #expect(!s.coversWholeFile)
    }

    @Test func missingSignedPartFails() throws {
        var b = SignedOFDBuilder()
        b.parts[SignedOFDBuilder.contentPath] = nil
        b.order.removeAll { $0 == SignedOFDBuilder.contentPath }
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "digest-mismatch")
        #expect(s.failedReferences == [SignedOFDBuilder.contentPath])
        #expect(s.reason?.contains("缺失") == true)
    }

    @Test func changedSignatureValueIsInvalid() throws {
        var b = SignedOFDBuilder()
        var v = b.parts[SignedOFDBuilder.signedValuePath]!
        v[v.count - 1] ^= 0x01  // the last byte of s
        b.put(SignedOFDBuilder.signedValuePath, v)
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "invalid")
        #expect(s.seal?.sealStatus == "valid")
    }

    @Test func editedSignatureXMLBreaksTheDataHash() throws {
        var b = SignedOFDBuilder()
        let xml = String(decoding: b.parts[SignedOFDBuilder.signaturePath]!, as: UTF8.self)
        b.put(SignedOFDBuilder.signaturePath, xml.replacingOccurrences(of: "120 200 40 40", with: "10 10 40 40"))
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "digest-mismatch")
        #expect(s.failedReferences.isEmpty)
        #expect(s.reason?.contains("dataHash") == true)
    }

    @Test func aListedPageNoSignatureCoversIsAnUncoveredPage() throws {
        var b = SignedOFDBuilder()
        b.put("Doc_0/Document.xml", """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Document xmlns:ofd="http://www.ofdspec.org/2016"><ofd:CommonData><ofd:MaxUnitID>10</ofd:MaxUnitID>\
            <ofd:PageArea><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea></ofd:CommonData>\
            <ofd:Pages><ofd:Page ID="5" BaseLoc="Pages/Page_0/Content.xml"/><ofd:Page ID="8" BaseLoc="Pages/Page_1/Content.xml"/>\
            </ofd:Pages></ofd:Document>
            """)
        b.put("Doc_0/Pages/Page_1/Content.xml", "<?xml version=\"1.0\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"/>")
        b.sign()
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.uncoveredParts == ["Doc_0/Pages/Page_1/Content.xml"])
        #expect(s.uncoveredPages == ["Doc_0/Pages/Page_1/Content.xml"])
    }

    @Test func addedPageIsUncovered() throws {
        var b = SignedOFDBuilder()
        b.put("Doc_0/Pages/Page_1/Content.xml", "<?xml version=\"1.0\"?><ofd:Page xmlns:ofd=\"http://www.ofdspec.org/2016\"/>")
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "valid")
        #expect(s.uncoveredParts == ["Doc_0/Pages/Page_1/Content.xml"])
        // Not in the page list (which is signed: listing it would fail Document.xml's digest), so not a page.
        #expect(s.uncoveredPages.isEmpty)
        #expect(!s.coversWholeFile)
    }

    @Test func anotherDocumentsPartsAreNotThisOnesToSign() throws {
        var b = SignedOFDBuilder()
        let ofd = String(decoding: b.parts["OFD.xml"]!, as: UTF8.self)
        b.put("OFD.xml", ofd.replacingOccurrences(of: "</ofd:OFD>",
            with: "<ofd:DocBody><ofd:DocInfo><ofd:DocID>2</ofd:DocID></ofd:DocInfo><ofd:DocRoot>Doc_1/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"))
        b.put("Doc_1/Document.xml", "<?xml version=\"1.0\"?><ofd:Document xmlns:ofd=\"http://www.ofdspec.org/2016\"/>")
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "valid" && s.uncoveredParts.isEmpty)
    }

    @Test func unknownAlgorithmIsNotVerified() throws {
        let s = try #require(try Self.read(SignedOFDBuilder(signatureAlgorithm: "1.2.3.4.5")).signatures.first)
        #expect(s.signatureStatus == "not-verified")
        #expect(s.reason?.contains("1.2.3.4.5") == true)
        #expect(s.method == nil)
        #expect(s.failedReferences.isEmpty)
    }

    @Test func garbageValueIsADecodingError() throws {
        var b = SignedOFDBuilder()
        b.put(SignedOFDBuilder.signedValuePath, Data((0..<300).map { UInt8(truncatingIfNeeded: $0 &* 37 &+ 11) }))
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "decoding-error")
        #expect(s.seal == nil)
        // The references are still checked.
        #expect(s.references == 2 && s.failedReferences.isEmpty)
    }

    @Test func missingValueAndSignatureFilesAreNotFound() throws {
        var b = SignedOFDBuilder()
        b.parts[SignedOFDBuilder.signedValuePath] = nil
        b.order.removeAll { $0 == SignedOFDBuilder.signedValuePath }
        #expect(try Self.read(b).signatures.first?.signatureStatus == "not-found")
        b.parts[SignedOFDBuilder.signaturePath] = nil
        b.order.removeAll { $0 == SignedOFDBuilder.signaturePath }
        let s = try #require(try Self.read(b).signatures.first)
        #expect(s.signatureStatus == "not-found" && s.reason?.contains("Signature.xml") == true)
    }

    /// Every truncation of the signature value decodes to an error or a failed check, never a trap or `valid`.
    @Test func truncatedValuesNeverCrash() throws {
        let b = SignedOFDBuilder()
        let value = b.parts[SignedOFDBuilder.signedValuePath]!
        let xml = b.parts[SignedOFDBuilder.signaturePath]!
        let file = OFDSignatureFile(try OFDXML.parse(xml, part: "s.xml"), path: SignedOFDBuilder.signaturePath)
        for n in 0..<value.count {
            let check = OFDSignedValueCheck(value: value.prefix(n), signatureXML: xml, file: file)
            #expect(check.status != "valid", "prefix \(n)")
        }
        // And flipping each byte of the first 200 never traps either.
        for i in 0..<200 {
            var v = value
            v[i] ^= 0xFF
            _ = OFDSignedValueCheck(value: v, signatureXML: xml, file: file)
        }
        #expect(OFDSignedValueCheck(value: value, signatureXML: xml, file: file).status == "valid")
    }

    @Test func derReaderRefusesHostileLengths() {
        #expect(throws: DERError.self) { try DERNode.parse(Data([0x30, 0x84, 0xFF, 0xFF, 0xFF, 0xFF])) }
        #expect(throws: DERError.self) { try DERNode.parse(Data([0x30, 0x80, 0x00, 0x00])) }
        #expect(throws: DERError.self) { try DERNode.parse(Data([0x1F, 0x01, 0x00])) }
        #expect(throws: DERError.self) { try DERNode.parse(Data()) }
        let n = try? DERNode.parse(Data([0x30, 0x03, 0x02, 0x05, 0x01]))
        #expect(throws: DERError.self) { try n?.children() }
        #expect(DERNode.parseTime("20240102030405.5Z", utc: false) == Date(timeIntervalSince1970: 1_704_164_645.5))
        #expect(DERNode.parseTime("991231235959Z", utc: true) == Date(timeIntervalSince1970: 946_684_799))
    }

    @Test func ecdsaValuesAreNormalised() {
        // r with its top bit set but no leading zero (a producer's bug OpenSSL refuses): re-encoded.
        let r = [UInt8](repeating: 0x8B, count: 32), s = [UInt8](repeating: 0x2B, count: 32)
        let bad = Data(DERBuilder.seq(DERBuilder.tlv(0x02, r), DERBuilder.tlv(0x02, s)))
        let fixed = OFDSignatureVerifier.ecdsaDER(bad)
        #expect(fixed == Data(DERBuilder.seq(DERBuilder.tlv(0x02, [0] + r), DERBuilder.tlv(0x02, s))))
        #expect(OFDSignatureVerifier.ecdsaDER(Data(r + s)) == fixed)
        #expect(OFDSignatureVerifier.ecdsaDER(Data([1, 2, 3])) == nil)
    }

    @Test func checkMethodSpellings() {
        for m in ["1.2.156.10197.1.401", "SM3", "sm3", "1.2.156.10197.1.401.1"] { #expect(OFDDigest(method: m) == .sm3) }
        for m in ["2.16.840.1.101.3.4.2.1", "SHA-256", "SHA256", "sha256", "http://www.w3.org/2001/04/xmlenc#sha256"] {
            #expect(OFDDigest(method: m) == .sha256)
        }
        #expect(OFDDigest(method: "SHA-1") == .sha1)
        #expect(OFDDigest(method: "1.2.156.10197.1.401.2") == nil)
        #expect(OFDDigest.sm3.hash(Data("abc".utf8))?.map { String(format: "%02x", $0) }.joined()
                == "66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0")
    }

    @Test func signatureInfoStaysCodable() throws {
        let s = try #require(try Self.read(SignedOFDBuilder()).signatures.first)
        let back = try JSONDecoder().decode(SignatureInfo.self, from: JSONEncoder().encode(s))
        #expect(back == s)
        // A report written before the OFD fields decodes with their defaults.
        let old = #"{"signatureStatus":"valid","certificateStatus":"trusted","coversWholeFile":true,"signedLength":10}"#
        let o = try JSONDecoder().decode(SignatureInfo.self, from: Data(old.utf8))
        #expect(o.references == 0 && o.failedReferences.isEmpty && o.seal == nil && o.signedLength == 10)
    }
}
