import Foundation
import XueshiCore
import XueshiNormalize

/// Scores reports against labels: what `xueshi eval` prints and the corpus test holds to its bars.
public struct Evaluation: Codable, Sendable {
    public struct FieldScore: Codable, Sendable {
        public var labelled = 0
        public var reported = 0
        public var correct = 0
        /// Correct among labelled: exact accuracy.
        public var accuracy: Double { labelled == 0 ? 1 : Double(correct) / Double(labelled) }
    }

    public struct Bucket: Codable, Sendable {
        public var reports = 0
        public var right = 0
        public var accuracy: Double { reports == 0 ? 0 : Double(right) / Double(reports) }
    }

    public struct Miss: Codable, Sendable {
        public var file: String
        public var field: String
        public var expected: String?
        public var got: String?
    }

    public var documents = 0
    public var modeRight = 0
    public var kindRight = 0
    public var errorsExpected = 0
    public var errorsRight = 0
    public var fields: [String: FieldScore] = [:]
    /// Fields reported that the label lacks, over all fields reported.
    public var extraFields = 0
    public var reportedFields = 0
    public var highConfidence = Bucket()
    public var lowConfidence = Bucket()
    public var expectedFlags = 0
    public var expectedFlagsRaised = 0
    public var cleanDocuments = 0
    public var cleanDocumentsFlagged = 0
    public var misses: [Miss] = []
    /// Proposals made, and those whose basis names the rule applied (a reviewer must be able to look the rule up).
    public var proposals = 0
    public var proposalsNamingRule = 0
    /// Each non-error report's confidence and whether it was right, for the AUROC and the bands.
    public var outcomes: [Outcome] = []

    public struct Outcome: Codable, Sendable {
        public var confidence: Double
        public var right: Bool
        public init(confidence: Double, right: Bool) { self.confidence = confidence; self.right = right }
    }

    /// How many reports fell in each confidence band and how many of them were right.
    public struct Band: Codable, Sendable {
        public var lower: Double
        public var upper: Double
        public var reports: Int
        public var right: Int
    }

