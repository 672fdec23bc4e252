/// A calendar day. Validated on creation (no 2月30日).
public struct DayDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1900...2100).contains(year), (1...12).contains(month), day >= 1,
              day <= DayDate.daysIn(month: month, year: year) else { return nil }
        self.year = year; self.month = month; self.day = day
    }

    public static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// YYYY-MM-DD
    public var iso: String {
        func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        return "\(year)-\(pad(month))-\(pad(day))"
    }
    public var description: String { iso }

    /// Days since 1970-01-01 (proleptic Gregorian), for differences.
    public var ordinal: Int {
        let y = month <= 2 ? year - 1 : year
        let era = y / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// Inclusive count of days from self to other (same day → 1).
    public func inclusiveDays(to other: DayDate) -> Int { other.ordinal - ordinal + 1 }

    public static func < (a: DayDate, b: DayDate) -> Bool { a.ordinal < b.ordinal }

    /// Parses YYYY-MM-DD.
    public init?(iso: String) {
        let p = iso.split(separator: "-").compactMap { Int($0) }
        guard p.count == 3 else { return nil }
        self.init(year: p[0], month: p[1], day: p[2])
    }
}

public struct MonthDate: Hashable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public init?(year: Int, month: Int) {
        guard (1900...2100).contains(year), (1...12).contains(month) else { return nil }
        self.year = year; self.month = month
    }
    /// YYYY-MM
    public var iso: String { month < 10 ? "\(year)-0\(month)" : "\(year)-\(month)" }
    public var description: String { iso }
}

/// A date as evidence states it: a day, a month only, or a span of days.
public enum DateValue: Hashable, Sendable {
    case day(DayDate)
    case month(MonthDate)
    case span(DayDate, DayDate)

    public var start: DayDate? {
        switch self { case .day(let d): d; case .span(let a, _): a; case .month: nil }
    }
    public var end: DayDate? {
        switch self { case .day(let d): d; case .span(_, let b): b; case .month: nil }
    }
}

/// A date found in a text, with where it stands.
public struct DateMatch: Hashable, Sendable {
    /// Character offsets into the searched string (offsets, not indices, so callers can map them to glyph boxes).
    public var range: Range<Int>
    public var text: String
    public var value: DateValue
    /// The year was not printed and was taken from the context (defaultYear or the span's other end).
    public var yearInferred: Bool
    /// Printed as 8/5/2023: both parts could be the month, and nothing on the document settled which; the
    /// order was taken from the default (`NumericDateOrder`).
    public var ambiguousOrder: Bool = false

    public init(range: Range<Int>, text: String, value: DateValue, yearInferred: Bool, ambiguousOrder: Bool = false) {
        self.range = range; self.text = text; self.value = value; self.yearInferred = yearInferred
        self.ambiguousOrder = ambiguousOrder
    }
}

public enum QuantityUnit: String, Sendable, Hashable, Codable {
    case xueshi      // 学时
    case keshi       // 课时
    case xiaoshi     // 小时 / 个小时
    case hour        // hours, CPD/CPE/CME hours, "credit hours"
    /// "42 minutes", "42 total mins": a duration printed in minutes, its value in hours (0.7). Only specs that
    /// name it read it: a paper's "45 minutes" is no credit.
    case minute
    case credit      // 学分 / credits (no hour unit)
    case day         // 天 / 日 (为期3天), days
    case halfDay     // 半天 / 个半天 (count of half days)
    case week        // 周 / weeks
    case month       // 个月 / months
    case year        // 年 (durations only: 为期2年)
    case character   // 字
    case thousandCharacters     // 千字
    case tenThousandCharacters  // 万字

    /// Units that are hours of study.
    public var isHours: Bool { self == .xueshi || self == .keshi || self == .xiaoshi || self == .hour }
}

/// A number with its unit, found in a text: "共计32学时", "为期3天", "6个月", "6 CME credit hours", "十二点五学时".
public struct Quantity: Hashable, Sendable {
    public var range: Range<Int>
    public var text: String
    public var value: Double
    public var unit: QuantityUnit
    /// Qualified: 约, 不少于, 以上, 余, about, at least, more than.
    public var approximate: Bool

    public init(range: Range<Int>, text: String, value: Double, unit: QuantityUnit, approximate: Bool) {
        self.range = range; self.text = text; self.value = value; self.unit = unit; self.approximate = approximate
    }
}

/// How to read a numeric date whose first two parts could both be the month (08/05/2023).
public struct NumericDateOrder: Hashable, Sendable {
    public var monthFirst: Bool
    /// An unambiguous date on the same document (31/10/2021, 02/16/2028) showed the order; otherwise it is a
    /// default and the dates it reads are marked `ambiguousOrder`.
    public var settled: Bool
    public init(monthFirst: Bool, settled: Bool) { self.monthFirst = monthFirst; self.settled = settled }
}
