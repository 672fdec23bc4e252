import Foundation
import XueshiCore

/// The one place confidence is computed. Every stage records what it found (`FieldEvidence`, `ReportEvidence`);
/// once all findings are in, this model turns them into each field's confidence and the report's. Its parameters
/// are fitted on labelled documents by `xueshi calibrate` (logistic regression: the confidence is the fitted chance
/// that the field, or the whole report, is right) and kept in `extractors/confidence.json`.
public struct ConfidenceModel: Codable, Sendable, Equatable {
    /// What the parameters were fitted on, and when: shown by `calibrate`, kept for the record.
    public var fittedOn: [String]
    public var fittedAt: String
    public var documents: Int
    /// Fields and reports read from a text layer, and those read by OCR: two populations whose errors differ
    /// in kind and in rate, each fitted on its own so the many text-layer documents do not set the scale for OCR.
    public var field: LogisticModel
    public var ocrField: LogisticModel
    public var report: LogisticModel
    public var ocrReport: LogisticModel

    public init(fittedOn: [String], fittedAt: String, documents: Int, field: LogisticModel, ocrField: LogisticModel,
                report: LogisticModel, ocrReport: LogisticModel) {
        self.fittedOn = fittedOn; self.fittedAt = fittedAt; self.documents = documents
        self.field = field; self.ocrField = ocrField; self.report = report; self.ocrReport = ocrReport
    }

    public static let fileName = "confidence.json"

    /// Before any fitting: a field keeps its finders' support; a report follows its fields, less for what is
    /// missing or flagged. Used only when no fitted file is found.
    public static let unfitted: ConfidenceModel = {
        let field = LogisticModel(intercept: 0, weights: ["logitSupport": 1, "ocrDeficit": -4])
        let report = LogisticModel(intercept: -1, weights: ["classification": 2, "fieldsLogProduct": 1, "missing": -0.6,
                                                            "warnings": -0.5, "criticals": -1.5, "unclassified": -1])
        return ConfidenceModel(fittedOn: [], fittedAt: "", documents: 0, field: field, ocrField: field,
                               report: report, ocrReport: report)
    }()

    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var reason: String
        public var description: String { "\(file): \(reason)" }
    }

    /// The fitted model beside the extractor specs; `unfitted` when there is none. A file that is there but
    /// broken is an error (strict: a key it does not know is refused).
    public static func load(directory: String) throws -> ConfidenceModel {
        let path = (directory as NSString).appendingPathComponent(fileName)
        guard let data = FileManager.default.contents(atPath: path) else { return .unfitted }
        do {
            let model = try JSONDecoder().decode(ConfidenceModel.self, from: data)
            let object = try JSONSerialization.jsonObject(with: data) as? [String: Any] ?? [:]
            let unknown = Set(object.keys).subtracting(["fittedOn", "fittedAt", "documents", "field", "ocrField",
                                                        "report", "ocrReport"])
            if let k = unknown.first { throw LoadError(file: path, reason: "unknown key '\(k)'") }
            return model
        } catch let e as LoadError { throw e } catch {
            throw LoadError(file: path, reason: "\(error)")
        }
    }

    public func encoded() throws -> Data {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        return try e.encode(self) + Data("\n".utf8)
    }

    public func fieldConfidence(_ name: String, _ e: FieldEvidence) -> Double {
        round3((e.ocrScore == nil ? field : ocrField).probability(e.features(field: name)))
    }

    public func reportModel(_ e: ReportEvidence) -> LogisticModel { e.readByOCR ? ocrReport : report }

    public func reportConfidence(_ e: ReportEvidence, flags: [Flag], fields: [String: Field]) -> Double {
        // Nothing was read (a blank page, a garbled layer, a scan without OCR): the report says nothing a reviewer
        // could rely on, whatever the model would make of its empty features.
        if e.textSource == .none { return 0 }
        return round3(reportModel(e).probability(e.features(flags: flags, fieldConfidence: fields.mapValues(\.confidence))))
    }

    /// Sets every extracted field's confidence (fields without evidence — decoded codes, signers — keep theirs).
    public func apply(fields: inout [String: Field], evidence: ReportEvidence) {
        for (name, fe) in evidence.fields where fields[name] != nil {
            fields[name]!.confidence = fieldConfidence(name, fe)
        }
    }
}
