import XueshiCore

/// One character of a page's text layer with its box, in poppler's order.
struct Glyph {
    var scalar: Unicode.Scalar
    var box: Box
    /// Index of the poppler line the character came from; poppler's own line breaks are good first guesses.
    var popplerLine: Int
    /// Poppler put whitespace between this glyph and the previous one.
    var spaceBefore: Bool
    /// Index of the character in poppler's page text (what text attributes refer to).
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
