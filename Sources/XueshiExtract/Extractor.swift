import Foundation
import XueshiCore
import XueshiNormalize

/// A field as the extract stage settles it.
public struct ExtractedField: Sendable {
    public var value: FieldValue
    /// How well the finders supported the value (0…1); the report's confidence model turns it into the field's
    /// confidence with what later stages found.
    public var confidence: Double
    /// The OCR score of the line the value stands on; nil on a text layer.
    public var ocrScore: Double? = nil
    public var page: Int?
    public var snippet: String
    public var box: Box?
    /// The finder's note, for explain.
    public var why: String
    /// A caveat for the report (an ambiguous date order).
    public var note: String? = nil
}

/// How well each spec's words matched the document.
public struct SpecScore: Sendable {
    public var id: String
    public var score: Double
    public var hits: [String]
    /// Why the spec was ruled out, if it was.
    public var ruledOut: String?
}

/// What `explain` shows for a field: every finder, what it found or why not.
public struct FieldTrace: Sendable {
    public struct Step: Sendable {
        public var finder: String
        public var found: [String]
        public var miss: String?
    }
    public var field: String
    public var steps: [Step]
    public var chosen: String?
}

public struct Extraction: Sendable {
    public var specId: String?
    public var mode: Mode
    public var kind: String
    public var subject: Subject?
    public var isEvidence: Bool
    /// The kind is issued under a seal (the spec's `seal`).
    public var carriesSeal: Bool = false
    public var language: Spec.Language = .zh
    /// What the document proves, for the basis sentence (the spec's `activity`).
    public var activity: String?
    public var fields: [String: ExtractedField]
    public var scores: [SpecScore]
    /// 0…1: how clearly the winning spec beat the others.
    public var classificationConfidence: Double
    /// Fields the winning spec expects, and those of them that were not found.
    public var expected: [String] = []
    public var missing: [String]
    public var traces: [FieldTrace]
    /// The winning spec's own flags (`raises`).
    public var raises: [Flag] = []
}

/// Selects a spec for a document and runs its field finders.
public struct Extractor: Sendable {
    public let library: SpecLibrary
    let recognizers: Recognizers

    public init(library: SpecLibrary) {
        self.library = library
        self.recognizers = Recognizers(lexicon: library.lexicon)
    }

    public func extract(_ view: TextView) -> Extraction {
        let scores = classify(view)
        let ranked = scores.filter { $0.ruledOut == nil }.sorted { $0.score > $1.score }
        let specsById = Dictionary(uniqueKeysWithValues: library.specs.map { ($0.id, $0) })
        guard let best = ranked.first, let spec = specsById[best.id] else {
            return Extraction(specId: nil, mode: .unknown, kind: "unknown", subject: nil, isEvidence: true, fields: [:],
                              scores: scores, classificationConfidence: 0, missing: [], traces: [])
        }
        let second = ranked.dropFirst().first { specsById[$0.id]?.mode != spec.mode || specsById[$0.id]?.kind != spec.kind }
        let margin = (best.score - (second?.score ?? 0)) / max(best.score, 1)
        let strength = min(1, best.score / 7)
        let classConf = min(0.98, 0.5 + 0.3 * min(1, margin * 1.6) + 0.2 * strength)

        let ctx = FindContext(view: view, recognizers: recognizers)
        var fields: [String: ExtractedField] = [:]
        var traces: [FieldTrace] = []
        let specFields = spec.fields ?? [:]
        // Fields that copy others run last.
        let order = specFields.keys.sorted().sorted { a, b in
            let ca = specFields[a]!.contains { $0.find == .copy }, cb = specFields[b]!.contains { $0.find == .copy }
            return !ca && cb
        }
        for name in order {
            let (result, trace) = resolve(name, specFields[name]!, in: ctx)
            traces.append(trace)
            guard var c = result else { continue }
            if name == "period" { c = repairYear(c, issued: ctx.decided["issueDate"]) }
            ctx.decided[name] = c
            for (k, v) in output(name, c, ctx) { fields[k] = v }
        }
        derive(spec, &fields)
        if !spec.isEvidence { fields["hours"] = nil }
        sanity(&fields)

        let expected = spec.expect ?? []
        let missing = expected.filter { fields[$0] == nil }
        return Extraction(specId: spec.id, mode: spec.mode ?? .unknown, kind: spec.kind ?? "unknown",
                          subject: spec.subject, isEvidence: spec.isEvidence, carriesSeal: spec.carriesSeal,
                          language: spec.language ?? .zh, activity: spec.activity, fields: fields, scores: scores,
                          classificationConfidence: classConf, expected: expected, missing: missing, traces: traces,
                          raises: spec.raises ?? [])
    }

    // MARK: classification

