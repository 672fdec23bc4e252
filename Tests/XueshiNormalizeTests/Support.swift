import XueshiNormalize

/// "2025-07-01", "2025-07", "2025-07-01/2025-07-03"; "?" appended when the year was inferred.
func describe(_ m: DateMatch) -> String {
    let v: String
    switch m.value {
    case .day(let d): v = d.iso
    case .month(let mo): v = mo.iso
    case .span(let a, let b): v = "\(a.iso)/\(b.iso)"
    }
    return m.yearInferred ? v + "?" : v
}

func dates(_ text: String, _ year: Int? = nil) -> [String] {
    Normalize.findDates(in: text, defaultYear: year).map(describe)
}

/// "32 xueshi", with "~" for approximate.
func describe(_ q: Quantity) -> String {
    let n = q.value == q.value.rounded() && abs(q.value) < 1e15 ? String(Int(q.value)) : String(q.value)
    return "\(n) \(q.unit.rawValue)" + (q.approximate ? " ~" : "")
}

func quantities(_ text: String) -> [String] { Normalize.findQuantities(in: text).map(describe) }

/// The substring at Character offsets `r` of `text`.
func slice(_ text: String, _ r: Range<Int>) -> String {
    let a = Array(text)
    guard r.lowerBound >= 0, r.upperBound <= a.count, r.lowerBound <= r.upperBound else { return "<out of range>" }
    return String(a[r])
}

/// A small deterministic generator (SplitMix64), so the fuzz tests see the same strings on every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
