import XueshiCore
import XueshiNormalize

/// A value one finder proposes for a field, with where it was read and how strongly the finder backs it.
public struct Candidate: Sendable {
    public enum Value: Sendable, Hashable {
        case number(Double)
        case text(String)
        case day(DayDate)
        case span(DayDate, DayDate)
        case month(MonthDate)

        /// Values that agree compare equal through this key.
        public var key: String {
            switch self {
            case .number(let d): return "n:\(d)"
            // "UNIVERSITY OF OXFORD" and "University of Oxford", a brand and its web address, agree.
            case .text(let s): return "t:\(s.lowercased())"
            case .day(let d): return "d:\(d.iso)"
            case .span(let a, let b): return "s:\(a.iso)/\(b.iso)"
            case .month(let m): return "m:\(m.iso)"
            }
        }

        public var display: String {
            switch self {
            case .number(let d): return FieldValue.number(d).description
            case .text(let s): return s
            case .day(let d): return d.iso
            case .span(let a, let b): return "\(a.iso)…\(b.iso)"
            case .month(let m): return m.iso
            }
        }
    }

    public var value: Value
    /// Where the value stands in the view.
    public var range: Range<Int>
    /// 0…1: the finder's weight times how well this occurrence fits (anchor nearby, zone, qualifiers).
    public var score: Double
    /// Index of the finder in the field's list.
    public var finder: Int
    /// Why this candidate: shown by `explain`.
    public var why: String
    /// A date whose year was not printed and was taken from the document's other dates.
    public var yearInferred: Bool = false
    /// What a reader should know about the value (a date whose day and month could swap).
    public var note: String? = nil
}