    /// The bands `xueshi eval` prints: the last closed above, so 1.0 falls in it.
    public static let bandEdges: [Double] = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 1.0]

    public var bands: [Band] {
        zip(Evaluation.bandEdges, Evaluation.bandEdges.dropFirst()).map { lo, hi in
            let inside = outcomes.filter { $0.confidence >= lo && ($0.confidence < hi || (hi == 1 && $0.confidence <= 1)) }
            return Band(lower: lo, upper: hi, reports: inside.count, right: inside.filter(\.right).count)
        }
    }

    /// The chance that a right report has a higher confidence than a wrong one (ties count half): 0.5 is a
    /// confidence that tells nothing, 1 one that orders every right report above every wrong one. Nil when the
    /// reports are all right or all wrong.
    public var auroc: Double? {
        let pos = outcomes.filter(\.right).map(\.confidence), neg = outcomes.filter { !$0.right }.map(\.confidence)
        guard !pos.isEmpty, !neg.isEmpty else { return nil }
        var wins = 0.0
        for p in pos { for n in neg { wins += p > n ? 1 : p == n ? 0.5 : 0 } }
        return wins / Double(pos.count * neg.count)
    }

    /// Share of all documents whose report reached 0.8: a confidence that sends everything to a person saves no work.
    public var highConfidenceShare: Double {
        documents == 0 ? 0 : Double(highConfidence.reports) / Double(documents)
    }

    public var modeAccuracy: Double { documents == 0 ? 0 : Double(modeRight) / Double(documents) }
    public var kindAccuracy: Double { documents == 0 ? 0 : Double(kindRight) / Double(documents) }
    public var extraRate: Double { reportedFields == 0 ? 0 : Double(extraFields) / Double(reportedFields) }
    public var errorAccuracy: Double { errorsExpected == 0 ? 1 : Double(errorsRight) / Double(errorsExpected) }
    public var flagRecall: Double { expectedFlags == 0 ? 1 : Double(expectedFlagsRaised) / Double(expectedFlags) }
    public var falseAlarmRate: Double { cleanDocuments == 0 ? 0 : Double(cleanDocumentsFlagged) / Double(cleanDocuments) }

    /// Dates together: startDate, endDate and issueDate.
    public var dateAccuracy: Double {
        let ds = ["startDate", "endDate", "issueDate"].compactMap { fields[$0] }
        let l = ds.map(\.labelled).reduce(0, +), c = ds.map(\.correct).reduce(0, +)
        return l == 0 ? 1 : Double(c) / Double(l)
    }

    public func accuracy(_ field: String) -> Double { fields[field]?.accuracy ?? 1 }

    /// The fields a whole report is judged right or wrong on.
    public static let coreFields = ["hours", "startDate", "endDate", "issueDate", "issuer"]
    /// Reported fields that are not claims read off the document's text (never counted as extra): the ID number
    /// (masked), and what verification decodes rather than reads (a QR code's payload, a signature's signer),
    /// which labels do not list.
    static let neutral: Set<String> = ["idNumber", "verificationCode", "signer"]

    public init() {}

    public mutating func add(report: Report, label: Label) {
        documents += 1
        if let code = label.error {
            errorsExpected += 1
            if report.error?.code == code { errorsRight += 1; modeRight += 1; kindRight += 1 }
            else { misses.append(Miss(file: label.file, field: "error", expected: code, got: report.error?.code)) }
            return
        }
        let modeOK = report.mode == (label.mode ?? .unknown)
        if modeOK { modeRight += 1 } else {
            misses.append(Miss(file: label.file, field: "mode", expected: label.mode?.rawValue, got: report.mode.rawValue))
        }
        if report.kind == (label.kind ?? "unknown") { kindRight += 1 }

        let truth = label.allValues
        let coreRight = Judgement(report: report, label: label).reportRight
        let neutral = Evaluation.neutral.union(label.holderOmitted == true ? ["holder"] : [])
        for (name, value) in label.fields ?? [:] {
            var s = fields[name] ?? FieldScore()
            s.labelled += 1
            let got = report.fields[name]
            if got != nil { s.reported += 1 }
            let ok = got.map { Judgement.accepts(label, name, $0.value, value) } ?? false
            if ok { s.correct += 1 } else {
                misses.append(Miss(file: label.file, field: name, expected: value.text, got: got?.value.description))
            }
            fields[name] = s
        }
        for (name, f) in report.fields where !neutral.contains(name) {
            reportedFields += 1
            if let t = truth[name] {
                // A reported fact (days, role, …) is scored too, though the label keeps it among facts.
                if label.fields?[name] == nil {
                    var s = fields[name] ?? FieldScore()
                    s.labelled += 1; s.reported += 1
                    if Evaluation.same(f.value, t, field: name) { s.correct += 1 } else {
                        misses.append(Miss(file: label.file, field: name, expected: t.text, got: f.value.description))
                    }
                    fields[name] = s
                }
            } else {
                extraFields += 1
                misses.append(Miss(file: label.file, field: name, expected: nil, got: f.value.description))
            }
        }
        // A label's facts.expectedProposal (added by corpus/expected_proposals.py) scores the proposed hours.
        if let p = report.proposal {
            proposals += 1
            if p.basis.contains(p.rule) { proposalsNamingRule += 1 }
        }
        if let want = label.facts?["expectedProposal"] {
            var s = fields["proposal"] ?? FieldScore()
            s.labelled += 1
            if report.proposal != nil { s.reported += 1 }
            if let p = report.proposal, Evaluation.same(.number(p.hours), want) { s.correct += 1 } else {
                misses.append(Miss(file: label.file, field: "proposal", expected: want.text,
                                   got: report.proposal.map { "\(FieldValue.number($0.hours)) (\($0.policy)/\($0.rule))" }))
            }
            fields["proposal"] = s
        }
        outcomes.append(Outcome(confidence: report.confidence, right: coreRight))
        if report.confidence >= 0.8 {
            highConfidence.reports += 1; if coreRight { highConfidence.right += 1 }
        } else {
            lowConfidence.reports += 1; if coreRight { lowConfidence.right += 1 }
        }

        let raised = Set(report.flags.map(\.code))
        for e in label.expectFlags ?? [] {
            expectedFlags += 1
            if raised.contains(e) { expectedFlagsRaised += 1 } else {
                misses.append(Miss(file: label.file, field: "flag", expected: e, got: nil))
            }
        }
        if !(label.tampered ?? false) {
            cleanDocuments += 1
            let tolerated = Set((label.expectFlags ?? []) + (label.allowFlags ?? []))
            let alarms = report.flags.filter { $0.severity >= .warning && !tolerated.contains($0.code) }
            if !alarms.isEmpty {
                cleanDocumentsFlagged += 1
                misses.append(Miss(file: label.file, field: "flag", expected: nil, got: alarms.map(\.code).joined(separator: ",")))
            }
        }
    }

    /// Equal as a reviewer would judge: numbers by value, text without spacing or width differences, a coded
    /// value (`field` given) also by its Chinese names (a label of patentType 发明 is the code invention).
    public static func same(_ got: FieldValue, _ want: JSONValue, field: String? = nil) -> Bool {
        if let field, case .string(let a) = got, case .string(let b) = want,
           ValueNames.names(field, a).contains(where: { canonical($0) == canonical(b) }) {
            return true
        }
        switch (got, want) {
        case (.number(let a), .number(let b)): return abs(a - b) < 1e-6
        case (.string(let a), .number(let b)): return Double(a).map { abs($0 - b) < 1e-6 } ?? false
        case (.number(let a), .string(let b)): return Double(b).map { abs($0 - a) < 1e-6 } ?? false
        case (.string(let a), .string(let b)): return canonical(a) == canonical(b)
        default: return false
        }
    }

    static func canonical(_ s: String) -> String {
        Normalize.foldWidth(s).filter { !$0.isWhitespace }.lowercased()
    }
}
