/// Text from a file (its name, what it says) made safe to print: control characters, and the marks that reorder
/// or hide text, are shown as escapes, so a file named `a\u{1B}[2Jb.pdf` cannot clear the reviewer's screen or
/// pass for another name.
enum ShownText {
    static func escaped(_ s: String) -> String {
        var out = ""
        for u in s.unicodeScalars {
            switch u {
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                let v = u.value
                let control = v < 0x20 || (0x7F...0x9F).contains(v)
                // Bidirectional overrides and isolates, zero-width characters.
                let hidden = (0x200B...0x200F).contains(v) || (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v)
                    || v == 0xFEFF
                if control || hidden {
                    out += "\\u{" + String(v, radix: 16, uppercase: true) + "}"
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        return out
    }
}
