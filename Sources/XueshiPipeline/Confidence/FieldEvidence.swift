import Foundation
import XueshiCore

/// What the stages found about one extracted field that bears on how far to trust it. Collected as the stages
/// run; turned into a confidence once, by `ConfidenceModel`.
public struct FieldEvidence: Codable, Sendable, Equatable {
    /// How well the finders supported the value (agreeing finders, anchors, rivals): the extract stage's score.
    public var support: Double
    /// The OCR score of the line the value was read from; nil for a text layer.
    public var ocrScore: Double?
    /// An OCR-read lone digit as hours (a 3 that may be an 8).
    public var loneDigit = false
    /// Issuer only: found in `issuers.yaml` by name, or not at all.
    public var issuerKnown = false
    public var issuerUnknown = false
    /// Issuer only, OCR only: read once on the page and not in the list.
    public var uncorroborated = false
    /// Issuer only: OCR's reading was mended to another spelling.
    public var mended = false

    public init(support: Double, ocrScore: Double? = nil) {
        self.support = support; self.ocrScore = ocrScore
    }

    /// Fields whose errors differ in kind get their own offset: a date misread, an issuer cut short.
    static let groups: [String: String] = [
        "startDate": "date", "endDate": "date", "issueDate": "date", "receivedDate": "date",
        "applicationDate": "date", "publishedMonth": "date", "issuer": "issuer", "journal": "issuer",
        "holder": "holder", "hours": "hours", "days": "hours", "months": "hours",
        "certificateNumber": "number", "documentNumber": "number", "projectNumber": "number", "patentNumber": "number",
    ]

    public func features(field: String) -> [String: Double] {
        var x: [String: Double] = ["logitSupport": logit(support)]
        if let g = FieldEvidence.groups[field] { x["is:" + g] = 1 }
        if let s = ocrScore { x["ocr"] = 1; x["ocrDeficit"] = 1 - s }
        if loneDigit { x["loneDigit"] = 1 }
        if issuerKnown { x["issuerKnown"] = 1 }
        if issuerUnknown { x["issuerUnknown"] = 1 }
        if uncorroborated { x["uncorroborated"] = 1 }
        if mended { x["mended"] = 1 }
        return x
    }
}

func logit(_ p: Double) -> Double {
    let q = min(0.99, max(0.01, p))
    return log(q / (1 - q))
}
