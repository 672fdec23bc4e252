import Foundation
import Testing
import XueshiCore
import XueshiPipeline

/// OFD holds the bars its issue set: twins of documents nobody tuned on read as their PDFs do, every malformed
/// container is a clean error, and signed OFDs get the flags their labels expect.
@Suite(.serialized) struct OFDCorpusTests {
    /// Twins of the sealed final pool (`corpus/ofd`): the same facts as the PDFs.
    @Test func twinsOfUnseenDocumentsHoldTheBars() throws {
        let (e, reports) = try evaluate(["corpus/ofd"])
        #expect(e.documents >= 45)
        #expect(reports.allSatisfy { $0.format == .ofd && $0.error == nil })
        #expect(e.modeAccuracy >= 0.90, "mode \(e.modeAccuracy)")
        #expect(e.accuracy("hours") >= 0.90, "hours \(e.accuracy("hours"))")
        #expect(e.dateAccuracy >= 0.85, "dates \(e.dateAccuracy)")
        #expect(e.accuracy("issuer") >= 0.80, "issuer \(e.accuracy("issuer"))")
        #expect(e.falseAlarmRate <= 0.05)
    }

    @Test func developmentTwinsReadAsTheirPDFs() throws {
        let (twins, _) = try evaluate(["corpus/ofd-dev"])
        #expect(twins.documents >= 20)
        #expect(twins.modeAccuracy >= 0.95 && twins.dateAccuracy >= 0.95, "mode \(twins.modeAccuracy) dates \(twins.dateAccuracy)")
        #expect(twins.accuracy("issuer") >= 0.95, "issuer \(twins.accuracy("issuer"))")
    }

    @Test func everyMalformedContainerIsACleanError() throws {
        let (e, reports) = try evaluate(["corpus/broken-ofd"])
        #expect(e.errorsExpected >= 12)
        #expect(e.errorAccuracy == 1, "\(e.misses.filter { $0.field == "error" })")
        for r in reports {
            let err = try #require(r.error, "\(r.file) read without an error")
            #expect(["corrupt", "not-a-document", "too-large", "encrypted", "empty"].contains(err.code))
            #expect(r.fields.isEmpty && r.mode == .unknown)
            #expect(err.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        }
    }

    @Test func signedOFDsGetTheirFlags() throws {
        let (e, reports) = try evaluate(["corpus/ofd-verify"])
        #expect(e.flagRecall == 1, "\(e.misses.filter { $0.field == "flag" })")
        #expect(e.falseAlarmRate == 0)
        // The seal is drawn by the stamp alone on the signed certificates: it is found on the drawn page.
        for r in reports where r.file.contains("签章证书") {
            #expect(!r.flags.contains { $0.code == "no-seal-found" }, "\(r.file)")
            #expect(r.fields["signer"] != nil)
        }
    }
}
