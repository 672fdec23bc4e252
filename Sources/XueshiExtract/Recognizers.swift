import XueshiNormalize

/// Recognisers for the shapes of values: names of bodies and people, codes. They read the view's characters
/// from an offset and say how far the value runs; they know nothing of anchors or zones.
struct Recognizers: Sendable {
    let lexicon: Lexicon
    let surnames: Set<Character>
    let suffixes: [[Character]]
    let englishOrgWords: Set<String>

    init(lexicon: Lexicon) {
        self.lexicon = lexicon
        self.surnames = lexicon.surnameSet
        self.suffixes = lexicon.orgSuffixes.map(Array.init).sorted { $0.count > $1.count }
        self.englishOrgWords = Set(lexicon.englishOrgWords.map { $0.lowercased() })
    }

    static func isLatinLetter(_ c: Character) -> Bool { c.isASCII && c.isLetter }
    static func isSeparator(_ c: Character) -> Bool { " :：,，、;；\t".contains(c) }

    /// Characters that may stand inside a Chinese organisation name.
    static func isOrgChar(_ c: Character) -> Bool {
        Normalize.isCJK(c) && !"，。、；：！？“”「」【】（）()".contains(c) || "()（）《》".contains(c)
            || c.isNumber || (c.isASCII && c.isLetter)
    }

    /// An organisation name ending at or after `start`: the longest run of name characters from `start` that
    /// ends in a known suffix. Returns its range.
    func organisation(in chars: [Character], from start: Int, limit: Int = 40) -> Range<Int>? {
        guard start < chars.count else { return nil }
        if Recognizers.isLatinLetter(chars[start]) { return englishOrganisation(in: chars, from: start) }
        var end = start
        while end < chars.count && end - start < limit && Recognizers.isOrgChar(chars[end]) { end += 1 }
        // Trim a trailing bracket that opens something after the name.
        var best: Int? = nil
        var i = end
        while i > start + 2 {
            if let s = suffixes.first(where: { hasSuffix(chars, upTo: i, $0) }), i - s.count >= start + 1 {
                best = i; break
            }
            i -= 1
        }
        guard let stop = best, stop - start >= 3 else { return nil }
        // 中华人民共和国司法部 is 司法部: the state's name is not part of the body's.
        let state = Array("中华人民共和国")
        var start = start
        if stop - start - state.count >= 3, Array(chars[start..<(start + state.count)]) == state { start += state.count }
        let name = String(chars[start..<stop])
        if lexicon.notOrgs.contains(where: { name.contains($0) }) { return nil }
        if lexicon.notOrgStarts.contains(where: { name.hasPrefix($0) }) { return nil }
        if lexicon.genericOrgs.contains(name) || !name.contains(where: Normalize.isCJK) { return nil }
        // An ID number or a date inside brackets is an aside about a person, not part of a name.
        if name.split(whereSeparator: { !$0.isNumber }).contains(where: { $0.count > 4 }) { return nil }
        // Unbalanced brackets mean the run caught part of an aside.
        let opens = name.filter { "(（".contains($0) }.count
        let closes = name.filter { ")）".contains($0) }.count
        if opens != closes { return nil }
        if name.filter({ $0 == "《" }).count != name.filter({ $0 == "》" }).count { return nil }
        // A title in 《》 belongs to a journal's office (《…》编辑部), not to a course (公需科目《…》在线).
        if name.contains("《"), !["编辑部", "杂志社", "编委会", "出版社", "期刊社"].contains(where: { name.hasSuffix($0) }) { return nil }
        // "2025年度…" is an event or a year's programme, not a body.
        if let f = name.first, f.isASCII, f.isNumber { return nil }
        return start..<stop
    }

    func hasSuffix(_ chars: [Character], upTo end: Int, _ suffix: [Character]) -> Bool {
        guard end - suffix.count >= 0 else { return false }
        for (k, c) in suffix.enumerated() where chars[end - suffix.count + k] != c { return false }
        return true
    }

