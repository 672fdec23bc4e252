import Foundation
import XueshiCore
import XueshiNormalize

/// What finders share for one document: the view and the values found in it once.
final class FindContext {
    let view: TextView
    let rec: Recognizers
    let dates: [DateMatch]
    let quantities: [Quantity]
    /// Ambiguous numeric dates (8/5/2023) were read month first.
    let numericMonthFirst: Bool
    /// Fields already decided, for `copy`.
    var decided: [String: Candidate] = [:]
    private var utf16ToChar: [Int]?

    init(view: TextView, recognizers: Recognizers) {
        self.view = view
        self.rec = recognizers
        let order = Normalize.numericOrder(in: view.string)
        self.numericMonthFirst = order?.monthFirst ?? true
        // A date labelled as the day a certificate expires ("EXP DATE: 02/16/2028", 有效期至) is no day of the
        // activity or of issue: no date field takes it.
        self.dates = Normalize.findDates(in: view.string, defaultYear: view.yearHint, numericOrder: order)
            .filter { !FindContext.labelledExpiry($0.range.lowerBound, in: view) }
        self.quantities = Normalize.findQuantities(in: view.string)
    }

    var chars: [Character] { view.chars }

    static let expiryLabel = try! NSRegularExpression(pattern:
        #"(?i)(?:\bexp(?:iry|iration|ires|ired)?\.?|\bvalid\s+(?:until|thru|through|till|to)|\bgood\s+(?:until|through|thru)|有效期(?:至|到)?|有效截止|截止有效|到期)\s*(?:date|日期|日)?\s*(?:on|is)?\s*[:：]?\s*$"#)

    /// The words right before a date, on its line, say it is when something expires.
    static func labelledExpiry(_ offset: Int, in view: TextView) -> Bool {
        let cs = view.chars
        var a = offset
        while a > 0 && offset - a < 24 && cs[a - 1] != "\n" { a -= 1 }
        let before = view.text(a..<offset)
        return expiryLabel.firstMatch(in: before, range: NSRange(before.startIndex..., in: before)) != nil
    }

    func inZones(_ offset: Int, _ zones: [Zone]?) -> Bool {
        guard let zones, !zones.isEmpty else { return true }
        guard let z = view.zone(at: offset) else { return false }
        return zones.contains(z)
    }

    /// Anchor occurrences; spaces inside the document's copy of the anchor are allowed ("专 利 号"), ASCII
    /// anchors match regardless of case.
    func anchorHits(_ anchor: String) -> [Range<Int>] { FindContext.anchorHits(anchor, in: view.keys) }

    /// Matching on `TextView.keys` (a scalar a character) rather than on `Character`s: comparing grapheme clusters
    /// and lowercasing them one by one was a tenth of a certificate's reading (issue 14's profile). A character of
    /// several scalars ("\r\n", a letter with a combining mark) has a key that matches nothing; no spec's anchor holds one.
    static func anchorHits(_ anchor: String, in keys: [UInt32]) -> [Range<Int>] {
        let n = anchor.map(TextView.key)
        guard let f = n.first else { return [] }
        if n.contains(TextView.clusterKey) { return [] }
        let fold = anchor.allSatisfy(\.isASCII)
        @inline(__always) func lower(_ k: UInt32) -> UInt32 { k >= 65 && k <= 90 ? k + 32 : k }
        @inline(__always) func eq(_ a: UInt32, _ b: UInt32) -> Bool { fold ? lower(a) == lower(b) : a == b }
        @inline(__always) func asciiLetter(_ k: UInt32) -> Bool { (k >= 65 && k <= 90) || (k >= 97 && k <= 122) }
        let space: UInt32 = 32
        let lastIsLetter = anchor.last!.isLetter, firstIsLetter = anchor.first!.isLetter
        var out: [Range<Int>] = []
        var i = 0
        let count = keys.count
        while i < count {
            if eq(keys[i], f) {
                var j = 1, k = i + 1
                while j < n.count && k < count {
                    if eq(keys[k], n[j]) { j += 1; k += 1 }
                    else if keys[k] == space && !fold && k + 1 < count { k += 1 }
                    else { break }
                }
                if j == n.count {
                    // An ASCII anchor must not be the middle of a longer word ("No" in "Notice").
                    let wordEnd = k >= count || !asciiLetter(keys[k]) || !lastIsLetter
                    let wordStart = i == 0 || !asciiLetter(keys[i - 1]) || !firstIsLetter
                    if !fold || (wordEnd && wordStart) { out.append(i..<k) }
                }
            }
            i += 1
        }
        return out
    }

    /// Skips separators after an anchor: spaces, colons, "为", "是", "第", up to `gap` other characters.
    func valueStart(after end: Int, gap: Int, crossLine: Bool) -> Int {
        var i = end
        var skipped = 0
        while i < chars.count {
            let c = chars[i]
            if c == "\n" { if crossLine { i += 1; continue } else { break } }
            // An aside right after a label: 完成人（排序） 岳翔.
            if "(（".contains(c), let close = chars[i..<min(chars.count, i + 12)].firstIndex(where: { ")）".contains($0) }),
               !chars[i..<close].contains("\n") {
                i = close + 1; skipped += 1; continue
            }
            if " :：.-—\t为是第".contains(c) && skipped < gap + 4 { i += 1; skipped += 1; continue }
            break
        }
        return i
    }

    /// The part of `text` after its last stop character.
    static func clause(_ text: String, stops: String) -> String {
        guard let i = text.lastIndex(where: { stops.contains($0) }) else { return text }
        return String(text[text.index(after: i)...])
    }

    /// Up to `n` characters before an offset, on the same line: the words that qualify what follows.
    func textBefore(_ offset: Int, _ n: Int) -> String {
        var a = offset
        while a > 0 && offset - a < n && chars[a - 1] != "\n" { a -= 1 }
        return view.text(a..<offset)
    }

    func character(offset utf16: Int) -> Int {
        if utf16ToChar == nil {
            var map: [Int] = []
            map.reserveCapacity(view.string.utf16.count + 1)
            for (i, c) in chars.enumerated() { for _ in 0..<c.utf16.count { map.append(i) } }
            map.append(chars.count)
            utf16ToChar = map
        }
        let m = utf16ToChar!
        return m[min(max(utf16, 0), m.count - 1)]
    }
}

extension Extractor {
    /// Runs one finder; a date read from 8/5/2023 with nothing on the document to settle day and month scores
    /// lower and says so.
    func run(_ f: Finder, index: Int, field: String, in ctx: FindContext) -> ([Candidate], String?) {
        var (out, miss) = runFinder(f, index: index, field: field, in: ctx)
        for k in out.indices {
            switch out[k].value {
            case .day, .span: break
            default: continue
            }
            guard let d = ctx.dates.first(where: { $0.ambiguousOrder && $0.range.overlaps(out[k].range) }) else { continue }
            out[k].score *= 0.85
            let order = ctx.numericMonthFirst ? "月/日/年" : "日/月/年"
            out[k].note = "日期「\(d.text)」的日与月可以互换，按\(order)读取 (day and month could swap: read "
                + (ctx.numericMonthFirst ? "month first)" : "day first)")
            out[k].why += "; ambiguous day/month order"
        }
        return (out, miss)
    }

