/// Display type set letter-spaced ("通 信 学 报", "北 京 邮 电 大 学 学 报" in a journal's running head) reads
/// as one name: a value made of single Han characters each standing apart is joined. Anything else — two words
/// side by side ("华南理工大学 计算机学院"), Latin, digits — is left as printed.
enum LetterSpacing {
    static func joined(_ s: String) -> String {
        let parts = s.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count >= 2,
              parts.allSatisfy({ $0.count == 1 && $0.unicodeScalars.allSatisfy(\.properties.isIdeographic) }) else { return s }
        return parts.joined()
    }
}
