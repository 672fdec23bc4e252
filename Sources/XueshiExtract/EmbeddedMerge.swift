import XueshiCore
import XueshiNormalize

extension Extractor {
    /// A page value and an embedded one that disagree.
    public struct EmbeddedMismatch: Sendable {
        public var field: String
        public var key: String
        public var page: FieldValue
        public var embedded: FieldValue
    }

    /// Joins an e-document's embedded values to what the pages gave (see `extractors/embedded.yaml`): the same value
    /// is confirmed, a missing one is taken from the data, a different one is left as the page shows it and
    /// returned. Fields the winning spec omits are never added (an invoice has no holder).
    public func merge(embedded: [String: String], into extraction: inout Extraction) -> [EmbeddedMismatch] {
        guard !embedded.isEmpty else { return [] }
        let omitted = Set(library.specs.first { $0.id == extraction.specId }?.omit ?? [])
        var mismatches: [EmbeddedMismatch] = []
        for field in library.embedded.fields.keys.sorted() where !omitted.contains(field) {
            guard let (key, value) = library.embedded.value(for: field, in: embedded) else { continue }
            if var f = extraction.fields[field] {
                if library.embedded.fields[field]?.value == .date, let gap = dayGap(f.value, value), gap == 1 {
                    // A machine's timestamp a day off the printed date is when the file was made (or a time zone
                    // away), not a different date: noted, neither confirmed nor flagged.
                    f.note = [f.note, "OFD 内嵌数据（\(key)）为 \(value)，与页面相差一天"].compactMap { $0 }.joined(separator: "；")
                    extraction.fields[field] = f
                } else if same(f.value, value) {
                    // Two independent records of one value: the page's reading is as good as certain.
                    f.confidence = max(f.confidence, 0.97)
                    f.note = [f.note, "与 OFD 内嵌数据（\(key)）一致"].compactMap { $0 }.joined(separator: "；")
                    extraction.fields[field] = f
                } else {
                    mismatches.append(EmbeddedMismatch(field: field, key: key, page: f.value, embedded: value))
                }
            } else {
                extraction.fields[field] = ExtractedField(
                    value: value, confidence: 0.95, page: nil, snippet: "", box: nil,
                    why: "embedded \(key)", note: "取自 OFD 内嵌数据（\(key)），页面上未读到")
                extraction.missing.removeAll { $0 == field }
            }
        }
        return mismatches
    }

    /// Days between two ISO dates; nil unless both are.
    private func dayGap(_ a: FieldValue, _ b: FieldValue) -> Int? {
        guard let x = a.string.flatMap(DayDate.init(iso:)), let y = b.string.flatMap(DayDate.init(iso:)) else { return nil }
        return abs(x.ordinal - y.ordinal)
    }

    private func same(_ a: FieldValue, _ b: FieldValue) -> Bool {
        switch (a, b) {
        case (.number(let x), .number(let y)): return abs(x - y) < 0.01
        case (.string(let x), .string(let y)):
            func squeeze(_ s: String) -> String { String(s.filter { !$0.isWhitespace && $0 != "（" && $0 != "）" && $0 != "(" && $0 != ")" }) }
            return squeeze(x) == squeeze(y)
        default: return false
        }
    }
}
