import Foundation

extension String {
    /// Trimmed, or nil when nothing is left.
    var nonEmptyTrimmed: String? {
        let t = trimmingCharacters(in: .whitespacesAndNewlines)
        return t.isEmpty ? nil : t
    }
}