    /// Runs one finder; returns its candidates and a line for `explain` when it found nothing.
    func runFinder(_ f: Finder, index: Int, field: String, in ctx: FindContext) -> ([Candidate], String?) {
        let weight = f.weight ?? 0.8
        var out: [Candidate] = []
        let chars = ctx.chars
        switch f.find {
        case .quantity:
            let units = Set(f.units ?? [.xueshi, .keshi, .xiaoshi, .hour])
            let window = f.window ?? 14
            for q in ctx.quantities where units.contains(q.unit) && ctx.inZones(q.range.lowerBound, f.zones) {
                // Qualifiers stand right before the number and never across a comma: 每天8学时, 不少于90学时.
                let close = FindContext.clause(ctx.textBefore(q.range.lowerBound, 6), stops: "，,。；;")
                let after = ctx.view.text(q.range.upperBound..<min(chars.count, q.range.upperBound + 4))
                if let a = f.avoid?.first(where: { close.contains($0) || after.contains($0) }) {
                    out.append(Candidate(value: .number(q.value), range: q.range, score: 0, finder: index,
                                         why: "「\(q.text)」 rejected: 「\(a)」 nearby"))
                    continue
                }
                let before = FindContext.clause(ctx.textBefore(q.range.lowerBound, window), stops: "。；;")
                let nearHit = f.near?.first(where: { before.contains($0) })
                var s = weight * (f.near == nil || nearHit != nil ? 1.0 : 0.75)
                if q.approximate { s *= 0.85 }
                // Lengths of writing are compared in characters whatever unit printed them (320千字 = 320000).
                let scale: Double = q.unit == .thousandCharacters ? 1000 : q.unit == .tenThousandCharacters ? 10000 : 1
                out.append(Candidate(value: .number(q.value * scale), range: q.range, score: s, finder: index,
                                     why: "「\(q.text)」" + (nearHit.map { " near 「\($0)」" } ?? "")))
            }
            out.removeAll { $0.score == 0 }

        case .after, .before:
            for anchor in f.anchors ?? [] {
                for hit in ctx.anchorHits(anchor) where ctx.inZones(hit.lowerBound, f.zones) {
                    if let c = f.find == .after
                        ? value(after: hit, f, in: ctx) : value(before: hit, f, in: ctx) {
                        var cand = c
                        cand.score = weight * c.score
                        cand.finder = index
                        cand.why = "「\(anchor)」 → \(c.why)"
                        cand.yearInferred = c.yearInferred
                        cand.note = c.note
                        if let avoid = f.avoid, avoid.contains(where: { ctx.textBefore(hit.lowerBound, 6).contains($0) }) {
                            continue
                        }
                        out.append(cand)
                    }
                }
            }

        case .date:
            for d in ctx.dates where ctx.inZones(d.range.lowerBound, f.zones) {
                guard case .day(let day) = d.value else { continue }
                if f.alone == true {
                    let line = ctx.view.lineRange(at: d.range.lowerBound)
                    let rest = ctx.view.text(line).replacingOccurrences(of: d.text, with: "")
                    if rest.contains(where: { $0.isLetter || $0.isNumber }) { continue }
                }
                if let avoid = f.avoid, avoid.contains(where: { ctx.textBefore(d.range.lowerBound, 8).contains($0) }) {
                    continue
                }
                out.append(Candidate(value: .day(day), range: d.range, score: weight * (d.yearInferred ? 0.8 : 1),
                                     finder: index, why: "「\(d.text)」", yearInferred: d.yearInferred))
            }

        case .span:
            let window = f.window ?? 12
            for d in ctx.dates where ctx.inZones(d.range.lowerBound, f.zones) {
                let before = ctx.textBefore(d.range.lowerBound, window)
                if let avoid = f.avoid, avoid.contains(where: { before.contains($0) }) { continue }
                let nearHit = f.near?.first(where: { before.contains($0) })
                var s = weight * (f.near == nil || nearHit != nil ? 1.0 : 0.8)
                if d.yearInferred { s *= 0.9 }
                var value = d.value
                var range = d.range
                // "2025年8月21日、22日": a list of days of one month is the span from the first to the last.
                if case .day(let a) = d.value, let (last, end) = listedDays(after: d.range.upperBound, month: a, in: ctx) {
                    value = .span(a, last); range = d.range.lowerBound..<end
                }
                switch value {
                case .span(let a, let b):
                    out.append(Candidate(value: .span(a, b), range: range, score: s, finder: index,
                                         why: "「\(d.text)」" + (nearHit.map { " after 「\($0)」" } ?? ""),
                                         yearInferred: d.yearInferred))
                case .day(let a) where f.singleDay == true:
                    out.append(Candidate(value: .span(a, a), range: d.range, score: s * 0.9, finder: index,
                                         why: "one day 「\(d.text)」" + (nearHit.map { " after 「\($0)」" } ?? ""),
                                         yearInferred: d.yearInferred))
                default: break
                }
            }

        case .org:
            for line in ctx.view.lines where f.zones == nil || f.zones!.contains(line.zone) {
                let orgs = ctx.rec.organisations(in: chars, range: line.range)
                for r in orgs {
                    // "工作单位 安庆市第三人民医院" names where the holder works, not who issued the evidence.
                    let before = ctx.view.text(max(line.range.lowerBound, r.lowerBound - 6)..<r.lowerBound)
                    if let avoid = f.avoid, avoid.contains(where: { before.contains($0) }) { continue }
                    let whole = lineIsOnly(r, line.range, chars)
                    if f.alone == true && !whole { continue }
                    out.append(Candidate(value: .text(String(chars[r])), range: r, score: weight * (whole ? 1 : 0.8),
                                         finder: index, why: whole ? "a line of its own" : "inside a line"))
                }
            }

        case .title:
            let lines = ctx.view.lines.filter { ($0.zone == .title) && (f.zones == nil || true) }
            guard let size = lines.map(\.fontSize).max() else { break }
            let top = lines.filter { $0.fontSize >= size * 0.92 }
            let text = top.map { ctx.view.text($0.range) }.joined()
            if !text.isEmpty, let r0 = top.first?.range.lowerBound, let r1 = top.last?.range.upperBound,
               !(f.avoid ?? []).contains(where: { text.contains($0) }) {
                out.append(Candidate(value: .text(text.trimmingCharacters(in: .whitespaces)), range: r0..<r1,
                                     score: weight, finder: index, why: "largest type in the title zone"))
            }

        case .regex:
            guard let pattern = f.pattern, let re = regex(pattern) else {
                return ([], "bad or missing pattern")
            }
            let s = ctx.view.string
            let ns = NSRange(location: 0, length: s.utf16.count)
            for m in re.matches(in: s, range: ns) {
                let g = min(f.group ?? 1, m.numberOfRanges - 1)
                let r = m.range(at: g)
                guard r.location != NSNotFound else { continue }
                let a = ctx.character(offset: r.location), b = ctx.character(offset: r.location + r.length)
                guard ctx.inZones(a, f.zones), a < b else { continue }
                let captured = ctx.view.text(a..<b)
                if let map = f.map {
                    // A pattern that finds the phrase, a map that names what it means.
                    if let mapped = map.compactMap({ $0.first }).first(where: { captured.contains($0.key) }) {
                        out.append(Candidate(value: .text(mapped.value), range: a..<b, score: weight, finder: index,
                                             why: "「\(captured)」 holds 「\(mapped.key)」 → \(mapped.value)"))
                    }
                    continue
                }
                if f.value == .person {
                    // A pattern has no label to vouch for the name: it must look like one (surname and all).
                    if ctx.rec.validName(captured) || ctx.rec.englishPerson(in: Array(captured), from: 0)?.count == captured.count {
                        out.append(Candidate(value: .text(captured), range: a..<b, score: weight, finder: index,
                                             why: "pattern matched 「\(captured)」"))
                    }
                    continue
                }
                if let v = parse(captured, as: f.value ?? .text, at: a, in: ctx) {
                    out.append(Candidate(value: v.value, range: v.range, score: weight, finder: index,
                                         why: "pattern matched 「\(ctx.view.text(a..<b))」"))
                }
            }

        case .keyword:
            for entry in f.map ?? [] {
                guard let (word, mapped) = entry.first else { continue }
                if let hit = ctx.anchorHits(word).first(where: { ctx.inZones($0.lowerBound, f.zones) }) {
                    out.append(Candidate(value: .text(mapped), range: hit, score: weight, finder: index,
                                         why: "「\(word)」 → \(mapped)"))
                    break
                }
            }

        case .startEnd:
            if let c = startEnd(f, in: ctx) {
                var cand = c
                cand.score = weight; cand.finder = index
                out.append(cand)
            }

        case .column:
            // A table: the header cell names the column, the values stand under it.
            for anchor in f.anchors ?? [] {
                for hit in ctx.anchorHits(anchor) where ctx.inZones(hit.lowerBound, f.zones) {
                    if let c = columnValue(under: hit, f, in: ctx) {
                        out.append(Candidate(value: c.value, range: c.range, score: weight, finder: index,
                                             why: "under 「\(anchor)」: \(c.why)"))
                    }
                }
            }

        case .copy:
            if let from = f.from, let c = ctx.decided[from] {
                out.append(Candidate(value: c.value, range: c.range, score: weight * c.score, finder: index,
                                     why: "same as \(from)"))
            }

        case .authors:
            if let names = authorList(f, in: ctx), let first = names.names.first {
                out.append(Candidate(value: .text(first), range: names.range, score: weight, finder: index,
                                     why: "first of \(names.names.count) names after the title"))
            }

        case .count:
            // The list on the line after the title (a paper's authors), or after an anchor.
            if let names = authorList(f, in: ctx) {
                out.append(Candidate(value: .number(Double(names.names.count)), range: names.range, score: weight,
                                     finder: index, why: "\(names.names.count) names: \(names.names.joined(separator: "、"))"))
            }
        }

        if let pick = f.pick, !out.isEmpty {
            let chosen: Candidate?
            switch pick {
            case .first: chosen = out.min { $0.range.lowerBound < $1.range.lowerBound }
            case .last: chosen = out.max { $0.range.lowerBound < $1.range.lowerBound }
            case .largest: chosen = out.max { numeric($0) < numeric($1) }
            case .smallest: chosen = out.min { numeric($0) < numeric($1) }
            case .longest: chosen = out.max { $0.range.count < $1.range.count }
            }
            out = chosen.map { [$0] } ?? []
        }
        return (out, out.isEmpty ? "no match" : nil)
    }

