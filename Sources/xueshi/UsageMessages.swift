import Foundation

/// swift-argument-parser's usage errors, in Chinese first and then its own English, as the help already is.
/// Its error types are internal, so its messages are matched by their wording (`fullMessage(for:)`, version 1.x):
/// a small table of patterns. A message the table does not know keeps its English after a general Chinese line.
/// Our own `ValidationError`s are bilingual already and only get the Chinese label.
enum UsageMessages {
    /// English pattern → Chinese, `$1`… the pattern's groups. First match wins: longer forms first.
    static let table: [(pattern: String, chinese: String)] = [
        (#"^Missing expected argument '(.+)'$"#, "缺少参数 $1"),
        (#"^Missing one of: (.+)$"#, "缺少以下之一：$1"),
        (#"^Missing value for '(.+)'$"#, "选项 $1 缺少值"),
        (#"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#, "未知选项 $1，是否想用 $2？"),
        (#"^Unknown option '(.+)'$"#, "未知选项 $1"),
        (#"^Unexpected argument '(.+)'$"#, "多余的参数 $1"),
        (#"^(\d+) unexpected arguments: (.+)$"#, "多余的参数 $1 个：$2"),
        (#"^The value '(.*)' is invalid for '(.+?)'\. Please provide one of (.+)\.$"#, "$2 的值 '$1' 无效，可选 $3"),
        (#"^The value '(.*)' is invalid for '(.+?)'\. Please provide one of the following:$"#, "$2 的值 '$1' 无效，可选："),
        (#"^The value '(.*)' is invalid for '(.+?)'(.*)$"#, "$2 的值 '$1' 无效"),
        (#"^The value '(.*)' is invalid\.?(.*)$"#, "值 '$1' 无效"),
        (#"^The option '(.+)' does not take any value, but '(.*)' was specified\.$"#, "选项 $1 不带值，却给了 '$2'"),
        (#"^Value to be set with (.+) had already been set with (.+)$"#, "$1 重复：已由 $2 设置过"),
        (#"^Invalid option: (.+)$"#, "无效的选项 $1"),
        (#"^Missing required subcommand\.$"#, "缺少子命令"),
    ]

    private static let compiled: [(NSRegularExpression, String)] = table.map {
        (try! NSRegularExpression(pattern: $0.pattern), $0.chinese)
    }

    /// The Chinese for one English error text; nil when the table does not know it.
    static func chinese(_ english: String) -> String? {
        let range = NSRange(english.startIndex..., in: english)
        for (regex, template) in compiled {
            if let m = regex.firstMatch(in: english, range: range) {
                let said = regex.replacementString(for: m, in: english, offset: 0, template: template)
                // A list of choices ('a', 'b' or 'c') in Chinese punctuation.
                return said.replacingOccurrences(of: "', '", with: "'、'").replacingOccurrences(of: "' or '", with: "'、'")
                    .replacingOccurrences(of: "' and '", with: "'、'")
            }
        }
        return nil
    }

    /// Whether a text already says it in Chinese (our own validation errors do).
    static func hasChinese(_ s: String) -> Bool {
        s.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }
    }

    /// ArgumentParser's whole message, each line it knows given in Chinese first.
    static func bilingual(_ message: String) -> String {
        message.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let s = String(line)
            if s.hasPrefix("Error: ") {
                let text = String(s.dropFirst("Error: ".count))
                if hasChinese(text) { return "错误：\(text)" }
                return "错误：\(chinese(text) ?? "命令行用法有误")\n\(s)"
            }
            if s.hasPrefix("Usage: ") { return "用法 " + s }
            if s.hasPrefix("Help: ") { return "说明 " + s }
            let trimmed = s.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("See '"), trimmed.hasSuffix("' for more information."),
               let start = trimmed.firstIndex(of: "'"), let end = trimmed.lastIndex(of: "'"), start < end {
                let command = trimmed[trimmed.index(after: start)..<end]
                let indent = String(s.prefix { $0 == " " })
                return "\(indent)查看 '\(command)' 了解更多\n\(s)"
            }
            return s
        }.joined(separator: "\n")
    }
}
