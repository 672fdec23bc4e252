import Yams

/// Strict decoding of specs: YAMLDecoder ignores keys it does not know, so a misspelt `exlcude:` or a key from a
/// newer format would silently do nothing. Every mapping of a spec file is checked against the keys its type
/// declares before decoding; an unknown key is a load error at its line.
///
/// The allowed keys are read off the types themselves (their stored properties, which are their coding keys), so a
/// property added to `Spec`, `Spec.Selector` or `Finder` is allowed without editing a list here.
enum SpecKeys {
    static let spec = keys(of: Spec(id: ""))
    static let selector = keys(of: Spec.Selector())
    static let finder = keys(of: Finder(find: .after))
    static let lexicon = keys(of: Lexicon(orgSuffixes: [], englishOrgWords: [], surnames: "", compoundSurnames: [],
                                          nameStops: [], notNames: [], notOrgs: [], notOrgStarts: [], genericOrgs: []))

    static func keys(of value: Any) -> Set<String> {
        Set(Mirror(reflecting: value).children.compactMap(\.label))
    }

    /// Throws at the first key a spec file's mapping does not allow.
    static func checkSpec(_ node: Node, path: String) throws {
        guard let m = node.mapping else { return }
        try check(m, allowed: spec, what: "spec", path: path)
        if let sel = m["select"]?.mapping { try check(sel, allowed: selector, what: "select", path: path) }
        for section in ["fields", "add"] {
            guard let fields = m[section]?.mapping else { continue }
            for (_, finders) in fields {
                for f in finders.sequence ?? [] {
                    if let fm = f.mapping { try check(fm, allowed: finder, what: "finder", path: path) }
                }
            }
        }
    }

    static func checkLexicon(_ node: Node, path: String) throws {
        if let m = node.mapping { try check(m, allowed: lexicon, what: "lexicon", path: path) }
    }

    static func check(_ m: Node.Mapping, allowed: Set<String>, what: String, path: String) throws {
        for (k, _) in m {
            guard let key = k.string, !allowed.contains(key) else { continue }
            throw SpecLoadError(file: path, line: k.mark.map { $0.line },
                                reason: "unknown key '\(key)' in a \(what) (allowed: \(allowed.sorted().joined(separator: ", ")))")
        }
    }
}

// Empty values to read the keys off (in extensions, so the memberwise initialisers stay).
extension Spec { init(id: String) { self.id = id } }

extension Finder { init(find: FinderKind) { self.find = find } }