    private func numeric(_ c: Candidate) -> Double {
        switch c.value {
        case .number(let d): return d
        case .span(let a, let b): return Double(a.inclusiveDays(to: b))
        default: return Double(c.range.count)
        }
    }

    private func lineIsOnly(_ r: Range<Int>, _ line: Range<Int>, _ chars: [Character]) -> Bool {
        var before = String(chars[line.lowerBound..<r.lowerBound]).filter { !" ".contains($0) }
        // "实施单位：苏州科技大学" — a label and the name: the name is the line's content.
        if let colon = before.lastIndex(where: { $0 == ":" || $0 == "：" }), before.distance(from: before.startIndex, to: colon) <= 8,
           before.index(after: colon) == before.endIndex {
            before = ""
        }
        let after = String(chars[r.upperBound..<line.upperBound]).trimmingCharacters(in: .whitespaces)
        let tailOK = after.isEmpty || ["（盖章）", "(盖章)", "（公章）", "(公章)", "盖章", "（章）", "(章)"].contains(after)
            || Normalize.findDates(in: after, defaultYear: nil).first.map { $0.range.lowerBound <= 1 } == true
        return before.isEmpty && tailOK
    }

    /// "、22日、23日" right after a date: the last day listed.
    func listedDays(after end: Int, month first: DayDate, in ctx: FindContext) -> (DayDate, Int)? {
        let chars = ctx.chars
        var i = end, last: DayDate? = nil, stop = end
        while i < chars.count, "、,，和及".contains(chars[i]) {
            var j = i + 1
            var n = 0
            while j < chars.count, let v = chars[j].wholeNumberValue, chars[j].isASCII, j - i <= 3 { n = n * 10 + v; j += 1 }
            guard j > i + 1, j < chars.count, chars[j] == "日" || chars[j] == "号",
                  let d = DayDate(year: first.year, month: first.month, day: n), d > (last ?? first) else { break }
            last = d; stop = j + 1; i = j + 1
        }
        return last.map { ($0, stop) }
    }

