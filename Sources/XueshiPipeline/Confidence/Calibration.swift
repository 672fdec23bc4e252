import Foundation
import XueshiCore

/// Fits the confidence model on labelled documents: first the field model on every reported field judged right or
/// wrong, then the report model on every report, its fields' confidences taken from the fitted field model.
public enum Calibration {
    public struct Sample: Sendable {
        public var evidence: ReportEvidence
        public var report: Report
        public var judgement: Judgement
        /// Which pool (folder) the document came from: the folds of the cross-validation.
        public var pool: Int
        public init(evidence: ReportEvidence, report: Report, judgement: Judgement, pool: Int = 0) {
            self.evidence = evidence; self.report = report; self.judgement = judgement; self.pool = pool
        }
    }

    /// The samples of a labelled batch: reports that carry an error (bad input) have no evidence and are left out.
    public static func samples(_ results: [ScanResult], labels: [Label], pools: [Int]) -> [Sample] {
        zip(zip(results, labels), pools).compactMap { rl, pool in
            let (r, l) = rl
            guard l.error == nil, let e = r.evidence else { return nil }
            return Sample(evidence: e, report: r.report, judgement: Judgement(report: r.report, label: l), pool: pool)
        }
    }

    public static let ridges: [Double] = [0.3, 1, 3, 10, 30, 100]

    /// The ridge chosen by leaving one pool out at a time: the one whose fits predict the left-out pools' reports
    /// best (log-loss). Pools differ in generator, layout and reading, so this asks how well the model carries
    /// to documents unlike those it was fitted on.
    public static func chooseRidge(_ samples: [Sample]) -> (ridge: Double, losses: [Double: Double]) {
        let pools = Set(samples.map(\.pool))
        guard pools.count >= 2 else { return (1, [:]) }
        var losses: [Double: Double] = [:]
        for ridge in ridges {
            var loss = 0.0
            for p in pools {
                let model = fit(samples.filter { $0.pool != p }, fittedOn: [], ridge: ridge, date: "")
                for o in outcomes(samples.filter { $0.pool == p }, model) {
                    let q = min(1 - 1e-6, max(1e-6, o.confidence))
                    loss -= o.right ? log(q) : log(1 - q)
                }
            }
            losses[ridge] = loss / Double(samples.count)
        }
        return (losses.min { $0.value < $1.value }!.key, losses)
    }

    public static func fit(_ samples: [Sample], fittedOn: [String], ridge: Double = 1,
                           date: String = ISO8601DateFormatter().string(from: Date())) -> ConfidenceModel {
        typealias Row = (features: [String: Double], right: Bool)
        var fieldRows: [Row] = [], ocrFieldRows: [Row] = []
        for s in samples {
            for (name, fe) in s.evidence.fields {
                guard let right = s.judgement.fieldRight[name] else { continue }
                if fe.ocrScore == nil { fieldRows.append((fe.features(field: name), right)) }
                else { ocrFieldRows.append((fe.features(field: name), right)) }
            }
        }
        let u = ConfidenceModel.unfitted
        var model = ConfidenceModel(fittedOn: fittedOn, fittedAt: date, documents: samples.count,
                                    field: fit(fieldRows, ridge, else: u.field), ocrField: fit(ocrFieldRows, ridge, else: u.ocrField),
                                    report: u.report, ocrReport: u.ocrReport)
        var reportRows: [Row] = [], ocrReportRows: [Row] = []
        for s in samples {
            let row = (features: s.evidence.features(flags: s.report.flags, fieldConfidence: calibratedFields(s, model)),
                       right: s.judgement.reportRight)
            if s.evidence.readByOCR { ocrReportRows.append(row) } else { reportRows.append(row) }
        }
        model.report = fit(reportRows, ridge, else: u.report)
        model.ocrReport = fit(ocrReportRows, ridge, else: u.ocrReport)
        return model
    }

    /// A population with too few rows, or all of one outcome, keeps the unfitted model rather than a fit to noise.
    static func fit(_ rows: [(features: [String: Double], right: Bool)], _ ridge: Double,
                    else fallback: LogisticModel) -> LogisticModel {
        let right = rows.filter(\.right).count
        guard rows.count >= 20, right >= 3, rows.count - right >= 3 else { return fallback }
        return LogisticModel.fit(rows, ridge: ridge)
    }

    /// Each field's confidence under `model`'s field part (fields without evidence keep the report's value).
    static func calibratedFields(_ s: Sample, _ model: ConfidenceModel) -> [String: Double] {
        var out = s.report.fields.mapValues(\.confidence)
        for (name, fe) in s.evidence.fields where out[name] != nil { out[name] = model.fieldConfidence(name, fe) }
        return out
    }

    /// The report confidences `model` gives the samples, with whether each report was right (for AUROC and bands).
    public static func outcomes(_ samples: [Sample], _ model: ConfidenceModel) -> [Evaluation.Outcome] {
        samples.map { s in
            let x = s.evidence.features(flags: s.report.flags, fieldConfidence: calibratedFields(s, model))
            let c = s.evidence.textSource == .none ? 0 : model.reportModel(s.evidence).probability(x)
            return Evaluation.Outcome(confidence: c, right: s.judgement.reportRight)
        }
    }
}
