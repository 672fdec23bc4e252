/// One line a C library printed while a document was read (poppler, leptonica, libjpeg, libpng…), kept as the
/// library wrote it: English, for the debug log and `--verbose`, never for a report (reports say it in Chinese,
/// as a flag).
public struct LibraryMessage: Codable, Sendable, Equatable {
    /// Who said it: `poppler`, `leptonica`, `glib`, or `stderr` for text written straight to the error stream.
    public var source: String
    public var text: String

    public init(source: String, text: String) {
        self.source = source; self.text = text
    }
}