    /// A start and an end stated apart: columns 开始日期 / 结束日期, or "X开始，Y结束".
    func startEnd(_ f: Finder, in ctx: FindContext) -> Candidate? {
        func firstDate(_ anchors: [String]) -> (DayDate, Range<Int>)? {
            for a in anchors {
                for hit in ctx.anchorHits(a) {
                    if let c = value(after: hit, Finder(find: .after, value: .date, gap: 3), in: ctx), case .day(let d) = c.value {
                        return (d, c.range)
                    }
                    if let c = columnValue(under: hit, Finder(find: .column, value: .date), in: ctx), case .day(let d) = c.value {
                        return (d, c.range)
                    }
                }
            }
            return nil
        }
        if let (a, ra) = firstDate(f.starts ?? []), let (b, rb) = firstDate(f.ends ?? []), a <= b {
            return Candidate(value: .span(a, b), range: min(ra.lowerBound, rb.lowerBound)..<max(ra.upperBound, rb.upperBound),
                             score: 1, finder: 0, why: "start \(a.iso), end \(b.iso)")
        }
        // Sentence form: a date followed by 开始/起, a later one by 结束/止.
        let days = ctx.dates.compactMap { d -> (DayDate, Range<Int>)? in if case .day(let x) = d.value { return (x, d.range) } else { return nil } }
        for (i, (a, ra)) in days.enumerated() where i + 1 < days.count {
            let (b, rb) = days[i + 1]
            let afterA = ctx.view.text(ra.upperBound..<min(ctx.chars.count, ra.upperBound + 3))
            let afterB = ctx.view.text(rb.upperBound..<min(ctx.chars.count, rb.upperBound + 3))
            if (afterA.hasPrefix("开始") || afterA.hasPrefix("起")), (afterB.hasPrefix("结束") || afterB.hasPrefix("止")),
               a <= b, rb.lowerBound - ra.upperBound < 30 {
                return Candidate(value: .span(a, b), range: ra.lowerBound..<rb.upperBound, score: 1, finder: 0,
                                 why: "「\(ctx.view.text(ra))」开始 … 「\(ctx.view.text(rb))」结束")
            }
        }
        return nil
    }

