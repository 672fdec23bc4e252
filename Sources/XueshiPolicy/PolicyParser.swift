import XueshiCore
import XueshiNormalize
import Yams

/// Turns one policy file's text into a `Policy`, or fails with the file, the line and the reason.
enum PolicyParser {
    static func parse(yaml text: String, file: String) throws -> Policy {
        let root: Node?
        do { root = try Yams.compose(yaml: text) } catch {
            throw PolicyLoadError(file: file, line: yamlLine(error), reason: "not valid YAML: \(error)")
        }
        guard let root else { throw PolicyLoadError(file: file, line: nil, reason: "the file is empty") }
        let r = YAMLReader(node: root, file: file, path: "")
        try r.only(["id", "name", "document", "region", "effective", "certainty", "source", "dailyMax",
                    "provisionalConfidence", "annual", "rules", "notCounted"])
        let effective = try r.required("effective")
        try effective.only(["from", "to"])
        let from = try effective.required("from").day()
        let to = try effective.optional("to")?.day()
        if let to, to < from { throw effective.fail("'to' (\(to.iso)) is before 'from' (\(from.iso))") }

        var dailyMax: Figure?
        if let d = try r.optional("dailyMax") {
            try d.only(["hours", "certainty", "source", "modes"])
            dailyMax = Figure(hours: try positive(d.required("hours")), certainty: try certainty(d.required("certainty")),
                              source: try d.optional("source")?.string())
            if let m = try d.optional("modes") { dailyMax?.modes = try modes(m) }
        }
        let provisional = try r.optional("provisionalConfidence")?.number() ?? 0.4
        if !(0...1).contains(provisional) {
            throw try r.required("provisionalConfidence").fail("expected a number from 0 to 1")
        }

        var annual: [Requirement] = []
        for a in try r.required("annual").sequence() {
            try a.only(["fromYear", "total", "professional", "convertedClaims", "certainty", "source"])
            let total = try positive(a.required("total"))
            let professional = try a.optional("professional")?.nonNegative()
            if let p = professional, p > total { throw try a.required("professional").fail("more than the total \(total)") }
            annual.append(Requirement(
                fromYear: try a.required("fromYear").integer(), total: total, professional: professional,
                convertedClaims: try a.optional("convertedClaims")?.oneOf(ClaimCombination.self, [.highest, .sum]) ?? .sum,
                certainty: try certainty(a.required("certainty")), source: try a.optional("source")?.string()))
        }

        var rules: [Rule] = []
        var ids: Set<String> = []
        for item in try r.required("rules").sequence() {
            let rule = try self.rule(item)
            if !ids.insert(rule.id).inserted { throw try item.required("id").fail("duplicate rule id '\(rule.id)'") }
            rules.append(rule)
        }
        var notCounted: [UncountedActivity] = []
        for u in try r.optional("notCounted")?.sequence() ?? [] {
            try u.only(["kinds", "name", "source"])
            let kinds = try u.required("kinds").strings()
            if kinds.isEmpty { throw try u.required("kinds").fail("expected at least one kind") }
            notCounted.append(UncountedActivity(kinds: kinds, name: try u.required("name").string(),
                                                source: try u.optional("source")?.string()))
        }
        return Policy(
            id: try r.required("id").string(), name: try r.required("name").string(),
            document: try r.optional("document")?.string(), region: try r.required("region").string(),
            from: from, to: to, certainty: try certainty(r.required("certainty")), source: try r.required("source").string(),
            dailyMax: dailyMax, annual: annual, provisionalConfidence: provisional, rules: rules,
            notCounted: notCounted)
    }

    static func rule(_ r: YAMLReader) throws -> Rule {
        try r.only(["id", "name", "when", "hours", "subject", "converted", "certainty", "source"])
        return Rule(
            id: try r.required("id").string(), name: try r.required("name").string(),
            when: try condition(r.required("when")), hours: try arithmetic(r.required("hours")),
            subject: try r.required("subject").oneOf(RuleSubject.self, [.public, .professional, .either]),
            converted: try r.optional("converted")?.bool() ?? false,
            certainty: try certainty(r.required("certainty")), source: try r.required("source").string())
    }

