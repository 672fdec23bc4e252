import Foundation

/// A small JSON Schema validator (the draft 2020-12 keywords the project's contracts use), Foundation only.
///
/// Supported: `type` (a name or an array of names; `integer` is any number with no fractional part, and
/// booleans are never numbers), `enum`, `const`, `required`, `properties`, `patternProperties`,
/// `additionalProperties` (boolean or schema), `minProperties`/`maxProperties`, `dependentRequired`,
/// `items` (and `prefixItems`), `minItems`/`maxItems`, `uniqueItems`, `minimum`/`maximum`,
/// `exclusiveMinimum`/`exclusiveMaximum`, `multipleOf`, `minLength`/`maxLength` (in code points),
/// `pattern` (an unanchored search), `allOf`, `anyOf`, `oneOf` (exactly one), `not`, `if`/`then`/`else`,
/// boolean schemas, and `$ref` to a JSON pointer inside the same document (`#`, `#/$defs/…`,
/// `#/definitions/…`). Other keywords (`$schema`, `$id`, `title`, `description`, `format`, …) are ignored.
public struct JSONSchema: Sendable {
    private let root: SchemaValue
    private let regexes: RegexCache

    public init(data: Data) throws {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed])
        } catch {
            throw JSONSchemaError.invalidJSON(String(describing: error))
        }
        try self.init(value: SchemaValue(any: object))
    }

    public init(contentsOf url: URL) throws {
        try self.init(data: Data(contentsOf: url))
    }

    private init(value: SchemaValue) throws {
        guard value.isSchema else { throw JSONSchemaError.invalidSchema(path: "", "a schema must be an object or a boolean") }
        root = value
        var patterns: [String: NSRegularExpression] = [:]
        try Self.check(value, at: "", root: value, patterns: &patterns)
        regexes = RegexCache(patterns)
    }

    /// Every violation, empty when valid. Each says where (a JSON pointer like /fields/hours/confidence) and why.
    /// A missing required property is reported at the path it should have had (e.g. /sha256).
    public func validate(_ instance: Data) throws -> [SchemaViolation] {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: instance, options: [.fragmentsAllowed])
        } catch {
            throw JSONSchemaError.invalidJSON(String(describing: error))
        }
        return validate(json: object)
    }

    /// Validates a JSONSerialization object (or the same shapes built from Swift values:
    /// String, Bool, Int, Double, NSNumber, NSNull, nil, arrays and `[String: Any]`).
    public func validate(json: Any) -> [SchemaViolation] {
        Validator(root: root, regexes: regexes).validate(SchemaValue(any: json), against: root, at: "", depth: 0)
    }

    // MARK: Checking the schema itself

    /// Compiles every pattern and makes sure every `$ref` resolves, so validation never meets a broken schema.
    private static func check(_ schema: SchemaValue, at path: String, root: SchemaValue,
                              patterns: inout [String: NSRegularExpression]) throws {
        guard case .object(let keywords) = schema else {
            if case .bool = schema { return }
            throw JSONSchemaError.invalidSchema(path: path, "a schema must be an object or a boolean")
        }
        func sub(_ value: SchemaValue, _ key: String) throws {
            try check(value, at: path + "/" + key, root: root, patterns: &patterns)  // keys here are keyword paths
        }
        func subs(_ key: String) throws {
            guard let value = keywords[key] else { return }
            guard case .array(let list) = value, !list.isEmpty else {
                throw JSONSchemaError.invalidSchema(path: path + "/" + key, "\(key) must be a non-empty array of schemas")
            }
            for (i, s) in list.enumerated() { try sub(s, "\(key)/\(i)") }
        }
        func map(_ key: String) throws {
            guard let value = keywords[key] else { return }
            guard case .object(let members) = value else {
                throw JSONSchemaError.invalidSchema(path: path + "/" + key, "\(key) must be an object of schemas")
            }
            for (name, s) in members { try check(s, at: path + "/" + key + "/" + escapePointer(name), root: root, patterns: &patterns) }
        }

        if let value = keywords["pattern"] {
            guard case .string(let p) = value else {
                throw JSONSchemaError.invalidSchema(path: path + "/pattern", "pattern must be a string")
            }
            try compile(p, at: path + "/pattern", into: &patterns)
        }
        if case .object(let members)? = keywords["patternProperties"] {
            for name in members.keys { try compile(name, at: path + "/patternProperties", into: &patterns) }
        }
        if let value = keywords["$ref"] {
            guard case .string(let ref) = value else {
                throw JSONSchemaError.invalidSchema(path: path + "/$ref", "$ref must be a string")
            }
            guard let target = resolve(ref, in: root), target.isSchema else {
                throw JSONSchemaError.unresolvableReference(ref)
            }
        }
        if let value = keywords["type"] {
            let names: [SchemaValue]
            if case .array(let list) = value { names = list } else { names = [value] }
            for name in names {
                guard case .string(let n) = name, JSONType(rawValue: n) != nil else {
                    throw JSONSchemaError.invalidSchema(path: path + "/type", "unknown type \(name)")
                }
            }
        }
        if let value = keywords["enum"] {
            guard case .array = value else {
                throw JSONSchemaError.invalidSchema(path: path + "/enum", "enum must be an array")
            }
        }

        for key in ["additionalProperties", "additionalItems", "not", "if", "then", "else", "contains", "propertyNames"] {
            if let s = keywords[key] { try sub(s, key) }
        }
        if case .array(let list)? = keywords["items"] {  // the pre-2020 tuple form
            for (i, s) in list.enumerated() { try sub(s, "items/\(i)") }
        } else if let s = keywords["items"] {
            try sub(s, "items")
        }
        try subs("allOf"); try subs("anyOf"); try subs("oneOf"); try subs("prefixItems")
        try map("properties"); try map("patternProperties"); try map("$defs"); try map("definitions")
    }

    private static func compile(_ pattern: String, at path: String, into patterns: inout [String: NSRegularExpression]) throws {
        guard patterns[pattern] == nil else { return }
        do {
            patterns[pattern] = try NSRegularExpression(pattern: pattern)
        } catch {
            throw JSONSchemaError.invalidSchema(path: path, "invalid regular expression \(pattern)")
        }
    }

    /// Resolves `#` or `#/a/b` (JSON pointer, percent-encoded or not) inside the root document.
    fileprivate static func resolve(_ ref: String, in root: SchemaValue) -> SchemaValue? {
        guard ref.hasPrefix("#") else { return nil }
        let fragment = String(ref.dropFirst())
        let pointer = fragment.removingPercentEncoding ?? fragment
        if pointer.isEmpty { return root }
        guard pointer.hasPrefix("/") else { return nil }  // plain-name anchors are not supported
        var node = root
        for raw in pointer.dropFirst().split(separator: "/", omittingEmptySubsequences: false) {
            let token = raw.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            switch node {
            case .object(let members):
                guard let next = members[token] else { return nil }
                node = next
            case .array(let list):
                guard let i = Int(token), list.indices.contains(i) else { return nil }
                node = list[i]
            default:
                return nil
            }
        }
        return node
    }
}

