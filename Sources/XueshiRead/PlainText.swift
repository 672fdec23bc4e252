import XueshiCore

public extension Document {
    /// Every page's text in reading order, pages separated by a form feed; for debugging and quick greps.
    var plainText: String { pages.map(\.text).joined(separator: "\n\u{0C}\n") }
}
