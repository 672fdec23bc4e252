/// Chinese resident ID numbers (身份证号): found so they can be masked wherever a report or a log could echo them.
public enum PersonalData {
    /// 18-character ID numbers with a valid check digit, as Character-offset ranges.
    public static func idNumbers(in text: String) -> [Range<Int>] {
        let cs = Array(text)
        var out: [Range<Int>] = []
        var i = 0
        while i + 18 <= cs.count {
            if (i == 0 || !cs[i - 1].isASCII || !cs[i - 1].isNumber),
               cs[i..<(i + 17)].allSatisfy({ $0.isASCII && $0.isNumber }),
               let last = Optional(cs[i + 17]), last.isASCII && (last.isNumber || last == "X" || last == "x"),
               i + 18 == cs.count || !(cs[i + 18].isASCII && cs[i + 18].isNumber),
               checkDigitValid(cs[i..<(i + 18)]) {
                out.append(i..<(i + 18))
                i += 18
                continue
            }
            i += 1
        }
        return out
    }

    static func checkDigitValid(_ id: ArraySlice<Character>) -> Bool {
        let weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
        let checks: [Character] = ["1", "0", "X", "9", "8", "7", "6", "5", "4", "3", "2"]
        var sum = 0
        for (k, c) in id.prefix(17).enumerated() { sum += (c.wholeNumberValue ?? 0) * weights[k] }
        let expected = checks[sum % 11]
        let got = id.last!
        return got == expected || (expected == "X" && got == "x")
    }

    /// Keeps the first 6 and last 4 characters: 340121********3932.
    public static func mask(_ id: String) -> String {
        let cs = Array(id)
        guard cs.count > 10 else { return String(repeating: "*", count: cs.count) }
        return String(cs.prefix(6)) + String(repeating: "*", count: cs.count - 10) + String(cs.suffix(4))
    }

    /// The text with every ID number in it masked.
    public static func maskAll(in text: String) -> String {
        let ranges = idNumbers(in: text)
        guard !ranges.isEmpty else { return text }
        var cs = Array(text)
        for r in ranges.reversed() {
            cs.replaceSubrange(r, with: Array(mask(String(cs[r]))))
        }
        return String(cs)
    }
}
