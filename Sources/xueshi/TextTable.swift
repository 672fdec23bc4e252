import Foundation

/// Rows laid out in columns under a rule, for people at a terminal: widths count East Asian characters as two,
/// a cell may hold several lines, and when the table is wider than the terminal the columns that may wrap (paths,
/// names, flags) are narrowed and their cells wrapped, never cut, so a path is always whole.
struct TextTable {
    var rows: [[String]]
    /// Columns that may be wrapped to fit; the others keep their natural width.
    var wrappable: Set<Int> = []
    /// The terminal's width; nil when output goes to a file or a pipe (no wrapping then).
    var width: Int?
    /// Narrowest each wrapped column gets (by column; 8 where not given): a flag's name or a date reads whole.
    var minimums: [Int: Int] = [:]

    func render() -> String {
        guard let head = rows.first else { return "" }
        let columns = head.count
        var widths = (0..<columns).map { c in rows.map { TextTable.lines($0[c]).map(TextTable.width).max() ?? 0 }.max() ?? 0 }
        if let limit = width {
            // Take from the widest wrappable column until the table fits or every wrappable one is at its minimum.
            let gaps = 2 * (columns - 1)
            while widths.reduce(0, +) + gaps > limit {
                let candidates = wrappable.filter { widths[$0] > max(minimums[$0] ?? 8, TextTable.width(head[$0])) }
                guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        let laid = rows.map { row in
            row.enumerated().map { c, cell in TextTable.lines(cell).flatMap { TextTable.wrap($0, to: widths[c]) } }
        }
        // Rows of several lines each are told apart by a blank line between them.
        let tall = laid.dropFirst().contains { $0.contains { $0.count > 1 } }
        var out = ""
        for (n, cells) in laid.enumerated() {
            if tall, n > 1 { out += "\n" }
            let height = cells.map(\.count).max() ?? 1
            for l in 0..<max(height, 1) {
                let line = cells.enumerated().map { c, cell in
                    let text = l < cell.count ? cell[l] : ""
                    return c == columns - 1 ? text : text + String(repeating: " ", count: max(0, widths[c] - TextTable.width(text)))
                }.joined(separator: "  ")
                out += line.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) + "\n"
            }
            if n == 0 { out += widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ") + "\n" }
        }
        return out
    }

    static func lines(_ cell: String) -> [String] { cell.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }

    /// Breaks a line into pieces no wider than `limit`, after a slash or a space where one is near the end.
    static func wrap(_ line: String, to limit: Int) -> [String] {
        guard width(line) > limit, limit > 0 else { return [line] }
        var pieces: [String] = []
        var current = ""
        var currentWidth = 0
        for ch in line {
            let w = width(String(ch))
            if currentWidth + w > limit, !current.isEmpty {
                // Break after the last slash or space in the second half of the piece, so folders stay whole.
                if let cut = current.lastIndex(where: { $0 == "/" || $0 == " " }),
                   width(String(current[..<cut])) >= limit / 2 {
                    let rest = String(current[current.index(after: cut)...])
                    pieces.append(String(current[...cut]))
                    current = rest
                    currentWidth = width(rest)
                } else {
                    pieces.append(current)
                    current = ""
                    currentWidth = 0
                }
            }
            current.append(ch)
            currentWidth += w
        }
        if !current.isEmpty { pieces.append(current) }
        return pieces
    }

    /// Terminal columns: East Asian wide characters take two, combining marks none.
    static func width(_ s: String) -> Int {
        s.unicodeScalars.reduce(0) { n, u in
            let v = u.value
            let wide = (0x1100...0x115F).contains(v) || (0x2E80...0xA4CF).contains(v) || (0xAC00...0xD7A3).contains(v)
                || (0xF900...0xFAFF).contains(v) || (0xFE30...0xFE4F).contains(v) || (0xFF00...0xFF60).contains(v)
                || (0xFFE0...0xFFE6).contains(v) || (0x20000...0x3FFFD).contains(v)
            return n + (wide ? 2 : (u.properties.generalCategory == .nonspacingMark ? 0 : 1))
        }
    }
}
