import Foundation
import Testing
import XueshiCore
import XueshiPipeline

/// The corpus holds its bars: a drop in any of them fails the build. `xueshi eval corpus/docs` shows the detail.
@Suite(.serialized) struct CorpusTests {
    @Test func trainingPoolHoldsItsBars() throws {
        let (e, _) = try evaluate(["corpus/docs"])
        #expect(e.documents >= 80)
        #expect(e.modeAccuracy >= 0.97, "mode \(e.modeAccuracy)")
        #expect(e.accuracy("hours") >= 0.95, "hours \(e.accuracy("hours"))")
        #expect(e.dateAccuracy >= 0.95, "dates \(e.dateAccuracy)")
        #expect(e.accuracy("issuer") >= 0.88, "issuer \(e.accuracy("issuer"))")
        #expect(e.accuracy("holder") >= 0.95, "holder \(e.accuracy("holder"))")
        #expect(e.extraRate <= 0.03, "extra \(e.extraRate)")
        #expect(e.falseAlarmRate <= 0.05)
        #expect(e.flagRecall >= 0.9)
    }

    /// Documents from a template pool the specs were not written from.
    @Test func holdoutPoolHoldsItsBars() throws {
        let (e, _) = try evaluate(["corpus/holdout"])
        #expect(e.documents >= 40)
        #expect(e.modeAccuracy >= 0.93, "mode \(e.modeAccuracy)")
        #expect(e.accuracy("hours") >= 0.9, "hours \(e.accuracy("hours"))")
        #expect(e.dateAccuracy >= 0.9, "dates \(e.dateAccuracy)")
        #expect(e.accuracy("issuer") >= 0.85, "issuer \(e.accuracy("issuer"))")
        #expect(e.extraRate <= 0.05, "extra \(e.extraRate)")
    }

    /// The two pools generated sealed, with wordings and issuers absent from the others.
    @Test(arguments: ["corpus/fresh", "corpus/final"]) func laterPoolsHoldTheirBars(_ pool: String) throws {
        let (e, _) = try evaluate([pool])
        #expect(e.documents >= 45)
        #expect(e.modeAccuracy >= 0.95, "mode \(e.modeAccuracy)")
        #expect(e.accuracy("hours") >= 0.9, "hours \(e.accuracy("hours"))")
        #expect(e.dateAccuracy >= 0.88, "dates \(e.dateAccuracy)")
        #expect(e.accuracy("issuer") >= 0.85, "issuer \(e.accuracy("issuer"))")
        #expect(e.extraRate <= 0.05, "extra \(e.extraRate)")
        #expect(e.falseAlarmRate <= 0.05)
    }

    /// Confidence means something: reports at 0.8 or above are right far more often than those below.
    @Test func confidenceSeparatesRightFromWrong() throws {
        let (e, _) = try evaluate(["corpus/docs", "corpus/holdout", "corpus/fresh", "corpus/final", "corpus/samples"],
                                  render: ["born-digital"])
        #expect(e.highConfidence.reports >= 40)
        #expect(e.lowConfidence.reports >= 10)
        #expect(e.highConfidence.accuracy >= 0.9, "high \(e.highConfidence.accuracy)")
        #expect(e.highConfidence.accuracy - e.lowConfidence.accuracy >= 0.15,
                "high \(e.highConfidence.accuracy) low \(e.lowConfidence.accuracy)")
    }

    @Test func badInputGetsItsErrorCode() throws {
        let (e, reports) = try evaluate(["corpus/broken"])
        #expect(e.errorsExpected >= 6)
        #expect(e.errorAccuracy >= 0.85, "\(e.misses.filter { $0.field == "error" })")
        for r in reports where r.error != nil {
            #expect(r.mode == .unknown)
            #expect(r.fields.isEmpty)
            #expect(!r.error!.message.isEmpty)
            // Messages are for Chinese reviewers.
            #expect(r.error!.message.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) })
        }
    }
}
