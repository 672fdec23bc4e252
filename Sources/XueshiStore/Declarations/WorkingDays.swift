import XueshiNormalize

/// Working days for a public period: Monday to Friday. Public holidays and the weekends the State Council moves
/// into working days are not known here, so a unit that needs them sets the period's length to cover them.
public enum WorkingDays {
    /// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
    public static func weekday(_ d: DayDate) -> Int { ((d.ordinal % 7) + 7 + 3) % 7 }

    public static func isWorkingDay(_ d: DayDate) -> Bool { weekday(d) < 5 }

    /// The day `ordinal` days after 1970-01-01.
    public static func day(ordinal: Int) -> DayDate? {
        // Howard Hinnant's civil_from_days.
        let z = ordinal + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        return DayDate(year: yoe + era * 400 + (m <= 2 ? 1 : 0), month: m, day: d)
    }

    /// The period of `count` working days starting on `from` (or the next working day): its first and last day.
    public static func period(from: DayDate, count: Int) -> (first: DayDate, last: DayDate)? {
        var day = from
        while !isWorkingDay(day) { guard let next = Self.day(ordinal: day.ordinal + 1) else { return nil }; day = next }
        let first = day
        var left = max(1, count) - 1
        while left > 0 {
            guard let next = Self.day(ordinal: day.ordinal + 1) else { return nil }
            day = next
            if isWorkingDay(day) { left -= 1 }
        }
        return (first, day)
    }
}