/// One way an instance breaks the schema: where (a JSON pointer into the instance, "" for the whole
/// document) and why.
public struct SchemaViolation: Sendable, Hashable, CustomStringConvertible {
    public var path: String
    public var message: String
    /// The keyword that failed (e.g. "type", "required"); used to pick the closest alternative of a oneOf/anyOf.
    var keyword: String

    public init(path: String, message: String) {
        self.init(path: path, message: message, keyword: "")
    }

    init(path: String, message: String, keyword: String) {
        self.path = path; self.message = message; self.keyword = keyword
    }

    public var description: String { "\(path.isEmpty ? "(root)" : path): \(message)" }
}

public enum JSONSchemaError: Error, Sendable, CustomStringConvertible {
    case invalidJSON(String)
    case invalidSchema(path: String, String)
    case unresolvableReference(String)

    public var description: String {
        switch self {
        case .invalidJSON(let detail): "not valid JSON: \(detail)"
        case .invalidSchema(let path, let detail): "invalid schema at \(path.isEmpty ? "(root)" : path): \(detail)"
        case .unresolvableReference(let ref): "cannot resolve $ref \(ref) (only #/… pointers into the same document are supported)"
        }
    }
}

// MARK: - Values

/// A JSON value with numbers kept apart from booleans.
private indirect enum SchemaValue: Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([SchemaValue])
    case object([String: SchemaValue])

    var isSchema: Bool {
        switch self {
        case .bool, .object: true
        default: false
        }
    }

    // JSONSerialization on Linux hands back NSNumber for numbers *and* booleans (and an NSNumber 1 even
    // casts to Bool), so booleans are recognised by identity with the shared boolean NSNumbers.
    private static let nsTrue = NSNumber(value: true)
    private static let nsFalse = NSNumber(value: false)

    init(any: Any?) {
        guard let any else { self = .null; return }
        if let optional = any as? OptionalProtocol {
            self = optional.wrappedAny.map { SchemaValue(any: $0) } ?? .null
            return
        }
        if any is NSNull { self = .null; return }
        if let v = any as? SchemaValue { self = v; return }
        if Swift.type(of: any) == Bool.self, let b = any as? Bool { self = .bool(b); return }
        if Swift.type(of: any) is AnyClass, let n = any as? NSNumber {
            // A Foundation object: the boolean singletons (and the CFBoolean class) are booleans, the rest numbers.
            if n === Self.nsTrue || n === Self.nsFalse || String(describing: Swift.type(of: n)).contains("Boolean") {
                self = .bool(n.boolValue)
            } else {
                self = .number(n.doubleValue)
            }
            return
        }
        switch any {
        case let v as Int: self = .number(Double(v))
        case let v as Double: self = .number(v)
        case let v as Float: self = .number(Double(v))
        case let v as Decimal: self = .number(NSDecimalNumber(decimal: v).doubleValue)
        case let v as any BinaryInteger: self = .number(Double(v))
        case let v as any BinaryFloatingPoint: self = .number(Double(v))
        case let v as String: self = .string(v)
        case let v as Substring: self = .string(String(v))
        case let v as NSString: self = .string(v as String)
        case let v as [String: Any]: self = .object(v.mapValues { SchemaValue(any: $0) })
        case let v as NSDictionary:
            var members: [String: SchemaValue] = [:]
            for (key, value) in v { members[String(describing: key)] = SchemaValue(any: value) }
            self = .object(members)
        case let v as [Any]: self = .array(v.map { SchemaValue(any: $0) })
        case let v as NSArray: self = .array(v.map { SchemaValue(any: $0) })
        default: self = .string(String(describing: any))  // not a JSON value; fails most type checks
        }
    }

    var jsonType: JSONType {
        switch self {
        case .null: .null
        case .bool: .boolean
        case .number(let d): d.isFinite && d.rounded() == d ? .integer : .number
        case .string: .string
        case .array: .array
        case .object: .object
        }
    }

    /// JSON equality: numbers by value (1 == 1.0), objects regardless of order, booleans never equal numbers.
    static func == (a: SchemaValue, b: SchemaValue) -> Bool {
        switch (a, b) {
        case (.null, .null): true
        case (.bool(let x), .bool(let y)): x == y
        case (.number(let x), .number(let y)): x == y
        case (.string(let x), .string(let y)): x == y
        case (.array(let x), .array(let y)): x.count == y.count && zip(x, y).allSatisfy { $0 == $1 }
        case (.object(let x), .object(let y)):
            x.count == y.count && x.allSatisfy { key, value in y[key].map { $0 == value } ?? false }
        default: false
        }
    }

    /// A short rendering for messages.
    var brief: String {
        switch self {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let d): return d.isFinite && d.rounded() == d && abs(d) < 1e15 ? String(Int(d)) : String(d)
        case .string(let s):
            let shown = s.count > 60 ? String(s.prefix(57)) + "…" : s
            return "\"" + shown.replacingOccurrences(of: "\"", with: "\\\"") + "\""
        case .array(let list): return list.count <= 6 ? "[" + list.map(\.brief).joined(separator: ", ") + "]" : "an array of \(list.count)"
        case .object(let members): return members.isEmpty ? "{}" : "an object"
        }
    }
}

