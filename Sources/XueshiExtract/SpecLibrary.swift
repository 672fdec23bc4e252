import Foundation
import Yams

/// Words the field finders need that are language, not layout: kept as data in `extractors/lexicon.yaml`.
public struct Lexicon: Codable, Sendable {
    /// Endings of organisation names (中心, 局, 学会, 医院, …), longest first after loading.
    public var orgSuffixes: [String]
    /// Words in English organisation names (University, Institute, …).
    public var englishOrgWords: [String]
    /// Common surnames, one character each (compound surnames listed separately).
    public var surnames: String
    public var compoundSurnames: [String]
    /// Words that end a person's name when they follow it (同志, 于, 参加, …).
    public var nameStops: [String]
    /// Strings that are never a person's name although they look like one (学员, 本人, …).
    public var notNames: [String]
    /// Words that disqualify an organisation candidate (it is a course or event, not a body).
    public var notOrgs: [String]
    /// Beginnings that show a run is a clause, not a name (参加在线…, 由…).
    public var notOrgStarts: [String]
    /// Words that end like a body's name but name no particular body (学习平台, 本中心).
    public var genericOrgs: [String]

    public var surnameSet: Set<Character> { Set(surnames) }
}

public struct SpecLoadError: Error, CustomStringConvertible, Sendable {
    public var file: String
    public var line: Int?
    public var reason: String
    public var description: String {
        if let line { return "\(file):\(line): \(reason)" }
        return "\(file): \(reason)"
    }
}

/// Every spec in `extractors/`, resolved (`extends` applied), plus the lexicon.
public struct SpecLibrary: Sendable {
    public var specs: [Spec]
    public var lexicon: Lexicon
    public var directory: String
    /// Which embedded values of an e-document stand for which field (`embedded.yaml`; empty when absent).
    public var embedded = EmbeddedMap()

    public init(specs: [Spec], lexicon: Lexicon, directory: String = "", embedded: EmbeddedMap = .init()) {
        self.specs = specs; self.lexicon = lexicon; self.directory = directory; self.embedded = embedded
        self.lexicon.orgSuffixes.sort { $0.count > $1.count }
    }

