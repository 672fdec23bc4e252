import XueshiCore

/// One character of a page's text layer with its box, in the source's order (poppler's text, OFD's TextCode runs).
struct Glyph {
    var scalar: Unicode.Scalar
    var box: Box
    /// Index of the line (or run) the source put the character on: poppler's own line breaks, an OFD text object;
    /// good first guesses for the layout.
    var sourceLine: Int
    /// The source put whitespace between this glyph and the previous one.
    var spaceBefore: Bool
    /// Index of the character in the source's page text (what poppler's text attributes refer to).
    var textOffset: Int = 0
    /// Filled in seal red (clearly red, not dark): a seal's words are; body text is not.
    var red: Bool = false
}

extension Unicode.Scalar {
    /// Characters the text layer may carry that no reader wants in a line.
    var isDroppedControl: Bool {
        switch value {
        case 0x00...0x1F, 0x7F...0x9F: true
        case 0x200B, 0xFEFF: true  // zero-width space and BOM break phrase searches without being visible
        default: false
        }
    }

    var isLayoutSpace: Bool { properties.isWhitespace }
}