    /// The dates (or first number) in the lines under a header cell, aligned with it.
    func columnValue(under hit: Range<Int>, _ f: Finder, in ctx: FindContext) -> Candidate? {
        guard let head = ctx.view.box(of: hit), let li = ctx.view.lineOf[safe: hit.lowerBound], li >= 0 else { return nil }
        let lines = ctx.view.lines
        let page = lines[li].page
        let slack = max(head.width, 12)
        var days: [DayDate] = []
        var first: Int? = nil, last = 0
        var numbers: [(Double, Range<Int>)] = []
        for l in lines[(li + 1)...].prefix(40) where l.page == page {
            // Characters of this line that sit under the header cell.
            let under = l.range.filter { i in
                guard let b = ctx.view.boxes[i] else { return false }
                return b.x1 > head.x0 - slack * 0.5 && b.x0 < head.x1 + slack * 0.5
            }
            guard let a = under.first else { break }
            if let d = ctx.dates.first(where: { $0.range.lowerBound >= a && $0.range.lowerBound <= (under.last ?? a) }) {
                switch d.value {
                case .day(let x): days.append(x)
                case .span(let x, let y): days += [x, y]
                default: break
                }
                first = first ?? d.range.lowerBound; last = d.range.upperBound
            } else if f.value == .number, let n = Normalize.number(ctx.view.text(a..<((under.last ?? a) + 1)).trimmingCharacters(in: .whitespaces)) {
                numbers.append((n, a..<((under.last ?? a) + 1)))
            } else {
                break
            }
        }
        if f.value == .number {
            guard let n = numbers.first else { return nil }
            return Candidate(value: .number(n.0), range: n.1, score: 1, finder: 0, why: "「\(FieldValue.number(n.0))」")
        }
        guard let lo = days.min(), let hi = days.max(), let s = first else { return nil }
        let value: Candidate.Value = f.value == .date ? .day(lo) : .span(lo, hi)
        return Candidate(value: value, range: s..<last, score: 1, finder: 0, why: "\(days.count) dates, \(lo.iso)…\(hi.iso)")
    }