    /// Loads every `*.yaml` in `directory`: `lexicon.yaml` is the lexicon, `issuers.yaml` and other
    /// files without an `id` are skipped, everything else is a spec.
    public static func load(directory: String) throws -> SpecLibrary {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: directory) else {
            throw SpecLoadError(file: directory, line: nil, reason: "extractor directory not found")
        }
        var raw: [Spec] = []
        var lexicon: Lexicon?
        var embedded = EmbeddedMap()
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw SpecLoadError(file: path, line: nil, reason: "cannot read the file as UTF-8")
            }
            let node: Node?
            do { node = try Yams.compose(yaml: text) } catch {
                throw SpecLoadError(file: path, line: yamlLine(error), reason: "\(error)")
            }
            if name.hasPrefix("lexicon.") {
                if let node { try SpecKeys.checkLexicon(node, path: path) }
                lexicon = try decode(Lexicon.self, node, text, path)
                continue
            }
            if name.hasPrefix("embedded.") {
                if let m = node?.mapping {
                    try SpecKeys.check(m, allowed: EmbeddedMap.topKeys, what: "embedded map", path: path)
                    for (_, entry) in m["fields"]?.mapping ?? [:] {
                        if let em = entry.mapping { try SpecKeys.check(em, allowed: EmbeddedMap.entryKeys, what: "embedded field", path: path) }
                    }
                }
                embedded = try decode(EmbeddedMap.self, node, text, path)
                continue
            }
            guard let node, let mapping = node.mapping, mapping["id"] != nil else { continue }
            try SpecKeys.checkSpec(node, path: path)
            raw.append(try decode(Spec.self, node, text, path))
        }
        guard let lexicon else {
            throw SpecLoadError(file: directory, line: nil, reason: "lexicon.yaml is missing")
        }
        return SpecLibrary(specs: try resolve(raw), lexicon: lexicon, directory: directory, embedded: embedded)
    }

    /// Decodes from the node already composed for the key checks (composing a file twice was a tenth of every
    /// process's start, measured with perf 2026-12-03), with `NodeDecoder` (Yams's decoder was a third of it);
    /// `text` gives errors their line.
    static func decode<T: Decodable>(_ type: T.Type, _ node: Node?, _ text: String, _ path: String) throws -> T {
        do {
            if let node { return try NodeDecoder().decode(T.self, from: node) }
            return try YAMLDecoder().decode(T.self, from: text)
        } catch let DecodingError.dataCorrupted(ctx) {
            throw SpecLoadError(file: path, line: line(of: ctx.codingPath, in: text), reason: ctx.debugDescription)
        } catch let DecodingError.keyNotFound(key, ctx) {
            throw SpecLoadError(file: path, line: line(of: ctx.codingPath, in: text),
                                reason: "missing key '\(key.stringValue)' at \(pathString(ctx.codingPath))")
        } catch let DecodingError.typeMismatch(_, ctx), let DecodingError.valueNotFound(_, ctx) {
            throw SpecLoadError(file: path, line: line(of: ctx.codingPath, in: text),
                                reason: "\(ctx.debugDescription) at \(pathString(ctx.codingPath))")
        } catch {
            throw SpecLoadError(file: path, line: yamlLine(error), reason: "\(error)")
        }
    }

    static func pathString(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
    }

    /// The line of the last named key of a coding path: good enough to point an editor at the mistake.
    static func line(of path: [CodingKey], in text: String) -> Int? {
        guard let key = path.last(where: { $0.intValue == nil })?.stringValue else { return nil }
        for (i, l) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let t = l.trimmingCharacters(in: .whitespaces)
            if t.hasPrefix(key + ":") || t.hasPrefix("- " + key + ":") || t.contains("{" + key + ":") || t.contains(" " + key + ":") {
                return i + 1
            }
        }
        return nil
    }

    static func yamlLine(_ error: Error) -> Int? {
        if let e = error as? YamlError {
            switch e {
            case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
                return mark.line
            default: return nil
            }
        }
        return nil
    }

    /// Applies `extends`: fields, expectations and derivations of the base, overridden field by field.
    static func resolve(_ raw: [Spec]) throws -> [Spec] {
        var byId: [String: Spec] = [:]
        for s in raw {
            if byId[s.id] != nil { throw SpecLoadError(file: s.id, line: nil, reason: "duplicate spec id '\(s.id)'") }
            byId[s.id] = s
        }
        func flatten(_ s: Spec, _ seen: Set<String>) throws -> Spec {
            guard let baseId = s.extends else {
            var out = s
            for (k, v) in s.add ?? [:] { out.fields = out.fields ?? [:]; out.fields![k, default: []] += v }
            return out
        }
            guard !seen.contains(baseId) else {
                throw SpecLoadError(file: s.id, line: nil, reason: "extends cycle through '\(baseId)'")
            }
            guard let base0 = byId[baseId] else {
                throw SpecLoadError(file: s.id, line: nil, reason: "extends unknown spec '\(baseId)'")
            }
            let base = try flatten(base0, seen.union([s.id]))
            var out = s
            var fields = base.fields ?? [:]
            for (k, v) in s.fields ?? [:] { fields[k] = v }
            for (k, v) in s.add ?? [:] { fields[k, default: []] += v }
            for k in s.omit ?? [] { fields[k] = nil }
            out.fields = fields
            out.expect = s.expect ?? base.expect
            out.derive = s.derive ?? base.derive
            out.mode = s.mode ?? base.mode
            out.subject = s.subject ?? base.subject
            out.seal = s.seal ?? base.seal
            out.language = s.language ?? base.language
            out.activity = s.activity ?? base.activity
            return out
        }
        return try raw.map { try flatten($0, []) }.filter { !($0.abstract ?? false) }
    }

    /// Finds `extractors/` next to the executable (or above it), then in the working directory.
    public static func defaultDirectory(executable: String = CommandLine.arguments.first ?? "") -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["XUESHI_EXTRACTORS"], !env.isEmpty { return env }
        var candidates: [String] = []
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("extractors").path)
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(fm.currentDirectoryPath + "/extractors")
        return candidates.first { fm.fileExists(atPath: $0 + "/lexicon.yaml") }
    }
}
