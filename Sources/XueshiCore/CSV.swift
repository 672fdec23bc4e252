import Foundation

/// CSV as spreadsheets write and read it (RFC 4180): quoted cells may hold commas, quotes and line breaks; a
/// UTF-8 byte-order mark is dropped on reading and written on request (Excel and WPS need it to read UTF-8).
public enum CSV {
    /// A row with the line it starts on, so a message can name the line a reviewer sees in a text editor.
    public struct Row: Sendable, Equatable {
        public var line: Int
        public var cells: [String]
    }

    public static func parse(_ text: String) -> [[String]] { rows(text).map(\.cells) }

    /// Every row that is not blank, with its line (blank lines are skipped but still counted).
    public static func rows(_ text: String) -> [Row] {
        var rows: [Row] = []
        var cells: [String] = []
        var cell = ""
        var quoted = false
        var line = 1, start = 1
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        func endRow() {
            cells.append(cell)
            if !(cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                rows.append(Row(line: start, cells: cells))
            }
            cells = []; cell = ""
        }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" { line += 1 }
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { cell.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
            } else {
                switch c {
                case "\"": quoted = true
                case ",": cells.append(cell); cell = ""
                case "\r": break
                case "\n": endRow(); start = line
                default: cell.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if !cell.isEmpty || !cells.isEmpty { endRow() }
        return rows
    }

    /// One line, cells quoted where they must be, ended with CRLF (what Excel writes).
    public static func line(_ cells: [String]) -> String {
        cells.map { c in
            let risky = c.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
            // A cell starting with = + - @ would run as a formula in a spreadsheet: a quote mark keeps it text.
            let formula = c.first.map { "=+-@".contains($0) } == true && Double(c) == nil
            let v = formula ? "'" + c : c
            return risky || formula ? "\"" + v.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : v
        }.joined(separator: ",") + "\r\n"
    }

    public static let byteOrderMark = "\u{FEFF}"
}

import Foundation
