import Testing
import XueshiNormalize

/// Numbers far past what any certificate prints: each reads as a finite value or none, never a trap, and a date
/// with an impossible year is no date.
@Suite struct HostileNumberTests {
    @Test func chineseNumeralsPastInt64StayFinite() {
        for text in ["九千九百九十九万亿", "九千九百九十九万九千九百九十九亿九千九百九十九万九千九百九十九",
                     String(repeating: "九", count: 400), String(repeating: "九千九百九十九万", count: 50),
                     "一亿亿", "九十九点" + String(repeating: "九", count: 500)] {
            if let v = Normalize.number(text) { #expect(v.isFinite, "\(text.prefix(20))") }
            for (_, v) in Normalize.findNumbers(in: text) { #expect(v.isFinite) }
        }
        #expect(Normalize.number("两万五") == 25_000)
    }

    @Test func arabicNumbersPastDoubleAreNoNumber() {
        let huge = String(repeating: "9", count: 400)
        #expect(Normalize.number(huge) == nil)
        #expect(Normalize.number("99999999999999999999") == 1e20)
        #expect(Normalize.number("1" + String(repeating: "0", count: 305) + "万") == nil)  // 10^305 is a Double; 10^309 is not
        for (_, v) in Normalize.findNumbers(in: "共\(huge)学时") { #expect(v.isFinite) }
    }

    @Test func quantitiesOfAbsurdSizeStayFinite() {
        for text in ["为期99999999999999999999天", "学时：\(String(repeating: "9", count: 400))", "九千九百九十九万亿学时",
                     "为期\(String(repeating: "9", count: 308))天"] {
            for q in Normalize.findQuantities(in: text) { #expect(q.value.isFinite, "\(text.prefix(20))") }
        }
    }

    @Test func datesWithImpossibleYearsAreNoDates() {
        for text in ["99999999999年7月1日", "99999999999-07-01", "2025年99999999999月1日", "2025年7月99999999999日",
                     "July 99999999999, 2025", "1 July 99999999999", "九九九九九九九九九九九年七月一日",
                     "\(String(repeating: "9", count: 40))/07/2025"] {
            #expect(dates(text, 2025).allSatisfy { !$0.contains("9999") }, "\(text)")
        }
        #expect(Normalize.yearHint(in: "99999999999年度") == nil)
        #expect(dates("2025年7月1日") == ["2025-07-01"])
    }
}
