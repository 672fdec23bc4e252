import Foundation
import Testing
import XueshiCore
@testable import XueshiPipeline

@Suite struct ConfidenceModelTests {
    /// The fit finds what separates right from wrong: on rows where a feature decides, its weight has the sign
    /// and the fitted chances order the rows.
    @Test func fitSeparatesOnTheFeatureThatDecides() {
        var rows: [(features: [String: Double], right: Bool)] = []
        for i in 0..<200 {
            let missing = Double(i % 4)
            // Right mostly when nothing is missing; noise on a second feature that means nothing.
            let right = missing == 0 ? i % 10 != 0 : i % 10 == 0
            rows.append((["missing": missing, "noise": Double(i % 7) / 7], right))
        }
        let m = LogisticModel.fit(rows)
        #expect((m.weights["missing"] ?? 0) < -1)
        #expect(abs(m.weights["noise"] ?? 0) < 0.5)
        #expect(m.probability(["missing": 0]) > 0.6)
        #expect(m.probability(["missing": 0]) > m.probability(["missing": 1]))
        #expect(m.probability(["missing": 2]) < 0.3)
    }

    /// The ridge keeps a feature seen on a handful of rows from a runaway weight.
    @Test func ridgeBoundsARareFeature() {
        var rows: [(features: [String: Double], right: Bool)] = (0..<100).map { i in ([:], i % 2 == 0) }
        rows += (0..<3).map { _ in (["rare": 1], true) }
        let heavy = LogisticModel.fit(rows, ridge: 30).weights["rare"] ?? 0
        let light = LogisticModel.fit(rows, ridge: 0.001).weights["rare"] ?? 0
        #expect(heavy > 0 && heavy < 2, "\(heavy)")
        #expect(light > 2 * heavy, "\(light) vs \(heavy)")
    }

    /// The committed model was fitted (not the fallback) and loads strictly.
    @Test func committedModelIsFittedAndLoads() throws {
        let model = try ConfidenceModel.load(directory: repo("extractors"))
        #expect(model != .unfitted)
        #expect(model.documents >= 100)
        #expect(!model.fittedOn.isEmpty)
    }

    @Test func unknownKeyInTheModelFileIsRefused() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-conf-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        var json = try JSONSerialization.jsonObject(with: ConfidenceModel.unfitted.encoded()) as! [String: Any]
        json["fieldz"] = [:] as [String: Any]
        try JSONSerialization.data(withJSONObject: json).write(to: dir.appendingPathComponent(ConfidenceModel.fileName))
        #expect(throws: ConfidenceModel.LoadError.self) { try ConfidenceModel.load(directory: dir.path) }
        // No file at all: the unfitted fallback.
        try FileManager.default.removeItem(at: dir.appendingPathComponent(ConfidenceModel.fileName))
        #expect(try ConfidenceModel.load(directory: dir.path) == .unfitted)
    }

    /// Confidence is applied once, from evidence: more missing fields, a warning, or OCR that read poorly each
    /// lower the report; nothing read gives nothing.
    @Test func reportConfidenceFallsWithWhatTheStagesFound() throws {
        let model = try ConfidenceModel.load(directory: repo("extractors"))
        var e = ReportEvidence(classification: 0.9, isEvidence: true, classified: true,
                               expected: ["hours", "issuer"], missing: [], textSource: .textLayer, ocrMeanScore: nil)
        let fields = ["hours": Field(value: .number(40), confidence: 0.95),
                      "issuer": Field(value: .string("某某培训中心"), confidence: 0.95)]
        let clean = model.reportConfidence(e, flags: [], fields: fields)
        let warned = model.reportConfidence(e, flags: [Flag(code: "dates-inconsistent", severity: .warning, message: "")],
                                            fields: fields)
        #expect(warned < clean)
        var missing = e
        missing.missing = ["issuer"]
        #expect(model.reportConfidence(missing, flags: [], fields: ["hours": fields["hours"]!]) < clean)
        e.textSource = .none
        #expect(model.reportConfidence(e, flags: [], fields: fields) == 0)
    }

    /// A judged report and the AUROC of a set of outcomes.
    @Test func aurocOrdersRightAboveWrong() {
        var ev = Evaluation()
        ev.outcomes = [.init(confidence: 0.9, right: true), .init(confidence: 0.8, right: true),
                       .init(confidence: 0.3, right: false), .init(confidence: 0.85, right: false)]
        #expect(abs((ev.auroc ?? 0) - 0.75) < 1e-9)
        #expect(ev.bands.first { $0.lower == 0.8 }?.reports == 2)
        #expect(ev.bands.last?.reports == 1, "1.0 closes the last band")
        ev.outcomes = [.init(confidence: 0.5, right: true)]
        #expect(ev.auroc == nil)
    }
}
