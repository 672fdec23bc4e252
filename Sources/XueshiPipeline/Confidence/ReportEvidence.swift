import Foundation
import XueshiCore

/// What the stages found about a whole report that bears on how far to trust it; flags are counted when the
/// model is applied, so a batch's duplicate flags count like the document's own.
public struct ReportEvidence: Codable, Sendable, Equatable {
    /// How clearly the winning spec beat the best spec of another kind (0.5…0.98); 0 when none matched.
    public var classification: Double
    public var isEvidence: Bool
    public var classified: Bool
    /// The fields the kind is expected to state, and those of them not found.
    public var expected: [String]
    public var missing: [String]
    public var textSource: TextSource
    /// The mean OCR score of the pages read by OCR.
    public var ocrMeanScore: Double?
    public var issuerKnown = false
    public var issuerUnknown = false
    public var fields: [String: FieldEvidence] = [:]

    public init(classification: Double, isEvidence: Bool, classified: Bool, expected: [String], missing: [String],
                textSource: TextSource, ocrMeanScore: Double?) {
        self.classification = classification; self.isEvidence = isEvidence; self.classified = classified
        self.expected = expected; self.missing = missing; self.textSource = textSource
        self.ocrMeanScore = ocrMeanScore
    }

    public var readByOCR: Bool { textSource == .ocr || textSource == .mixed }

    /// `fieldConfidence`: the calibrated confidence of each field found. The fields enter as the log of the chance
    /// that all of them are right (their product, were they independent): one doubtful field spoils a report.
    public func features(flags: [Flag], fieldConfidence: [String: Double]) -> [String: Double] {
        var x: [String: Double] = ["classification": classification]
        let found = expected.compactMap { fieldConfidence[$0] }
        if found.isEmpty { x["noExpectedFields"] = 1 } else {
            x["fieldsLogProduct"] = found.map { log(max(0.01, $0)) }.reduce(0, +)
        }
        x["missing"] = Double(missing.count)
        let warnings = flags.filter { $0.severity == .warning && $0.code != "not-evidence" }.count
        let criticals = flags.filter { $0.severity == .critical }.count
        if warnings > 0 { x["warnings"] = Double(warnings) }
        if criticals > 0 { x["criticals"] = Double(criticals) }
        if !isEvidence { x["notEvidence"] = 1 }
        if !classified { x["unclassified"] = 1 }
        switch textSource {
        case .none: x["noText"] = 1
        case .ocr, .mixed: x["ocr"] = 1; x["ocrDeficit"] = 1 - (ocrMeanScore ?? 0)
        default: break
        }
        if issuerKnown { x["issuerKnown"] = 1 }
        if issuerUnknown { x["issuerUnknown"] = 1 }
        return x
    }
}
