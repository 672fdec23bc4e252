/// Conversions for numbers that come from a file. Swift traps on an out-of-range `Int(Double)` and on integer
/// overflow, and a file can say anything (a page 1e20 points wide, a /ByteRange past Int64, a span of
/// 99999999999999999999 days): every number a file supplies goes through these (or `Int(exactly:)`, or the
/// `…ReportingOverflow` operations) before it sizes, offsets or counts anything.
extension Int {
    /// `value` rounded toward zero and clamped to `Int`'s range: ±infinity and values beyond it give `Int.max` /
    /// `Int.min`, NaN gives 0 (callers then refuse a size or count of 0 as they would any other nonsense).
    public init(clamping value: Double) {
        if value.isNaN { self = 0; return }
        // Double(Int.max) rounds up to 2^63, which Int cannot hold: compare against it with >=.
        if value >= Double(Int.max) { self = .max; return }
        if value <= Double(Int.min) { self = .min; return }
        self = Int(value)
    }

    /// `value` rounded up and clamped into `range`; NaN gives nil. For sizes and counts read as decimals
    /// (a page's pixel width, days of a course).
    public static func clamped(_ value: Double, roundingUp: Bool = false, to range: ClosedRange<Int>) -> Int? {
        guard !value.isNaN else { return nil }
        let v = Int(clamping: roundingUp ? value.rounded(.up) : value)
        return Swift.min(Swift.max(v, range.lowerBound), range.upperBound)
    }

    /// `a + b`, or nil when it overflows.
    public static func checkedSum(_ a: Int, _ b: Int) -> Int? {
        let (r, o) = a.addingReportingOverflow(b)
        return o ? nil : r
    }

    /// `a × b`, or nil when it overflows.
    public static func checkedProduct(_ a: Int, _ b: Int) -> Int? {
        let (r, o) = a.multipliedReportingOverflow(by: b)
        return o ? nil : r
    }
}
