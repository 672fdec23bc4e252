import XueshiCore
import XueshiNormalize
import Yams

/// Reads a composed YAML tree by hand rather than through Decodable: every node keeps its line, so any mistake —
/// a wrong type, an unknown key, a figure out of range — is reported at the line that holds it.
struct YAMLReader {
    let node: Node
    let file: String
    /// Where this node sits, for messages: rules[3].hours.
    let path: String

    var line: Int? { node.mark?.line }

    func fail(_ reason: String) -> PolicyLoadError {
        PolicyLoadError(file: file, line: line, reason: path.isEmpty ? reason : "\(path): \(reason)")
    }

    private func child(_ n: Node, _ name: String) -> YAMLReader {
        YAMLReader(node: n, file: file, path: path.isEmpty ? name : "\(path).\(name)")
    }

    func mapping() throws -> Node.Mapping {
        guard let m = node.mapping else { throw fail("expected a mapping (key: value lines)") }
        return m
    }

    /// Refuses keys the format does not define: a misspelt key would otherwise be ignored silently.
    func only(_ allowed: Set<String>) throws {
        for (k, _) in try mapping() {
            let key = k.string ?? ""
            if !allowed.contains(key) {
                throw child(k, key).fail("unknown key '\(key)' (allowed: \(allowed.sorted().joined(separator: ", ")))")
            }
        }
    }

    func optional(_ key: String) throws -> YAMLReader? {
        // By the key's text: Yams's `mapping[key]` builds a node and runs its tag resolver's regexes on every lookup.
        guard let v = try mapping().first(where: { $0.key.scalar?.string == key })?.value else { return nil }
        if case .scalar(let s) = v, s.style == .plain, ["", "~", "null", "Null", "NULL"].contains(s.string) { return nil }
        return child(v, key)
    }

    func required(_ key: String) throws -> YAMLReader {
        guard let r = try optional(key) else { throw fail("missing key '\(key)'") }
        return r
    }

    func sequence() throws -> [YAMLReader] {
        guard case .sequence(let s) = node else { throw fail("expected a list") }
        return s.enumerated().map { i, n in YAMLReader(node: n, file: file, path: "\(path)[\(i)]") }
    }

    /// A scalar or a list of scalars, as strings (so `mode: training` and `mode: [training, online]` both work).
    func strings() throws -> [String] {
        if case .sequence = node { return try sequence().map { try $0.string() } }
        return [try string()]
    }

    var isSequence: Bool { if case .sequence = node { return true } else { return false } }
    var isMapping: Bool { node.mapping != nil }

    func string() throws -> String {
        guard case .scalar(let s) = node else { throw fail("expected a single value") }
        return s.string
    }

    func number() throws -> Double {
        guard case .scalar(let s) = node, let d = Double(s.string.replacingOccurrences(of: "_", with: "")) else {
            throw fail("expected a number, found '\(node.scalar?.string ?? "a list or mapping")'")
        }
        return d
    }

    func nonNegative() throws -> Double {
        let d = try number()
        guard d >= 0, d.isFinite else { throw fail("expected a number ≥ 0, found \(d)") }
        return d
    }

    func integer() throws -> Int {
        let d = try number()
        guard d == d.rounded(), abs(d) < 1e9 else { throw fail("expected a whole number, found \(d)") }
        return Int(d)
    }

    func bool() throws -> Bool {
        guard let b = node.bool else { throw fail("expected true or false") }
        return b
    }

    func day() throws -> DayDate {
        let s = try string()
        guard let d = DayDate(iso: s) else { throw fail("expected a date YYYY-MM-DD, found '\(s)'") }
        return d
    }

    func oneOf<T: RawRepresentable>(_ type: T.Type, _ allowed: [T]) throws -> T where T.RawValue == String {
        let s = try string()
        guard let v = T(rawValue: s) else {
            throw fail("'\(s)' is not one of \(allowed.map(\.rawValue).joined(separator: ", "))")
        }
        return v
    }
}
