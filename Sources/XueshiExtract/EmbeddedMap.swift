import Foundation
import XueshiCore
import XueshiNormalize

/// Which of an e-document's embedded values (`Document.embedded`) stand for which field: `extractors/embedded.yaml`.
public struct EmbeddedMap: Codable, Sendable {
    public enum ValueKind: String, Codable, Sendable { case date, text, number }

    public struct Entry: Codable, Sendable {
        public var keys: [String]
        public var value: ValueKind
    }

    public var fields: [String: Entry]

    public init(fields: [String: Entry] = [:]) { self.fields = fields }

    static let topKeys = SpecKeys.keys(of: EmbeddedMap())
    static let entryKeys = SpecKeys.keys(of: Entry(keys: [], value: .text))

    /// The first value present for `field`, read as its kind; nil when none is present or none reads.
    public func value(for field: String, in embedded: [String: String]) -> (key: String, value: FieldValue)? {
        guard let entry = fields[field] else { return nil }
        let byName = Dictionary(embedded.map { ($0.key.lowercased(), ($0.key, $0.value)) }, uniquingKeysWith: { a, _ in a })
        for key in entry.keys {
            guard let (name, raw) = byName[key.lowercased()] else { continue }
            let text = raw.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !text.isEmpty else { continue }
            switch entry.value {
            case .text:
                return (name, .string(text))
            case .number:
                if let n = Double(text.filter { $0 != "," }) { return (name, .number(n)) }
            case .date:
                // Machine dates (2020-10-10, 20201010) and printed ones (2020年10月10日) alike.
                let digits = text.filter(\.isNumber)
                if digits.count == 8, text.count == 8, let y = Int(digits.prefix(4)), let m = Int(digits.dropFirst(4).prefix(2)),
                   let d = Int(digits.suffix(2)), let day = DayDate(year: y, month: m, day: d) {
                    return (name, .string(day.iso))
                }
                if let found = Normalize.findDates(in: text, defaultYear: nil).first, case .day(let day) = found.value {
                    return (name, .string(day.iso))
                }
            }
        }
        return nil
    }
}
