import Testing
import XueshiNormalize

/// Durations, credits and dates as English course and certification documents print them.
@Suite struct EnglishFormsTests {
    /// A duration in minutes has its own unit, its value in hours (only English course specs read it).
    @Test(arguments: [
        ("4 HOURS", ["4 hour"]),
        ("42 minutes", ["0.7 minute"]),
        ("successfully completed 42 total mins of the course", ["0.7 minute"]),
        ("~300 hours of coursework", ["300 hour ~"]),
        ("3 PDH", ["3 hour"]),
        ("2.5 CEUs", ["2.5 credit"]),
        ("6 weeks", ["6 week"]),
        ("5 days", ["5 day"]),
    ])
    func durations(_ text: String, _ expected: [String]) {
        #expect(quantities(text) == expected)
    }

    /// Hours and minutes are one duration: 1 hour 55 minutes is 115/60 hours.
    @Test(arguments: ["1 hour 55 minutes", "1h 55m", "1 hr 55 min", "at 11:03PM UTC • 1 hour 55 minutes"])
    func hoursAndMinutes(_ text: String) {
        let q = Normalize.findQuantities(in: text)
        #expect(q.count == 1)
        #expect(abs((q.first?.value ?? 0) - 115.0 / 60) < 1e-9)
        #expect(q.first?.unit == .hour)
    }

    @Test(arguments: [
        ("Jul 17, 2024 at 07:06AM UTC", ["2024-07-17"]),
        ("Issued 15 June 2020", ["2020-06-15"]),
        ("Thursday, April 22nd 2021 08:00 AM PDT", ["2021-04-22"]),
        ("Date 29/JUL/2023 Candidate Number", ["2023-07-29"]),
        ("held 22-Nov-2021", ["2021-11-22"]),
        ("NOV 20, 2024", ["2024-11-20"]),
    ])
    func englishDates(_ text: String, _ expected: [String]) {
        #expect(dates(text) == expected)
    }

    /// 8/5/2023 is read only with an order; with nothing on the document to settle it, it says it was ambiguous.
    @Test func ambiguousNumericDate() {
        #expect(dates("Certification Date: 8/5/2023").isEmpty)
        let order = Normalize.numericOrder(in: "Certification Date: 8/5/2023")
        #expect(order == NumericDateOrder(monthFirst: true, settled: false))
        let found = Normalize.findDates(in: "Certification Date: 8/5/2023", defaultYear: nil, numericOrder: order)
        #expect(found.map(describe) == ["2023-08-05"])
        #expect(found.first?.ambiguousOrder == true)
    }

    /// A date above 12 on the same document settles the order of its other dates.
    @Test func orderSettledByTheDocument() {
        let text = "has completed an internship from 1/9/2021 to 31/10/2021. Issued 27-11-2021"
        let order = Normalize.numericOrder(in: text)
        #expect(order == NumericDateOrder(monthFirst: false, settled: true))
        let found = Normalize.findDates(in: text, defaultYear: nil, numericOrder: order)
        #expect(found.map(describe) == ["2021-09-01/2021-10-31", "2021-11-27"])
        #expect(found.allSatisfy { !$0.ambiguousOrder })

        let us = "February 16, 2025  EXP DATE: 02/16/2028  renewed 3/4/2025"
        #expect(Normalize.numericOrder(in: us) == NumericDateOrder(monthFirst: true, settled: true))
        #expect(Normalize.findDates(in: us, defaultYear: nil, numericOrder: Normalize.numericOrder(in: us)).map(describe)
            == ["2025-02-16", "2028-02-16", "2025-03-04"])
    }

    /// Chinese text leads its dates with the year: no order is assumed for it.
    @Test func noOrderForChineseText() {
        #expect(Normalize.numericOrder(in: "兹证明张三于2025年7月1日参加培训，编号8/5/2023。") == nil)
    }
}