    public func classify(_ view: TextView) -> [SpecScore] {
        var cache: [String: (any: Bool, title: Bool, head: Bool)] = [:]
        let ctx = FindContext.light(view)
        // A Chinese title names its kind last: "…研修班课程表" is a timetable, "…访问学者结业证书" a certificate.
        func isHead(_ r: Range<Int>) -> Bool {
            let line = view.lineRange(at: r.lowerBound)
            let rest = view.text(r.upperBound..<line.upperBound).filter { !" )）】」”\"".contains($0) }
            return rest.count <= 1
        }
        func presence(_ w: String) -> (any: Bool, title: Bool, head: Bool) {
            if let p = cache[w] { return p }
            let hits = ctx.anchorHits(w)
            let inTitle = hits.filter { view.zone(at: $0.lowerBound) == .title }
            let p = (!hits.isEmpty, !inTitle.isEmpty, inTitle.contains(where: isHead))
            cache[w] = p
            return p
        }
        return library.specs.map { spec in
            let sel = spec.select ?? .init()
            if let w = (sel.excludeAnywhere ?? []).first(where: { presence($0).any }) {
                return SpecScore(id: spec.id, score: 0, hits: [], ruledOut: "「\(w)」 present")
            }
            if let w = (sel.exclude ?? []).first(where: { presence($0).title }) {
                return SpecScore(id: spec.id, score: 0, hits: [], ruledOut: "「\(w)」 in the title")
            }
            if let req = sel.require, !req.isEmpty, !req.contains(where: { presence($0).any }) {
                return SpecScore(id: spec.id, score: 0, hits: [], ruledOut: "none of 「\(req.joined(separator: "」「"))」")
            }
            // A longer keyword says more: 访问学者 in a title outweighs 结业.
            func specificity(_ w: String) -> Double { Double(min(w.count, 6)) }
            var points: [String: (Double, String)] = [:]
            func credit(_ w: String, _ p: Double, _ label: String) {
                if (points[w]?.0 ?? 0) < p { points[w] = (p, label) }
            }
            for w in sel.title ?? [] {
                let p = presence(w)
                if p.head { credit(w, 4 + 0.5 * specificity(w), "head:\(w)") }
                else if p.title { credit(w, 2 + 0.5 * specificity(w), "title:\(w)") } else if p.any { credit(w, 1, w) }
            }
            for w in sel.strong ?? [] where presence(w).any { credit(w, 1.5 + 0.25 * specificity(w), "strong:\(w)") }
            for w in sel.keywords ?? [] where presence(w).any { credit(w, 1, w) }
            // One word counts once: 结业 adds nothing when 结业证书 already matched.
            let words = Array(points.keys)
            for w in words where words.contains(where: { $0 != w && $0.contains(w) }) { points[w] = nil }
            // In a fixed order (a dictionary's changes from run to run): the sum to the last bit, and the words an
            // explanation quotes, are the same every run.
            let ranked = points.values.sorted { $0.0 != $1.0 ? $0.0 > $1.0 : $0.1 < $1.1 }
            var score = ranked.reduce(0) { $0 + $1.0 }
            let hits = ranked.map(\.1)
            if score > 0 { score += (spec.priority ?? 0) * 0.01 }
            let minScore = sel.minScore ?? 2
            return SpecScore(id: spec.id, score: score, hits: hits,
                             ruledOut: score < minScore ? String(format: "score %.1f below %.1f", score, minScore) : nil)
        }
    }

    // MARK: fields

    func resolve(_ name: String, _ finders: [Finder], in ctx: FindContext) -> (Candidate?, FieldTrace) {
        var all: [Candidate] = []
        var steps: [FieldTrace.Step] = []
        for (i, f) in finders.enumerated() {
            let (cands, miss) = run(f, index: i, field: name, in: ctx)
            all += cands
            steps.append(.init(finder: describe(f), found: cands.map { "\($0.value.display) (\(String(format: "%.2f", $0.score))) \($0.why)" }, miss: miss))
        }
        guard !all.isEmpty else { return (nil, FieldTrace(field: name, steps: steps, chosen: nil)) }
        // Group candidates that agree; support from several finders raises a value, a rival lowers it.
        var groups: [String: [Candidate]] = [:]
        for c in all { groups[c.value.key, default: []].append(c) }
        func support(_ g: [Candidate]) -> Double {
            let top = g.map(\.score).max() ?? 0
            let finders = Set(g.map(\.finder)).count
            return min(0.99, top + 0.06 * Double(finders - 1) + 0.01 * Double(min(g.count - 1, 3)))
        }
        let ranked = groups.values.map { ($0, support($0)) }.sorted {
            $0.1 != $1.1 ? $0.1 > $1.1 : $0.0.map(\.range.lowerBound).min()! < $1.0.map(\.range.lowerBound).min()!
        }
        let (bestGroup, bestScore) = ranked[0]
        let rival = ranked.count > 1 ? ranked[1].1 : 0
        var chosen = bestGroup.max { $0.score < $1.score }!
        chosen.score = bestScore * (1 - 0.3 * (rival / max(bestScore, 0.01)))
        let trace = FieldTrace(field: name, steps: steps,
                               chosen: "\(chosen.value.display) (\(String(format: "%.2f", chosen.score)))"
                                   + (ranked.count > 1 ? ", over \(ranked[1].0[0].value.display)" : ""))
        if chosen.score < 0.25 { return (nil, trace) }
        return (chosen, trace)
    }

