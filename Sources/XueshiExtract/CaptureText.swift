/// A regular expression's capture as a value: display type set letter-spaced ("通 信 学 报", "北 京 邮 电 大 学 学 报"
/// in a journal's running head) reads as one name, and a capture that runs over a line break (a title wrapped in a
/// narrow column) reads as one line.
enum CaptureText {
    static func value(_ s: String) -> String {
        letterSpacingJoined(unwrapped(s.trimmingCharacters(in: .whitespaces)))
    }

    /// Single Han characters each standing apart are joined; anything else — two words side by side
    /// ("华南理工大学 计算机学院"), Latin, digits — is left as printed.
    static func letterSpacingJoined(_ s: String) -> String {
        let parts = s.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2,
              parts.allSatisfy({ $0.count == 1 && $0.unicodeScalars.allSatisfy(\.properties.isIdeographic) }) else { return s }
        return parts.joined()
    }

    /// Line breaks inside the capture: gone between Han characters, a space between words.
    static func unwrapped(_ s: String) -> String {
        guard s.contains("\n") else { return s }
        let cs = Array(s)
        var out = ""
        for (i, c) in cs.enumerated() {
            guard c == "\n" else { out.append(c); continue }
            let before = out.last, after = i + 1 < cs.count ? cs[i + 1] : nil
            let han = { (x: Character?) in x?.unicodeScalars.first?.properties.isIdeographic ?? false }
            if han(before) || han(after) || before == " " || after == " " { continue }
            out.append(" ")
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