    /// Every organisation name in a range (e.g. a line), left to right.
    func organisations(in chars: [Character], range: Range<Int>) -> [Range<Int>] {
        var out: [Range<Int>] = []
        var i = range.lowerBound
        while i < range.upperBound {
            let c = chars[i]
            let startsRun = i == range.lowerBound || !Recognizers.isOrgChar(chars[i - 1])
                || (Recognizers.isLatinLetter(c) && chars[i - 1] == " ")
            if startsRun, Recognizers.isOrgChar(c) || Recognizers.isLatinLetter(c),
               let r = organisation(in: chars, from: i), r.upperBound <= range.upperBound {
                // "中华人民共和国教育部制" marks who printed the form, not who issued it.
                let maker = r.upperBound < range.upperBound && chars[r.upperBound] == "制"
                    && (r.upperBound + 1 == range.upperBound || chars[r.upperBound + 1] == " ")
                if !maker { out.append(r) }
                i = r.upperBound
                continue
            }
            i += 1
        }
        return out
    }

    /// An English organisation: a run of capitalised words (and of/the/and/for/&) that holds an organisation word.
    func englishOrganisation(in chars: [Character], from start0: Int) -> Range<Int>? {
        // "the Northumbria Guild of …": the article is not part of the name.
        var start = start0
        if start + 4 < chars.count, String(chars[start..<(start + 4)]).lowercased() == "the " { start += 4 }
        var end = start
        var words: [String] = []
        var lastGood = start
        var hasOrgWord = false
        while end < chars.count {
            var w = end
            while w < chars.count && (chars[w].isLetter && chars[w].isASCII || "'&.-".contains(chars[w])) { w += 1 }
            guard w > end else { break }
            let word = String(chars[end..<w])
            let lower = word.lowercased()
            let joiner = ["of", "the", "and", "for", "&", "in", "on"].contains(lower)
            guard joiner || word.first!.isUppercase else { break }
            words.append(word)
            if englishOrgWords.contains(lower.trimmingCharacters(in: .init(charactersIn: ".,"))) { hasOrgWord = true }
            if !joiner { lastGood = w }
            end = w
            if end < chars.count && chars[end] == " " && end + 1 < chars.count && chars[end + 1] != " " { end += 1 } else { break }
        }
        guard hasOrgWord, words.count >= 1, lastGood > start else { return nil }
        // "Certificate of Completion", "Statement of Participation": what the paper is, not who issued it.
        // "Symposium Chair, …", "Registrar, Professional Learning": a person's role, not the body.
        let roles: Set<String> = ["chair", "chairman", "chairperson", "president", "director", "registrar", "secretary",
                                  "dean", "instructor", "manager", "coordinator", "officer", "head", "lead", "lecturer"]
        if words.contains(where: { roles.contains($0.lowercased()) }) { return nil }
        if let first = words.first?.lowercased(),
           ["certificate", "statement", "record", "letter", "award", "transcript", "verified", "this", "dear", "date",
            "dates", "issued", "learning", "online", "open"].contains(first) { return nil }
        return start..<lastGood
    }

    /// A Chinese personal name starting at `start`: 2–4 characters up to a stop word, bracket or separator.
    func person(in chars: [Character], from start: Int) -> Range<Int>? {
        guard start < chars.count else { return nil }
        if Recognizers.isLatinLetter(chars[start]) { return englishPerson(in: chars, from: start) }
        var end = start
        // Names of Uyghur, Tibetan or foreign people are written with a middle dot: 热依拉·艾力.
        while end < chars.count && end - start < 14
                && (Normalize.isCJK(chars[end]) && !"，。、；：“”《》（）".contains(chars[end])
                    || (end > start && Recognizers.nameDots.contains(chars[end]))) {
            end += 1
        }
        var stop = end
        for w in lexicon.nameStops {
            let wc = Array(w)
            var i = start + 1
            while i + wc.count <= end {
                if Array(chars[i..<(i + wc.count)]) == wc { stop = min(stop, i); break }
                i += 1
            }
        }
        // A longer run is a unit followed by a name (兹证明宣城市建筑设计研究院毛翔燕同志): a finder that reads
        // backwards from 同志 gets it right; guessing from the front would take the city.
        let len = stop - start
        let name = String(chars[start..<(start + len)])
        let dotted = name.contains(where: Recognizers.nameDots.contains)
        let compound = lexicon.compoundSurnames.contains { name.hasPrefix($0) }
        guard len >= 2, len <= (dotted ? 14 : compound ? 5 : 4) else { return nil }
        // Right after a label (姓名, 持证人) a name need not start with a listed surname: 格桑卓玛.
        guard validName(name, strict: false) else { return nil }
        return start..<(start + len)
    }

    static let nameDots: Set<Character> = ["·", "・", "•", "‧"]