private protocol OptionalProtocol { var wrappedAny: Any? { get } }
extension Optional: OptionalProtocol {
    fileprivate var wrappedAny: Any? { self.map { $0 as Any } }
}

private enum JSONType: String, Sendable {
    case null, boolean, integer, number, string, array, object

    /// Whether an instance of type `self` satisfies the schema type `wanted` (integers are numbers).
    func satisfies(_ wanted: JSONType) -> Bool {
        self == wanted || (self == .integer && wanted == .number)
    }

    var article: String {
        switch self {
        case .null: "null"
        case .integer, .array, .object: "an \(rawValue)"
        default: "a \(rawValue)"
        }
    }
}

/// Compiled patterns. NSRegularExpression is immutable and documented as safe to share between threads.
private final class RegexCache: @unchecked Sendable {
    let patterns: [String: NSRegularExpression]
    init(_ patterns: [String: NSRegularExpression]) { self.patterns = patterns }

    func matches(_ pattern: String, _ string: String) -> Bool {
        let regex = patterns[pattern] ?? (try? NSRegularExpression(pattern: pattern))
        guard let regex else { return false }
        let range = NSRange(string.startIndex..<string.endIndex, in: string)
        return regex.firstMatch(in: string, options: [], range: range) != nil
    }
}

private func escapePointer(_ token: String) -> String {
    token.replacingOccurrences(of: "~", with: "~0").replacingOccurrences(of: "/", with: "~1")
}

