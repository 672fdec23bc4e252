import XueshiCore

/// A report's flags as a reviewer reads them: each code once (with a count when it was raised several times),
/// the most severe first, marked (‼ 严重, ! 注意, · 提示) and named in Chinese.
enum FlagLines {
    private struct Entry {
        var code: String
        var severity: Severity
        var count: Int
    }

    static func lines(_ flags: [Flag], catalogue: Catalogue) -> [String] {
        var entries: [Entry] = []
        for f in flags {
            if let i = entries.firstIndex(where: { $0.code == f.code }) {
                entries[i].severity = max(entries[i].severity, f.severity)
                entries[i].count += 1
            } else {
                entries.append(Entry(code: f.code, severity: f.severity, count: 1))
            }
        }
        // Most severe first; within a severity, in the order the flags were raised (a stable sort).
        let ordered = entries.enumerated().sorted { a, b in
            a.element.severity != b.element.severity ? a.element.severity > b.element.severity : a.offset < b.offset
        }.map(\.element)
        return ordered.map { e in
            "\(e.severity.mark) \(catalogue.flag(e.code))" + (e.count > 1 ? " ×\(e.count)" : "")
        }
    }
}