    /// A name ending right before `end`: the tail of a CJK run, after any organisation name in it.
    func person(in chars: [Character], endingAt end: Int) -> Range<Int>? {
        var start = end
        while start > 0 && Normalize.isCJK(chars[start - 1]) && !"，。、；：“”《》（）".contains(chars[start - 1]) && end - start < 30 {
            start -= 1
        }
        guard end - start >= 2 else { return nil }
        // "铜陵市水利局戴珂": the name follows the last organisation suffix or verb-like word.
        var from = start
        for i in stride(from: end - 2, to: start, by: -1) {
            if suffixes.contains(where: { hasSuffix(chars, upTo: i, $0) }) || "明有的了派和与及".contains(chars[i - 1]) {
                from = i; break
            }
        }
        var len = end - from
        if len > 3 {
            len = surnames.contains(chars[end - 3]) ? 3 : 2
            if !surnames.contains(chars[end - len]) && surnames.contains(chars[end - 2]) { len = 2 }
        }
        guard len >= 2 else { return nil }
        let r = (end - len)..<end
        guard validName(String(chars[r])) else { return nil }
        return r
    }

    /// Whether a string can be a Chinese personal name. `strict`: it must start with a known surname (where no
    /// label vouches for it: salutations, words before 同志).
    func validName(_ name: String, strict: Bool = true) -> Bool {
        if lexicon.notNames.contains(where: { name.contains($0) }) { return false }
        let parts = name.split(whereSeparator: Recognizers.nameDots.contains)
        if parts.count > 1 {
            return name.count <= 14 && parts.allSatisfy { $0.count >= 1 && $0.allSatisfy(Normalize.isCJK) }
        }
        let compound = lexicon.compoundSurnames.contains { name.hasPrefix($0) }
        guard name.count >= 2, name.count <= (compound ? 5 : 4), name.allSatisfy(Normalize.isCJK) else { return false }
        if let last = name.last, "市省县区镇乡村局院所处厅委".contains(last) { return false }
        if suffixes.contains(where: { name.hasSuffix(String($0)) && (name.count > 2 || $0.count == 2) }) { return false }
        return compound || surnames.contains(name.first!) || !strict
    }

    /// "Zhang San", "Mary K. Smith": 2–5 capitalised words.
    func englishPerson(in chars: [Character], from start0: Int) -> Range<Int>? {
        var start = start0
        for h in ["Dr. ", "Prof. ", "Mr. ", "Ms. ", "Mrs. ", "Dr ", "Professor "] {
            let hc = Array(h)
            if start + hc.count < chars.count, Array(chars[start..<(start + hc.count)]) == hc { start += hc.count; break }
        }
        var end = start
        var count = 0
        var last = start
        while end < chars.count, count < 5 {
            var w = end
            while w < chars.count && (chars[w].isLetter || "'.-".contains(chars[w])) && chars[w] != " " { w += 1 }
            guard w > end, chars[end].isUppercase else { break }
            let word = String(chars[end..<w]).lowercased()
            if ["has", "for", "the", "of", "is", "was", "successfully", "completed", "attended", "on"].contains(word) { break }
            // "Manipal University" on a form's line is the holder's school, not the holder.
            if englishOrgWords.contains(word.trimmingCharacters(in: .init(charactersIn: ".,"))) { return nil }
            count += 1; last = w; end = w
            if end < chars.count && chars[end] == " " { end += 1 } else { break }
        }
        return count >= 2 ? start..<last : nil
    }

    /// A certificate or document number: letters, digits and - / . ( ), single spaces between digits allowed.
    func code(in chars: [Character], from start: Int) -> (range: Range<Int>, value: String)? {
        var end = start
        var value = ""
        func codeChar(_ c: Character) -> Bool { c.isASCII && (c.isLetter || c.isNumber || "-/._#".contains(c)) || "〔〕[]".contains(c) }
        var ends: [Int] = []
        while end < chars.count {
            let c = chars[end]
            if codeChar(c) {
                value.append(c); end += 1; ends.append(end)
            } else if c == " ", end + 1 < chars.count, chars[end + 1].isASCII && chars[end + 1].isNumber,
                      let p = value.last, p.isNumber || p.isLetter {
                end += 1
            } else { break }
        }
        while let l = value.last, ".-/_".contains(l) { value.removeLast(); ends.removeLast() }
        end = ends.last ?? start
        guard value.count >= 3, value.contains(where: \.isNumber) else { return nil }
        return (start..<end, value)
    }
}