// MARK: - Validation

private struct Validator {
    let root: SchemaValue
    let regexes: RegexCache
    static let maxDepth = 256

    func validate(_ instance: SchemaValue, against schema: SchemaValue, at path: String, depth: Int) -> [SchemaViolation] {
        guard depth < Self.maxDepth else {
            return [SchemaViolation(path: path, message: "schema nests too deeply (a $ref cycle?)", keyword: "$ref")]
        }
        let keywords: [String: SchemaValue]
        switch schema {
        case .bool(true): return []
        case .bool(false): return [SchemaViolation(path: path, message: "is not allowed here", keyword: "false")]
        case .object(let k): keywords = k
        default: return []
        }
        var out: [SchemaViolation] = []
        func fail(_ keyword: String, _ message: String, at p: String? = nil) {
            out.append(SchemaViolation(path: p ?? path, message: message, keyword: keyword))
        }

        // $ref (in 2020-12 it applies alongside its sibling keywords).
        if case .string(let ref)? = keywords["$ref"] {
            if let target = JSONSchema.resolve(ref, in: root) {
                out += validate(instance, against: target, at: path, depth: depth + 1)
            } else {
                fail("$ref", "cannot resolve $ref \(ref)")
            }
        }

        // type: when it fails, the type-specific keywords below would only add noise.
        let actual = instance.jsonType
        if let typeValue = keywords["type"] {
            let wanted: [JSONType]
            if case .array(let list) = typeValue {
                wanted = list.compactMap { if case .string(let s) = $0 { JSONType(rawValue: s) } else { nil } }
            } else if case .string(let s) = typeValue, let t = JSONType(rawValue: s) {
                wanted = [t]
            } else {
                wanted = []
            }
            if !wanted.contains(where: { actual.satisfies($0) }) {
                let names = wanted.map(\.rawValue)
                let expected = names.count == 1 ? wanted[0].article : names.dropLast().joined(separator: ", ") + " or " + names.last!
                let got = actual == .integer ? "a number" : actual.article
                fail("type", "must be \(expected), not \(got) (\(instance.brief))")
                return out
            }
        }

        if let e = keywords["enum"], case .array(let options) = e, !options.contains(instance) {
            let shown = options.count <= 12 ? options.map(\.brief).joined(separator: ", ") : "\(options.count) values"
            fail("enum", "\(instance.brief) is not one of \(shown)")
        }
        if let c = keywords["const"], c != instance {
            fail("const", "must be \(c.brief), not \(instance.brief)")
        }

        switch instance {
        case .number(let x): validateNumber(x, keywords, fail)
        case .string(let s): validateString(s, keywords, fail)
        case .array(let items): out += validateArray(items, keywords, at: path, depth: depth, fail)
        case .object(let members): out += validateObject(members, keywords, at: path, depth: depth, fail)
        default: break
        }

        // Combinators.
        if case .array(let list)? = keywords["allOf"] {
            for s in list { out += validate(instance, against: s, at: path, depth: depth + 1) }
        }
        if case .array(let list)? = keywords["anyOf"] {
            let results = list.map { validate(instance, against: $0, at: path, depth: depth + 1) }
            if !results.contains(where: \.isEmpty) {
                out += explain(results, keyword: "anyOf", instance: instance, at: path)
            }
        }
        if case .array(let list)? = keywords["oneOf"] {
            let results = list.map { validate(instance, against: $0, at: path, depth: depth + 1) }
            let passing = results.indices.filter { results[$0].isEmpty }
            if passing.isEmpty {
                out += explain(results, keyword: "oneOf", instance: instance, at: path)
            } else if passing.count > 1 {
                fail("oneOf", "matches \(passing.count) alternatives of oneOf (\(passing.map(String.init).joined(separator: ", "))), expected exactly one")
            }
        }
        if let s = keywords["not"], validate(instance, against: s, at: path, depth: depth + 1).isEmpty {
            fail("not", "must not match the schema in not")
        }
        if let condition = keywords["if"] {
            if validate(instance, against: condition, at: path, depth: depth + 1).isEmpty {
                if let then = keywords["then"] { out += validate(instance, against: then, at: path, depth: depth + 1) }
            } else if let otherwise = keywords["else"] {
                out += validate(instance, against: otherwise, at: path, depth: depth + 1)
            }
        }
        return out
    }