    /// Reads a value of `kind` starting at the first value character after an anchor.
    func value(after hit: Range<Int>, _ f: Finder, in ctx: FindContext) -> Candidate? {
        let gap = f.gap ?? 4
        let start = ctx.valueStart(after: hit.upperBound, gap: gap, crossLine: f.crossLine ?? false)
        let chars = ctx.chars
        guard start < chars.count else { return nil }
        let kind = f.value ?? .text
        switch kind {
        case .number:
            // A number right after the anchor (within `gap`), not part of a date.
            var i = start
            // The value belongs to the anchor's own clause: "…2学时，听讲人员二百余人" gives nothing after 学时.
            while i < chars.count && i - start <= gap && !isNumberStart(chars[i]) && !"\n，,。；;".contains(chars[i]) { i += 1 }
            guard i < chars.count, isNumberStart(chars[i]) else { return nil }
            if ctx.dates.contains(where: { $0.range.contains(i) }) { return nil }
            var j = i
            while j < chars.count && (isNumberChar(chars[j]) || (chars[j] == "." && j + 1 < chars.count && chars[j + 1].isNumber)) { j += 1 }
            guard let v = Normalize.number(String(chars[i..<j])) else { return nil }
            return Candidate(value: .number(v), range: i..<j, score: i == start ? 1 : 0.85, finder: 0, why: "「\(String(chars[i..<j]))」")
        case .date, .span, .month:
            guard let d = ctx.dates.first(where: { $0.range.lowerBound >= hit.upperBound && $0.range.lowerBound <= start + gap }) else { return nil }
            switch (kind, d.value) {
            case (.date, .day(let a)):
                return Candidate(value: .day(a), range: d.range, score: d.yearInferred ? 0.85 : 1, finder: 0, why: "「\(d.text)」")
            case (.span, .span(let a, let b)):
                return Candidate(value: .span(a, b), range: d.range, score: 1, finder: 0, why: "「\(d.text)」",
                                 yearInferred: d.yearInferred)
            case (.span, .day(let a)) where f.singleDay == true:
                return Candidate(value: .span(a, a), range: d.range, score: 0.9, finder: 0, why: "one day 「\(d.text)」",
                                 yearInferred: d.yearInferred)
            case (.month, .month(let m)):
                return Candidate(value: .month(m), range: d.range, score: 1, finder: 0, why: "「\(d.text)」")
            case (.month, .day(let a)):
                return MonthDate(year: a.year, month: a.month).map {
                    Candidate(value: .month($0), range: d.range, score: 0.8, finder: 0, why: "「\(d.text)」")
                }
            default: return nil
            }
        default:
            // A name stands right after its label; one that needs "." or "—" skipped is something else (—合肥).
            if kind == .person, chars[hit.upperBound..<start].contains(where: { ".—-".contains($0) }) { return nil }
            return parse(from: start, as: kind, in: ctx).map {
                Candidate(value: $0.value, range: $0.range, score: 1, finder: 0, why: "「\(ctx.view.text($0.range))」")
            }
        }
    }

