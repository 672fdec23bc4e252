import XueshiCore

/// The outcome of one rule's arithmetic on one document.
struct Computation {
    var hours: Double
    /// The arithmetic in words a reviewer can redo: 3天×每天6学时=18学时.
    var steps: String
    /// Facts the arithmetic read (their confidence bounds the proposal's).
    var used: [String]
    /// An assumption made for a fact the document does not state; caps the confidence.
    var assumption: String?
}

extension Arithmetic {
    /// The facts without which this arithmetic cannot be done.
    var requiredFacts: [String] {
        switch self {
        case .printed(let f): [f]
        case .fixed: []
        case .perDay: ["days"]
        case .per(let f, _, _, _, _): [f]
        case .ladder(let f, _, _): [f]
        case .band(_, let f, _, let assume): assume == nil ? [f] : []
        case .multiply(let f, _, let g): [f] + (g.map { [$0] } ?? [])
        }
    }

    /// Nil when a required fact is missing or unusable (a rank beyond the ladder), or when the document's numbers
    /// make the arithmetic overflow (1e308 days × 8 学时 is no proposal; a report cannot even write infinity).
    func compute(_ e: EvidenceFacts) -> Computation? {
        guard let c = arithmetic(e), c.hours.isFinite else { return nil }
        return c
    }

    private func arithmetic(_ e: EvidenceFacts) -> Computation? {
        let n = Wording.number
        switch self {
        case .printed(let f):
            guard let v = e.number(f), v >= 0 else { return nil }
            return Computation(hours: v, steps: "按所载学时认定\(n(v))学时", used: [f])

        case .fixed(let h):
            return Computation(hours: h, steps: "每项\(n(h))学时，认定\(n(h))学时", used: [])

        case .perDay(let rate, let half, let cap):
            let halfDays = half ? e.number("halfDays") : nil
            guard let days = e.number("days") ?? halfDays.map({ $0 / 2 }), days > 0 else { return nil }
            let units = half ? (halfDays ?? days * 2) : days
            let raw = units * rate
            var steps = half
                ? "\(n(days))天计\(n(units))个半天×每半天\(n(rate))学时=\(n(raw))学时"
                : "\(n(days))天×每天\(n(rate))学时=\(n(raw))学时"
            var hours = raw
            if let cap, raw > cap { hours = cap; steps += "，每次最多\(n(cap))学时" }
            return Computation(hours: hours, steps: steps + "，认定\(n(hours))学时",
                               used: half && halfDays != nil ? ["halfDays"] : ["days"])

        case .per(let f, let every, let rate, let cap, let roundDown):
            guard let v = e.number(f), v > 0 else { return nil }
            let units = roundDown ? (v / every).rounded(.down) : v / every
            let raw = units * rate
            let what = f == "wordCount" || f == "paperLength" ? Wording.characters(v)
                : n(v) + (["months": "个月", "days": "天", "hours": "学时"][f] ?? "")
            var steps = "\(Wording.every(every, fact: f))\(n(rate))学时，\(what)计\(n(raw))学时"
            if roundDown && units * every != v { steps += "（不足部分不计）" }
            var hours = raw
            if let cap, raw > cap { hours = cap; steps += "，最多\(n(cap))学时" }
            return Computation(hours: hours, steps: steps + "，认定\(n(hours))学时", used: [f])

        case .ladder(let f, let values, let unit):
            // A rank is the document's number: only a whole one within the table is a place in it.
            guard let r = e.number(f), let rank = Int(exactly: r), rank >= 1, rank <= values.count else { return nil }
            let h = values[rank - 1]
            let table = values.map(n).joined(separator: "/")
            return Computation(hours: h, steps: "按排名\(table)学时\(unit.map { "（\($0)）" } ?? "")，第\(rank)名认定\(n(h))学时",
                               used: [f])

        case .band(let base, let f, let bands, let assume):
            if let len = e.number(f) {
                let band = bands.first { b in b.upTo.map { len <= $0 } ?? true } ?? bands[bands.count - 1]
                let which = band.upTo.map { "\(Wording.characters($0))以内" } ?? "超过\(Wording.characters(bands.dropLast().last?.upTo ?? 0))"
                let h = base + band.add
                return Computation(hours: h, steps: "基础\(n(base))学时，论文\(Wording.characters(len))（\(which)）加\(n(band.add))学时，认定\(n(h))学时",
                                   used: [f])
            }
            guard let add = assume else { return nil }
            let h = base + add
            let steps = add == 0 ? "认定\(n(h))学时" : "基础\(n(base))学时，论文字数未载明，按最低档加\(n(add))学时，认定\(n(h))学时"
            return Computation(hours: h, steps: steps, used: [],
                               assumption: add == 0 ? nil : "论文字数未载明，按最低档计")

        case .multiply(let f, let by, let byFact):
            guard let v = e.number(f), v >= 0 else { return nil }
            if let by {
                return Computation(hours: v * by, steps: "\(n(v))×\(n(by))=\(n(v * by))学时，认定\(n(v * by))学时", used: [f])
            }
            guard let g = byFact, let w = e.number(g), w >= 0 else { return nil }
            return Computation(hours: v * w, steps: "\(Wording.fact(f, .number(v)))×\(Wording.fact(g, .number(w)))=\(n(v * w))学时，认定\(n(v * w))学时",
                               used: [f, g])
        }
    }
}
