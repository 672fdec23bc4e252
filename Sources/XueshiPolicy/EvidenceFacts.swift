import XueshiCore
import XueshiNormalize

/// What a rule can look at: the report's classification and fields, and the document's text for words such as 公需.
public struct EvidenceFacts: Sendable {
    public var mode: Mode
    public var kind: String
    public var subject: Subject?
    /// What the document proves in a basis sentence's words (培训, 论文…), from the kind's spec; nil = the mode's name.
    public var activity: String?
    public var fields: [String: Field]
    public var text: String
    /// How sure the classification is; a rule chosen for the wrong kind proposes the wrong hours.
    public var classification: Double

    public init(mode: Mode, kind: String, subject: Subject? = nil, activity: String? = nil, fields: [String: Field],
                text: String = "", classification: Double = 1) {
        self.mode = mode; self.kind = kind; self.subject = subject; self.activity = activity
        self.fields = fields; self.text = text
        self.classification = classification
    }

    /// From a finished report (what `summary` re-reads), optionally with the text the report was made from.
    public init(report: Report, text: String = "", classification: Double? = nil) {
        self.init(mode: report.mode, kind: report.kind, subject: report.subject, fields: report.fields, text: text,
                  classification: classification ?? 1)
    }

    public struct Fact: Sendable {
        public var value: FieldValue
        public var confidence: Double
    }

    /// A field, or `days` worked out from a short period (a long one is an enrolment window, not days of class).
    public func fact(_ name: String) -> Fact? {
        if let f = fields[name] { return Fact(value: f.value, confidence: f.confidence) }
        if name == "days", let s = day("startDate"), let e = day("endDate"), e >= s, s.inclusiveDays(to: e) <= 31 {
            let c = min(fields["startDate"]!.confidence, fields["endDate"]!.confidence)
            return Fact(value: .number(Double(s.inclusiveDays(to: e))), confidence: c * 0.95)
        }
        return nil
    }

    public func number(_ name: String) -> Double? {
        guard let v = fact(name)?.value else { return nil }
        return v.number ?? Double(v.description)
    }

    /// What the document proves, for a basis sentence: the spec's words, else the mode's name.
    var activityName: String { activity ?? mode.chinese }

    func day(_ name: String) -> DayDate? { fields[name]?.value.string.flatMap(DayDate.init(iso:)) }

    /// The date that picks the standard: the activity's end, else the issue date, else the month of publication.
    public var activityDate: ActivityDate? {
        if let d = day("endDate") { return ActivityDate(first: d, last: d, source: "endDate") }
        if let d = day("issueDate") { return ActivityDate(first: d, last: d, source: "issueDate") }
        if let s = fields["publishedMonth"]?.value.string {
            let p = s.split(separator: "-").compactMap { Int($0) }
            if p.count == 2, let a = DayDate(year: p[0], month: p[1], day: 1),
               let b = DayDate(year: p[0], month: p[1], day: DayDate.daysIn(month: p[1], year: p[0])) {
                return ActivityDate(first: a, last: b, source: "publishedMonth")
            }
        }
        return nil
    }

    /// More days than any activity spans (a century); a larger figure printed on a document reads as this many.
    static let maxSpanDays = 36_525

    /// Calendar days the activity spans, however long (the daily cap is checked against the whole period).
    var spanDays: Int? {
        // The number is the document's (为期99999999999999999999天 is text too): clamped, not trapped on.
        if let d = number("days"), d > 0, let days = Int.clamped(d, roundingUp: true, to: 1...Self.maxSpanDays) { return days }
        if let s = day("startDate"), let e = day("endDate"), e >= s { return s.inclusiveDays(to: e) }
        return nil
    }
}

/// A date, or a month when only the month is printed (a paper's issue): the standard must cover all of it.
public struct ActivityDate: Sendable, Equatable {
    public var first: DayDate
    public var last: DayDate
    /// The field it came from.
    public var source: String

    public var year: Int { last.year }
}