    func value(before hit: Range<Int>, _ f: Finder, in ctx: FindContext) -> Candidate? {
        let chars = ctx.chars
        var end = hit.lowerBound
        while end > 0 && " ：:".contains(chars[end - 1]) { end -= 1 }
        switch f.value ?? .person {
        case .person:
            guard let r = ctx.rec.person(in: chars, endingAt: end) else { return nil }
            return Candidate(value: .text(String(chars[r])), range: r, score: 1, finder: 0, why: "「\(String(chars[r]))」")
        case .number:
            var i = end
            while i > 0 && (isNumberChar(chars[i - 1]) || chars[i - 1] == ".") { i -= 1 }
            guard i < end, let v = Normalize.number(String(chars[i..<end])) else { return nil }
            return Candidate(value: .number(v), range: i..<end, score: 1, finder: 0, why: "「\(String(chars[i..<end]))」")
        case .org:
            var i = end
            while i > 0 && Recognizers.isOrgChar(chars[i - 1]) && end - i < 40 { i -= 1 }
            // The longest organisation that ends exactly at the anchor.
            var s = i
            while s < end - 2 {
                if let r = ctx.rec.organisation(in: chars, from: s), r.upperBound == end {
                    return Candidate(value: .text(String(chars[r])), range: r, score: 1, finder: 0, why: "「\(String(chars[r]))」")
                }
                s += 1
            }
            return nil
        default:
            return nil
        }
    }

    func parse(from start: Int, as kind: ValueKind, in ctx: FindContext) -> (value: Candidate.Value, range: Range<Int>)? {
        let chars = ctx.chars
        switch kind {
        case .org:
            guard let r = ctx.rec.organisation(in: chars, from: start) else { return nil }
            return (.text(String(chars[r])), r)
        case .person:
            guard let r = ctx.rec.person(in: chars, from: start) else { return nil }
            return (.text(String(chars[r])), r)
        case .code:
            // "证书号第6864466号" and "编号：WH2025…" alike.
            guard var c = ctx.rec.code(in: chars, from: start) else { return nil }
            // "登记号:201984-35659 2019.10.08": a date printed after the number is not part of it.
            if let d = ctx.dates.first(where: { c.range.contains($0.range.lowerBound) && $0.range.lowerBound > c.range.lowerBound }) {
                var end = d.range.lowerBound
                while end > c.range.lowerBound && chars[end - 1] == " " { end -= 1 }
                let cut = String(chars[c.range.lowerBound..<end]).filter { $0 != " " }
                guard cut.count >= 3 else { return nil }
                c = (c.range.lowerBound..<end, cut)
            }
            return (.text(c.value), c.range)
        case .isbn:
            guard let c = ctx.rec.code(in: chars, from: start) else { return nil }
            let digits = c.value.filter { $0.isNumber || $0 == "X" }
            guard digits.count == 10 || digits.count == 13 else { return nil }
            return (.text(c.value), c.range)
        case .text, .line:
            var end = start
            let stops: String = kind == .line ? "\n" : "\n，。；;,（("
            while end < chars.count && !stops.contains(chars[end]) && end - start < 80 {
                // Two spaces or a space before another label end a table cell.
                if kind == .text && chars[end] == " " && end + 1 < chars.count && Normalize.isCJK(chars[end + 1])
                    && end > start && Normalize.isCJK(chars[end - 1]) { break }
                end += 1
            }
            var s = String(chars[start..<end]).trimmingCharacters(in: .whitespaces)
            s = s.trimmingCharacters(in: CharacterSet(charactersIn: "“”\"《》"))
            guard !s.isEmpty else { return nil }
            return (.text(s), start..<end)
        case .hours:
            guard let q = ctx.quantities.first(where: { ($0.unit.isHours || $0.unit == .minute) && $0.range.lowerBound >= start
                && $0.range.lowerBound <= start + 2 }) else { return nil }
            return (.number(q.value), q.range)
        case .number:
            var j = start
            while j < chars.count && (isNumberChar(chars[j]) || chars[j] == ".") { j += 1 }
            guard j > start, let v = Normalize.number(String(chars[start..<j])) else { return nil }
            return (.number(v), start..<j)
        case .date, .span, .month:
            guard let d = ctx.dates.first(where: { $0.range.lowerBound >= start && $0.range.lowerBound <= start + 2 }) else { return nil }
            switch d.value {
            case .day(let a): return kind == .span ? (.span(a, a), d.range) : (.day(a), d.range)
            case .span(let a, let b): return (.span(a, b), d.range)
            case .month(let m): return (.month(m), d.range)
            }
        }
    }