    /// When no alternative of anyOf/oneOf matches: if exactly one alternative accepts the instance's type
    /// (the others fail on `type`/`const`/`enum` at this very path), its violations are the useful ones —
    /// e.g. a proposal object missing "rule" is reported at /proposal/rule, not just "matches none".
    private func explain(_ results: [[SchemaViolation]], keyword: String, instance: SchemaValue, at path: String) -> [SchemaViolation] {
        let shallow: Set<String> = ["type", "const", "enum", "false"]
        let close = results.filter { violations in
            !violations.contains { $0.path == path && shallow.contains($0.keyword) }
        }
        if close.count == 1 { return close[0] }
        let reasons = results.enumerated().map { i, v in "\(i): \(v.first?.message ?? "?")" }.joined(separator: "; ")
        return [SchemaViolation(path: path, message: "\(instance.brief) matches none of the alternatives of \(keyword) (\(reasons))", keyword: keyword)]
    }

    private func number(_ value: SchemaValue?) -> Double? {
        if case .number(let d)? = value { d } else { nil }
    }

    private func count(_ value: SchemaValue?) -> Int? {
        if case .number(let d)? = value, d >= 0, d.rounded() == d, d < Double(Int.max) { Int(d) } else { nil }
    }

    private func validateNumber(_ x: Double, _ k: [String: SchemaValue], _ fail: (String, String, String?) -> Void) {
        let shown = SchemaValue.number(x).brief
        if let min = number(k["minimum"]) {
            if x < min { fail("minimum", "\(shown) is less than the minimum \(SchemaValue.number(min).brief)", nil) }
            if case .bool(true)? = k["exclusiveMinimum"], x == min {  // draft-04 form
                fail("exclusiveMinimum", "\(shown) must be greater than \(SchemaValue.number(min).brief)", nil)
            }
        }
        if let max = number(k["maximum"]) {
            if x > max { fail("maximum", "\(shown) is greater than the maximum \(SchemaValue.number(max).brief)", nil) }
            if case .bool(true)? = k["exclusiveMaximum"], x == max {
                fail("exclusiveMaximum", "\(shown) must be less than \(SchemaValue.number(max).brief)", nil)
            }
        }
        if let min = number(k["exclusiveMinimum"]), !(x > min) {
            fail("exclusiveMinimum", "\(shown) must be greater than \(SchemaValue.number(min).brief)", nil)
        }
        if let max = number(k["exclusiveMaximum"]), !(x < max) {
            fail("exclusiveMaximum", "\(shown) must be less than \(SchemaValue.number(max).brief)", nil)
        }
        if let m = number(k["multipleOf"]), m > 0 {
            let q = x / m
            if !(q.isFinite && abs(q - q.rounded()) <= 1e-9 * Swift.max(1, abs(q))) {
                fail("multipleOf", "\(shown) is not a multiple of \(SchemaValue.number(m).brief)", nil)
            }
        }
    }

    private func validateString(_ s: String, _ k: [String: SchemaValue], _ fail: (String, String, String?) -> Void) {
        let length = s.unicodeScalars.count  // the spec counts code points
        if let min = count(k["minLength"]), length < min {
            fail("minLength", "is \(length) characters long, shorter than the minimum \(min)", nil)
        }
        if let max = count(k["maxLength"]), length > max {
            fail("maxLength", "is \(length) characters long, longer than the maximum \(max)", nil)
        }
        if case .string(let pattern)? = k["pattern"], !regexes.matches(pattern, s) {
            fail("pattern", "\(SchemaValue.string(s).brief) does not match the pattern \(pattern)", nil)
        }
    }

