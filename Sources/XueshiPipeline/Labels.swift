import Foundation
import XueshiCore

/// A JSON value of any shape: labels carry numbers, strings, lists and nested objects.
public enum JSONValue: Codable, Sendable, Hashable {
    case string(String), number(Double), bool(Bool), array([JSONValue]), object([String: JSONValue]), null

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if c.decodeNil() { self = .null }
        else if let b = try? c.decode(Bool.self) { self = .bool(b) }
        else if let d = try? c.decode(Double.self) { self = .number(d) }
        else if let s = try? c.decode(String.self) { self = .string(s) }
        else if let a = try? c.decode([JSONValue].self) { self = .array(a) }
        else { self = .object(try c.decode([String: JSONValue].self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .number(let d): try c.encode(d)
        case .bool(let b): try c.encode(b)
        case .array(let a): try c.encode(a)
        case .object(let o): try c.encode(o)
        case .null: try c.encodeNil()
        }
    }

    /// The value as a field would print it, for comparison.
    public var text: String? {
        switch self {
        case .string(let s): return s
        case .number(let d): return FieldValue.number(d).description
        case .bool(let b): return b ? "true" : "false"
        default: return nil
        }
    }
}

/// What a careful reviewer reads off one document (the form of ../shared/samples/labels.json).
public struct Label: Codable, Sendable {
    public var file: String
    public var mode: Mode?
    public var kind: String?
    public var textSource: String?
    public var format: String?
    public var render: String?
    public var pages: Int?
    public var fields: [String: JSONValue]?
    public var facts: [String: JSONValue]?
    public var expectFlags: [String]?
    public var allowFlags: [String]?
    public var tampered: Bool?
    public var pii: [String: JSONValue]?
    /// For bad input: the error code a report must carry.
    public var error: String?
    /// Real documents: the holder is a real person and left out of the label, so a reported holder is neither
    /// right nor extra.
    public var holderOmitted: Bool?
    /// Other spellings of the issuer a reviewer accepts (an English name, the body above the one printed).
    public var issuerAlternatives: [String]?

    /// Every labelled value a report may hold, facts included, under the names reports use.
    public var allValues: [String: JSONValue] {
        var out = facts ?? [:]
        if let r = out["examResult"] { out["result"] = r }
        for (k, v) in fields ?? [:] { out[k] = v }
        return out
    }
}

public enum Labels {
    /// Every `labels.json` under the given paths, with each label's file resolved to a path.
    public static func load(under roots: [String]) throws -> [(path: String, label: Label)] {
        var out: [(String, Label)] = []
        let fm = FileManager.default
        for root in roots {
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: root, isDirectory: &isDir) else { throw FileWalk.Missing(path: root) }
            var files: [String] = []
            if isDir.boolValue {
                let e2 = fm.enumerator(atPath: root)
                while let rel = e2?.nextObject() as? String {
                    if (rel as NSString).lastPathComponent == "labels.json" {
                        files.append((root as NSString).appendingPathComponent(rel))
                    }
                }
            } else if root.hasSuffix(".json") {
                files = [root]
            }
            for f in files.sorted() {
                let dir = (f as NSString).deletingLastPathComponent
                let labels = try JSONDecoder().decode([Label].self, from: Data(contentsOf: URL(fileURLWithPath: f)))
                for l in labels { out.append(((dir as NSString).appendingPathComponent(l.file), l)) }
            }
        }
        return out
    }
}