    /// A regex capture parsed as a value: for texts the capture itself; otherwise the recogniser at its start.
    func parse(_ text: String, as kind: ValueKind, at start: Int, in ctx: FindContext) -> (value: Candidate.Value, range: Range<Int>)? {
        switch kind {
        case .text, .line:
            let t = CaptureText.value(text)
            return t.isEmpty ? nil : (.text(t), start..<(start + text.count))
        case .code:
            let t = text.filter { $0 != " " }
            return t.isEmpty ? nil : (.text(t), start..<(start + text.count))
        case .number:
            return Normalize.number(text).map { (.number($0), start..<(start + text.count)) }
        default:
            return parse(from: start, as: kind, in: ctx)
        }
    }

    func isNumberStart(_ c: Character) -> Bool { c.isNumber || "一二三四五六七八九十两〇零百壹贰叁肆伍陆柒捌玖拾".contains(c) }
    func isNumberChar(_ c: Character) -> Bool { c.isASCII && c.isNumber || "一二三四五六七八九十两〇零百千点壹贰叁肆伍陆柒捌玖拾佰仟".contains(c) }

    /// The names on the line after the title: split on commas, superscript digits and marks dropped.
    func authorList(_ f: Finder, in ctx: FindContext) -> (names: [String], range: Range<Int>)? {
        let lines = ctx.view.lines
        guard let first = lines.firstIndex(where: { $0.zone == .title }) else { return nil }
        let biggest = lines.filter { $0.zone == .title }.map(\.fontSize).max() ?? 0
        // The names stand on a title-zone line in smaller type than the title, or on a line just after it.
        let last = lines.lastIndex(where: { $0.zone == .title }) ?? first
        for line in lines[first..<min(lines.count, last + 3)] where line.fontSize < biggest * 0.95 || line.zone != .title {
            let text = ctx.view.text(line.range)
            let parts = text.split(whereSeparator: { "，,、;；".contains($0) })
                .map { String($0.filter { !($0.isNumber || "*∗†‡ ".contains($0)) }) }
                .filter { !$0.isEmpty }
            let names = parts.filter { ctx.rec.validName($0) || $0.split(separator: " ").count >= 2 && $0.allSatisfy { $0.isLetter || $0 == " " } }
            if names.count >= 1 && names.count * 2 >= parts.count && parts.count <= 20 {
                return (names, line.range)
            }
        }
        return nil
    }
}

extension Array {
    subscript(safe i: Int) -> Element? { i >= 0 && i < count ? self[i] : nil }
}

private let regexCache = RegexCache()

final class RegexCache: @unchecked Sendable {
    private var cache: [String: NSRegularExpression] = [:]
    private let lock = NSLock()
    func get(_ p: String) -> NSRegularExpression? {
        lock.lock(); defer { lock.unlock() }
        if let r = cache[p] { return r }
        let r = try? NSRegularExpression(pattern: p, options: [.caseInsensitive])
        cache[p] = r
        return r
    }
}

func regex(_ p: String) -> NSRegularExpression? { regexCache.get(p) }
