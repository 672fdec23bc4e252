import Foundation
import Testing

/// `xueshi bench` through the built binary: the side-by-side figures the README's table is made from.
@Suite struct BenchCLITests {
    @Test func benchComparesOneScanCallWithPdftotextOnTheSameFiles() throws {
        let cert = repoRoot.path + "/corpus/samples/继续教育材料-71.pdf"
        let r = try xueshi("bench", "--runs", "2", "--json", cert)
        #expect(r.status == 0, "\(r.stderr)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [String: Any])
        #expect(json["files"] as? Int == 1)
        let call = try #require(json["scanCallSeconds"] as? Double)
        let theirs = try #require(json["pdftotextCallSeconds"] as? Double)
        let ratio = try #require(json["callRatio"] as? Double)
        #expect(call > 0 && theirs > 0)
        #expect(abs(ratio - call / theirs) < 1e-6)
        let perDoc = try #require(json["perDocumentMs"] as? [String: Double])
        let p50 = try #require(perDoc["p50"]), p90 = try #require(perDoc["p90"]), slowest = try #require(perDoc["max"])
        #expect(p50 > 0 && p50 <= p90 && p90 <= slowest)
    }

    @Test func benchPrintsTheCallComparisonAndPerDocumentTimes() throws {
        let r = try xueshi("bench", "--runs", "1", repoRoot.path + "/corpus/samples/继续教育材料-71.pdf")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("one `xueshi scan` call over the files"))
        #expect(r.stdout.contains("per document (sequential): p50"))
    }
}