    static func condition(_ r: YAMLReader) throws -> Condition {
        try r.only(["mode", "kind", "facts", "has", "lacks", "text", "notText"])
        var c = Condition()
        if let m = try r.optional("mode") { c.mode = try modes(m) }
        c.kind = try r.optional("kind")?.strings()
        if let f = try r.optional("facts") {
            for (k, v) in try f.mapping() {
                let name = k.string ?? ""
                let t = YAMLReader(node: v, file: f.file, path: "\(f.path).\(name)")
                if t.isMapping {
                    try t.only(["min", "max"])
                    c.facts[name] = .range(min: try t.optional("min")?.number(), max: try t.optional("max")?.number())
                } else {
                    c.facts[name] = .oneOf(try t.strings())
                }
            }
        }
        c.has = try r.optional("has")?.strings() ?? []
        c.lacks = try r.optional("lacks")?.strings() ?? []
        c.text = try r.optional("text")?.strings() ?? []
        c.notText = try r.optional("notText")?.strings() ?? []
        return c
    }

    static let primitives = ["printed", "fixed", "perDay", "perHalfDay", "per", "ladder", "band", "multiply"]

    static func arithmetic(_ r: YAMLReader) throws -> Arithmetic {
        let keys = try r.mapping().compactMap { $0.key.string }
        guard keys.count == 1, let key = keys.first, primitives.contains(key) else {
            throw r.fail("expected exactly one of \(primitives.joined(separator: ", ")); found \(keys.isEmpty ? "none" : keys.joined(separator: ", "))")
        }
        let a = try r.required(key)
        switch key {
        case "printed":
            return .printed(fact: try a.string())
        case "fixed":
            return .fixed(try a.nonNegative())
        case "perDay", "perHalfDay":
            try a.only(["hours", "cap"])
            return .perDay(hours: try positive(a.required("hours")), halfDays: key == "perHalfDay",
                           cap: try a.optional("cap").map(positive))
        case "per":
            try a.only(["fact", "every", "hours", "cap", "round"])
            let round = try a.optional("round")?.string() ?? "none"
            guard round == "none" || round == "down" else { throw try a.required("round").fail("expected none or down") }
            return .per(fact: try a.required("fact").string(), every: try positive(a.required("every")),
                        hours: try positive(a.required("hours")), cap: try a.optional("cap").map(positive),
                        roundDown: round == "down")
        case "ladder":
            try a.only(["by", "values", "unit"])
            let values = try a.required("values").sequence().map { try $0.nonNegative() }
            if values.isEmpty { throw try a.required("values").fail("a ladder needs at least one value") }
            return .ladder(fact: try a.required("by").string(), values: values, unit: try a.optional("unit")?.string())
        case "band":
            try a.only(["base", "by", "bands", "assume"])
            var bands: [Arithmetic.Band] = []
            let items = try a.required("bands").sequence()
            for (i, b) in items.enumerated() {
                try b.only(["upTo", "add"])
                let upTo = try b.optional("upTo")?.nonNegative()
                if upTo == nil && i != items.count - 1 { throw b.fail("only the last band may be open (no upTo)") }
                if let u = upTo, let prev = bands.last?.upTo, u <= prev { throw b.fail("upTo must rise from band to band") }
                bands.append(.init(upTo: upTo, add: try b.required("add").nonNegative()))
            }
            if bands.isEmpty { throw try a.required("bands").fail("a band needs at least one entry") }
            return .band(base: try a.required("base").nonNegative(), fact: try a.required("by").string(), bands: bands,
                         assume: try a.optional("assume")?.nonNegative())
        default:
            try a.only(["fact", "by", "byFact"])
            let by = try a.optional("by")?.nonNegative(), byFact = try a.optional("byFact")?.string()
            if (by == nil) == (byFact == nil) { throw a.fail("give exactly one of 'by' (a number) or 'byFact' (a fact name)") }
            return .multiply(fact: try a.required("fact").string(), by: by, byFact: byFact)
        }
    }

    static func modes(_ m: YAMLReader) throws -> [Mode] {
        try m.strings().map { s in
            guard let mode = Mode(rawValue: s) else {
                throw m.fail("'\(s)' is not a mode (\(Mode.allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return mode
        }
    }

    static func certainty(_ r: YAMLReader) throws -> Certainty {
        try r.oneOf(Certainty.self, Certainty.allCases)
    }

    static func positive(_ r: YAMLReader) throws -> Double {
        let d = try r.number()
        guard d > 0, d.isFinite else { throw r.fail("expected a number > 0, found \(d)") }
        return d
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
}
