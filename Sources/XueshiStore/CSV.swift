/// CSV as spreadsheets write and read it (RFC 4180): quoted cells may hold commas, quotes and line breaks; a
/// UTF-8 byte-order mark is dropped on reading and written on request (Excel and WPS need it to read UTF-8).
public enum CSV {
    public static func parse(_ text: String) -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var cell = ""
        var quoted = false
        var chars = Array(text.unicodeScalars)
        if chars.first == "\u{FEFF}" { chars.removeFirst() }
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if quoted {
                if c == "\"" {
                    if i + 1 < chars.count && chars[i + 1] == "\"" { cell.unicodeScalars.append("\""); i += 1 } else { quoted = false }
                } else { cell.unicodeScalars.append(c) }
            } else {
                switch c {
                case "\"": quoted = true
                case ",": row.append(cell); cell = ""
                case "\r": break
                case "\n": row.append(cell); rows.append(row); row = []; cell = ""
                default: cell.unicodeScalars.append(c)
                }
            }
            i += 1
        }
        if !cell.isEmpty || !row.isEmpty { row.append(cell); rows.append(row) }
        return rows.filter { !($0.count == 1 && $0[0].trimmingCharacters(in: .whitespaces).isEmpty) }
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
