import XueshiCore
import XueshiOCR

/// What, of the C libraries' lines for one document, a reviewer must hear about: errors in the file's structure
/// that poppler read around (content may be missing) and image data a decoder found damaged (the picture may be
/// cut short). The rest — leptonica's layout noise, font fallbacks, warnings — stays in the debug log. One flag, in
/// Chinese, with counts; the English lines never enter the report.
public enum ReaderWarnings {
    /// Poppler errors about the file, as poppler-glib words them ("Syntax error at position …", "Internal error …").
    static let structureMarks = ["Syntax error", "Internal error", "IO error", "Syntax Error", "Internal Error"]
    /// Decoders that write straight to the error stream (libjpeg through leptonica, libpng, libtiff).
    static let imageMarks = ["Corrupt JPEG data", "Premature end of JPEG", "libpng error", "TIFFRead", "Bogus", "Invalid JPEG"]

    /// Distinct lines: poppler parses a page once for its text, once for the layout and again for each drawing,
    /// and says the same thing each time.
    public static func structureErrors(_ lines: [LibraryMessage]) -> Int {
        Set(lines.filter { l in l.source != "leptonica" && structureMarks.contains { l.text.hasPrefix($0) } }.map(\.text)).count
    }

    public static func imageErrors(_ lines: [LibraryMessage]) -> Int {
        Set(lines.filter { l in imageMarks.contains { l.text.contains($0) } }.map(\.text)).count
    }

    /// The flag for a report, or nil: none for a file that was not read (its error says so) nor for PDF structure
    /// errors alone when the report already says the file was repaired. `dropped`: lines past the kept ones, counted
    /// as the kind the kept ones were mostly of.
    public static func flag(_ lines: [LibraryMessage], dropped: Int = 0, report: Report) -> Flag? {
        guard report.error == nil, !lines.isEmpty else { return nil }
        var structure = structureErrors(lines), image = imageErrors(lines)
        if dropped > 0 { if structure >= image { structure += dropped } else { image += dropped } }
        if report.flags.contains(where: { $0.code == FlagCode.repairedFile.rawValue }) { structure = 0 }
        var parts: [String] = []
        if structure > 0 { parts.append("PDF 库报告了文件结构错误（\(structure) 条）") }
        if image > 0 { parts.append("图像解码报告了数据损坏（\(image) 条）") }
        guard !parts.isEmpty else { return nil }
        let said = parts.joined(separator: "，")
        return Flag(.readerWarnings, severity: .info,
                    message: "读取时" + (said.hasPrefix("PDF") ? " " : "") + said + "，内容可能不全，请核对原件")
    }
}
