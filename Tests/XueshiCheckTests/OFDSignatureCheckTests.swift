import Foundation
import Testing
import XueshiCheck
import XueshiCore
import XueshiNormalize

/// The signature checks on OFD-style signatures (parts with digests, no byte range), driven by the fields the
/// reader fills, and what stays as it was for PDF.
@Suite struct OFDSignatureCheckTests {
    func ofd(_ status: String, failed: [String] = [], uncovered: [String] = [], pages: [String]? = nil,
             reason: String? = nil, seal: ElectronicSeal? = nil) -> SignatureInfo {
        var s = SignatureInfo(fieldName: "1", signer: "测试培训中心", signingTime: nil, signatureStatus: status,
                              certificateStatus: "unknown-issuer", signedLength: nil,
                              coversWholeFile: failed.isEmpty && uncovered.isEmpty)
        s.kind = "seal"; s.method = "SM2-SM3"; s.references = 5
        s.failedReferences = failed; s.uncoveredParts = uncovered; s.reason = reason; s.seal = seal
        // Unless told otherwise every uncovered part is a page's (what a page added after signing leaves).
        s.uncoveredPages = pages ?? uncovered
        return s
    }

    func run(_ sigs: [SignatureInfo]) -> [Flag] {
        var d = Document(format: .ofd, pages: [], byteCount: 5000)
        d.signatures = sigs
        return SignatureChecks.run(d)
    }

    @Test func validOFDSignatureIsJustValid() {
        let flags = run([ofd("valid", seal: ElectronicSeal(name: "测试培训中心培训专用章"))])
        #expect(flags.map(\.code) == ["signature-valid"])
        #expect(flags[0].message.contains("印章：测试培训中心培训专用章"))
        // No /ByteRange talk for a signature that signs parts.
        #expect(!flags.contains { $0.message.contains("ByteRange") })
    }

    @Test func notVerifiedIsUnverifiedNotInvalid() {
        let flags = run([ofd("not-verified", reason: "签名算法 1.2.3.4 不受支持，未能验证签名值")])
        #expect(flags.map(\.code) == ["signature-unverified"])
        // No worse than an unsigned file: a note for the reviewer, not an alarm.
        #expect(flags[0].severity == .info)
        #expect(flags[0].message.contains("签名存在，未能验证") && flags[0].message.contains("1.2.3.4"))
    }

    @Test func failedReferencesAreInvalidAndModified() {
        let part = "Doc_0/Pages/Page_0/Content.xml"
        let flags = run([ofd("digest-mismatch", failed: [part])])
        #expect(flags.map(\.code) == ["signature-invalid", "modified-after-signing"])
        #expect(flags.allSatisfy { $0.severity == .critical })
        #expect(flags.allSatisfy { $0.message.contains(part) })
        // A verified value with a failed part is still a failure.
        #expect(run([ofd("valid", failed: [part])]).map(\.code) == ["signature-invalid", "modified-after-signing"])
        #expect(run([ofd("not-verified", failed: [part])]).map(\.code) == ["signature-invalid", "modified-after-signing"])
    }

    @Test func uncoveredPartsAreModifiedAfterSigning() {
        let flags = run([ofd("valid", uncovered: ["Doc_0/Pages/Page_1/Content.xml"])])
        #expect(flags.map(\.code) == ["signature-valid", "modified-after-signing"])
        #expect(flags[1].message.contains("Doc_0/Pages/Page_1/Content.xml") && flags[1].message.contains("未覆盖"))
        // A later signature that covers what an earlier one did not: nothing is unsigned.
        let later = ofd("valid")
        #expect(run([ofd("valid", uncovered: ["Doc_0/Annots/Annotations.xml"]), later]).map(\.code)
                == ["signature-valid", "signature-valid"])
        // Two signatures that both leave a part out: it is named once.
        let both = run([ofd("valid", uncovered: ["a.xml", "b.xml"]), ofd("valid", uncovered: ["b.xml"])])
        #expect(both.last?.code == "modified-after-signing" && both.last?.message.contains("b.xml") == true
                && both.last?.message.contains("a.xml") == false)
    }

    @Test func unsignedTemplatesAndPicturesArePartialNotModified() {
        // Some producers sign only the pages' own content: templates and pictures are replaceable, not replaced.
        let parts = ["Doc_0/Res/Image_0.png", "Doc_0/Temps/Temp_0/Content.xml"]
        let flags = run([ofd("valid", uncovered: parts, pages: [])])
        #expect(flags.map(\.code) == ["signature-valid", "signature-partial"])
        #expect(flags[1].severity == .info && parts.allSatisfy(flags[1].message.contains))
        // A page among them still makes it modified after signing.
        let page = "Doc_0/Pages/Page_1/Content.xml"
        let mixed = run([ofd("valid", uncovered: parts + [page], pages: [page])])
        #expect(mixed.map(\.code) == ["signature-valid", "modified-after-signing"])
        #expect(mixed[1].message.contains(page) && !mixed[1].message.contains("Image_0"))
    }

    @Test func dataHashMismatchWithoutParts() {
        let flags = run([ofd("digest-mismatch", reason: "签章数据中的摘要（dataHash）与 Signature.xml 不符")])
        #expect(flags.map(\.code) == ["signature-invalid", "modified-after-signing"])
    }

    @Test func brokenOFDSignatureSaysWhy() {
        let flags = run([ofd("decoding-error", reason: "电子签章数据（SES_Signature）格式损坏")])
        #expect(flags.map(\.code) == ["signature-invalid"])
        #expect(flags[0].message.contains("格式损坏"))
    }

    @Test func pdfSignaturesStayAsTheyWere() {
        var d = Document(format: .pdf, pages: [], byteCount: 1000)
        d.signatures = [SignatureInfo(signer: "x", signingTime: nil, signatureStatus: "valid",
                                      certificateStatus: "unknown-issuer", signedLength: nil, coversWholeFile: false)]
        #expect(SignatureChecks.run(d).map(\.code) == ["signature-valid", "signature-invalid"])
        #expect(SignatureChecks.run(d).last?.message.contains("ByteRange") == true)
    }

    @Test func anElectronicSealCountsAsASeal() {
        var doc = Document(format: .ofd, pages: [Page(number: 1, width: 595, height: 842, blocks: [], textSource: .textLayer)],
                           byteCount: 1000)
        doc.sealScannedPages = [1]
        var i = CheckInput(fields: [:], isEvidence: true, mode: .training, document: doc,
                           today: DayDate(year: 2026, month: 11, day: 26)!)
        i.kind = "training-certificate"
        i.carriesSeal = true
        #expect(SealChecks.run(i).map(\.code) == ["no-seal-found"])
        // Verified or not, the stamp is there.
        i.document?.signatures = [ofd("not-verified", seal: ElectronicSeal(name: "测试培训中心培训专用章"))]
        #expect(SealChecks.run(i).isEmpty)
        // A failed plain signature without a seal is no seal.
        i.document?.signatures = [ofd("invalid")]
        #expect(SealChecks.run(i).map(\.code) == ["no-seal-found"])
        // Pages not drawn: not judged.
        i.document?.signatures = []
        i.document?.sealScannedPages = []
        #expect(SealChecks.run(i).isEmpty)
    }
}