    private func validateArray(_ items: [SchemaValue], _ k: [String: SchemaValue], at path: String, depth: Int,
                                        _ fail: (String, String, String?) -> Void) -> [SchemaViolation] {
        var out: [SchemaViolation] = []
        if let min = count(k["minItems"]), items.count < min {
            fail("minItems", "has \(items.count) item\(items.count == 1 ? "" : "s"), fewer than the minimum \(min)", nil)
        }
        if let max = count(k["maxItems"]), items.count > max {
            fail("maxItems", "has \(items.count) item\(items.count == 1 ? "" : "s"), more than the maximum \(max)", nil)
        }
        if case .bool(true)? = k["uniqueItems"] {
            outer: for i in items.indices {
                for j in items.indices where j > i && items[i] == items[j] {
                    fail("uniqueItems", "items \(i) and \(j) are equal; items must be unique", nil)
                    break outer
                }
            }
        }
        var prefix = 0
        if case .array(let schemas)? = k["prefixItems"] {
            prefix = schemas.count
            for (i, s) in zip(items.indices, schemas) { out += validate(items[i], against: s, at: path + "/\(i)", depth: depth + 1) }
        }
        switch k["items"] {
        case .array(let schemas)?:  // pre-2020 tuple form
            for (i, s) in zip(items.indices, schemas) { out += validate(items[i], against: s, at: path + "/\(i)", depth: depth + 1) }
            if let extra = k["additionalItems"] {
                for i in items.indices.dropFirst(schemas.count) {
                    out += validate(items[i], against: extra, at: path + "/\(i)", depth: depth + 1)
                }
            }
        case let s?:
            for i in items.indices.dropFirst(prefix) { out += validate(items[i], against: s, at: path + "/\(i)", depth: depth + 1) }
        case nil: break
        }
        if let s = k["contains"] {
            let found = items.filter { validate($0, against: s, at: path, depth: depth + 1).isEmpty }.count
            let min = count(k["minContains"]) ?? 1
            if found < min { fail("contains", "has \(found) item\(found == 1 ? "" : "s") matching contains, needs at least \(min)", nil) }
            if let max = count(k["maxContains"]), found > max {
                fail("maxContains", "has \(found) items matching contains, more than the maximum \(max)", nil)
            }
        }
        return out
    }

    private func validateObject(_ members: [String: SchemaValue], _ k: [String: SchemaValue], at path: String, depth: Int,
                                         _ fail: (String, String, String?) -> Void) -> [SchemaViolation] {
        var out: [SchemaViolation] = []
        func child(_ name: String) -> String { path + "/" + escapePointer(name) }

        if case .array(let names)? = k["required"] {
            for case .string(let name) in names where members[name] == nil {
                fail("required", "required property \"\(name)\" is missing", child(name))
            }
        }
        if case .object(let deps)? = k["dependentRequired"] {
            for (name, needed) in deps.sorted(by: { $0.key < $1.key }) where members[name] != nil {
                guard case .array(let list) = needed else { continue }
                for case .string(let other) in list where members[other] == nil {
                    fail("dependentRequired", "property \"\(other)\" is required when \"\(name)\" is present", child(other))
                }
            }
        }
        if let min = count(k["minProperties"]), members.count < min {
            fail("minProperties", "has \(members.count) properties, fewer than the minimum \(min)", nil)
        }
        if let max = count(k["maxProperties"]), members.count > max {
            fail("maxProperties", "has \(members.count) properties, more than the maximum \(max)", nil)
        }

        var properties: [String: SchemaValue] = [:]
        if case .object(let p)? = k["properties"] { properties = p }
        var patternProperties: [String: SchemaValue] = [:]
        if case .object(let p)? = k["patternProperties"] { patternProperties = p }
        let additional = k["additionalProperties"]
        let propertyNames = k["propertyNames"]

        for name in members.keys.sorted() {
            let value = members[name]!
            var covered = false
            if let s = properties[name] {
                covered = true
                out += validate(value, against: s, at: child(name), depth: depth + 1)
            }
            for (pattern, s) in patternProperties.sorted(by: { $0.key < $1.key }) where regexes.matches(pattern, name) {
                covered = true
                out += validate(value, against: s, at: child(name), depth: depth + 1)
            }
            if !covered, let additional {
                if case .bool(false) = additional {
                    fail("additionalProperties", "property \"\(name)\" is not allowed", child(name))
                } else {
                    out += validate(value, against: additional, at: child(name), depth: depth + 1)
                }
            }
            if let propertyNames {
                for v in validate(.string(name), against: propertyNames, at: child(name), depth: depth + 1) {
                    fail("propertyNames", "property name \"\(name)\": \(v.message)", child(name))
                }
            }
        }
        return out
    }
}
