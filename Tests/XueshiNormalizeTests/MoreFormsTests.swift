import Testing
import XueshiNormalize

/// Forms met in evidence from other provinces (found while measuring unseen corpus pools).
@Suite struct MoreFormsTests {
    static let spans: [(String, Int?, String, String)] = [
        ("于2019年9月28日-10月3日参加", nil, "2019-09-28", "2019-10-03"),
        ("于8.11—8.13参加了2025年", 2025, "2025-08-11", "2025-08-13"),
        ("(6.16—6.18，包头)", 2025, "2025-06-16", "2025-06-18"),
        ("培训时段 4.4—4.6", 2021, "2021-04-04", "2021-04-06"),
        ("统计区间:2026-1-5至2026-4-6", nil, "2026-01-05", "2026-04-06"),
        ("held on the 17th of July 2024 to the 19th of July 2024", nil, "2024-07-17", "2024-07-19"),
    ]

    @Test(arguments: spans) func span(_ c: (String, Int?, String, String)) {
        let d = Normalize.findDates(in: c.0, defaultYear: c.1).first { if case .span = $0.value { true } else { false } }
        #expect(d?.value.start?.iso == c.2, "\(c.0)")
        #expect(d?.value.end?.iso == c.3, "\(c.0)")
    }

    static let days: [(String, String)] = [
        ("二0二五年八月二十一日", "2025-08-21"),
        ("二O二四年三月五日", "2024-03-05"),
        ("Date of issue: 21st of July 2024", "2024-07-21"),
        ("登记日期 2026-2-8", "2026-02-08"),
    ]

    @Test(arguments: days) func day(_ c: (String, String)) {
        #expect(Normalize.findDates(in: c.0, defaultYear: nil).first?.value.start?.iso == c.1, "\(c.0)")
    }

    /// Decimals and versions stay numbers: a month.day span needs its connector and a known year.
    @Test func decimalsAreNotDates() {
        #expect(Normalize.findDates(in: "印张 4.4—4.6", defaultYear: nil).isEmpty)
        #expect(Normalize.findDates(in: "系数在0.12～0.18之间", defaultYear: 2025).isEmpty)
        #expect(Normalize.findDates(in: "版本 3.5", defaultYear: 2025).isEmpty)
    }
}
