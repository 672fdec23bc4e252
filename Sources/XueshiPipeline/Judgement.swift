import XueshiCore

/// Whether one report is right against its label, and each reported field: what `eval` counts as right and
/// what `calibrate` fits the confidence model to, from one definition.
public struct Judgement: Sendable {
    /// The mode, every labelled core field and no unlabelled core field: the whole report is right. A report on a
    /// tampered document is never right: whatever it read, the document cannot be taken as it stands.
    public var reportRight: Bool
    /// Each reported field that is a claim about the document: right, or wrong (misread, or not on the document).
    public var fieldRight: [String: Bool]

    public init(report: Report, label: Label) {
        let truth = label.allValues
        let neutral = Evaluation.neutral.union(label.holderOmitted == true ? ["holder"] : [])
        var right = report.error == nil && report.mode == (label.mode ?? .unknown) && label.tampered != true
        var fieldRight: [String: Bool] = [:]
        for (name, value) in label.fields ?? [:] where Evaluation.coreFields.contains(name) {
            if !(report.fields[name].map { Judgement.accepts(label, name, $0.value, value) } ?? false) { right = false }
        }
        for (name, f) in report.fields where !neutral.contains(name) {
            if let t = label.fields?[name] ?? truth[name] {
                fieldRight[name] = Judgement.accepts(label, name, f.value, t)
            } else {
                fieldRight[name] = false
                if Evaluation.coreFields.contains(name) { right = false }
            }
        }
        self.reportRight = right
        self.fieldRight = fieldRight
    }

    /// The labelled value, or for the issuer one of the spellings a reviewer also accepts.
    static func accepts(_ label: Label, _ name: String, _ got: FieldValue, _ want: JSONValue) -> Bool {
        let accepted = [want] + (name == "issuer" ? (label.issuerAlternatives ?? []).map(JSONValue.string) : [])
        return accepted.contains { Evaluation.same(got, $0, field: name) }
    }
}
