import Foundation
import Testing
import XueshiCore
import XueshiPipeline

@Suite struct SchemaTests {
    static let schema = try! JSONSchema(contentsOf: repoRoot.appendingPathComponent("Tests/XueshiCoreTests/Fixtures/evidence.schema.json"))

    /// Every report the corpus produces — good, bad and scanned — conforms to the output contract.
    @Test func everyCorpusReportValidates() throws {
        let files = try FileWalk.files(["samples", "docs", "holdout", "broken"].map { repo("corpus/\($0)") })
        #expect(files.count >= 140)
        let results = scanner().scan(files: files)
        let encoder = Report.encoder(pretty: false)
        for r in results {
            let data = try encoder.encode(r.report)
            let violations: [SchemaViolation] = try Self.schema.validate(data)
            #expect(violations.isEmpty, "\(r.report.file): \(violations)")
        }
    }

    @Test func absentProposalAndErrorAreWrittenAsNull() throws {
        // A notice proves nothing: no proposal, and the key still stands, as null.
        let r = scanner().scan(file: repo("corpus/samples/f8e311ba7b.pdf")).report
        let obj = try JSONSerialization.jsonObject(with: Report.encoder(pretty: false).encode(r)) as! [String: Any]
        #expect(obj["proposal"] is NSNull)
        #expect(obj["error"] is NSNull)
        #expect(obj["schemaVersion"] as? String == "1")
    }
}