    func output(_ name: String, _ c: Candidate, _ ctx: FindContext) -> [String: ExtractedField] {
        let page = ctx.view.page(at: c.range.lowerBound)
        let snippet = ctx.view.snippet(c.range)
        let box = ctx.view.box(of: c.range)
        let ocrScore = ctx.view.ocrScore(of: c.range)
        func field(_ v: FieldValue) -> ExtractedField {
            ExtractedField(value: v, confidence: c.score, ocrScore: ocrScore, page: page, snippet: snippet, box: box,
                           why: c.why, note: c.note)
        }
        switch c.value {
        case .span(let a, let b) where name == "period":
            return ["startDate": field(.string(a.iso)), "endDate": field(.string(b.iso))]
        case .span(let a, _):
            return [name: field(.string(a.iso))]
        case .day(let d) where name == "period":
            return ["startDate": field(.string(d.iso)), "endDate": field(.string(d.iso))]
        case .day(let d): return [name: field(.string(d.iso))]
        case .month(let m): return [name: field(.string(m.iso))]
        case .number(let n): return [name: field(.number(n))]
        case .text(let s): return [name: field(.string(s))]
        }
    }

    /// "学习时段：12月2日—3月22日" on a record printed in 2024: a period whose year was guessed must end by the
    /// day the document was issued, so a guess that lands after it moves back a year.
    func repairYear(_ c: Candidate, issued: Candidate?) -> Candidate {
        guard c.yearInferred, case .span(let a, let b) = c.value, let issued, case .day(let i) = issued.value,
              b > i, let a1 = DayDate(year: a.year - 1, month: a.month, day: a.day),
              let b1 = DayDate(year: b.year - 1, month: b.month, day: b.day), b1 <= i else { return c }
        var out = c
        out.value = .span(a1, b1)
        out.why += "; year moved back to end before the issue date \(i.iso)"
        return out
    }

    func derive(_ spec: Spec, _ fields: inout [String: ExtractedField]) {
        for d in spec.derive ?? [] {
            switch d {
            case "days":
                guard fields["days"] == nil, let s = fields["startDate"], let e = fields["endDate"],
                      let a = s.value.string.flatMap(DayDate.init(iso:)), let b = e.value.string.flatMap(DayDate.init(iso:))
                else { continue }
                let n = a.inclusiveDays(to: b)
                guard n >= 1, n <= 31 else { continue }
                fields["days"] = ExtractedField(value: .number(Double(n)), confidence: min(s.confidence, e.confidence) * 0.95,
                                                ocrScore: [s.ocrScore, e.ocrScore].compactMap { $0 }.min(), page: s.page, snippet: s.snippet, box: s.box, why: "days from \(a.iso) to \(b.iso)")
            default: continue
            }
        }
    }

    /// Values no evidence can hold.
    func sanity(_ fields: inout [String: ExtractedField]) {
        if let h = fields["hours"]?.value.number, !(h > 0 && h <= 3000) { fields["hours"] = nil }
        if let h = fields["holder"]?.value.string, let i = fields["issuer"]?.value.string, h == i { fields["holder"] = nil }
    }

    func describe(_ f: Finder) -> String {
        var parts = [f.find.rawValue]
        if let a = f.anchors, !a.isEmpty { parts.append("anchors 「\(a.prefix(6).joined(separator: "」「"))」" + (a.count > 6 ? "…" : "")) }
        if let u = f.units { parts.append("units \(u.map(\.rawValue).joined(separator: ","))") }
        if let z = f.zones { parts.append("in \(z.map(\.rawValue).joined(separator: ","))") }
        if let v = f.value { parts.append("value \(v.rawValue)") }
        if let p = f.pick { parts.append("pick \(p.rawValue)") }
        if let p = f.pattern { parts.append("pattern /\(p)/") }
        if let n = f.note { parts.append("(\(n))") }
        return parts.joined(separator: " ")
    }
}

extension FindContext {
    /// A context for classification only: anchor search needs neither dates nor quantities.
    static func light(_ view: TextView) -> AnchorSearch { AnchorSearch(keys: view.keys) }
}

/// Keyword presence for classification, sharing the anchor matching rules of the finders.
struct AnchorSearch {
    let keys: [UInt32]
    func anchorHits(_ anchor: String) -> [Range<Int>] {
        FindContext.anchorHits(anchor, in: keys)
    }
}
