/// The year's totals over a set of items: the highest-option rule (one converted claim a year where the standard
/// says so), hours by subject, the one-way rule (专业 beyond the requirement fills 公需, never the reverse) and what
/// is missing. The summary tallies twice in its cautious form: the sure items alone, then with the pending ones as
/// if confirmed, so it can say what the pending hours would change without counting them.
struct AnnualTally {
    var professional = 0.0, `public` = 0.0, unassigned = 0.0
    var professionalToPublic = 0.0
    var total = 0.0
    var missingTotal = 0.0, missingProfessional = 0.0, missingPublic = 0.0
    var totalMet = false, professionalMet = false
    /// Items the highest-option rule leaves out → the item that counts instead.
    var outranked: [Int: Int] = [:]

    var met: Bool { totalMet && professionalMet }

    init(_ items: [AnnualSummary.Item], including: (Int) -> Bool, highest: Bool, required: Double?, professionalNeed: Double?) {
        var counted = Set(items.indices.filter(including))
        if highest {
            let converted = counted.filter { items[$0].converted }
            func h(_ i: Int) -> Double { items[i].hours ?? 0 }
            // Ties go to the earlier item, as the learner listed them.
            if let best = converted.max(by: { h($0) < h($1) || (h($0) == h($1) && $0 > $1) }) {
                for i in converted where i != best { outranked[i] = best; counted.remove(i) }
            }
        }
        for i in counted.sorted() {
            let h = items[i].hours ?? 0
            switch items[i].subject {
            case .professional: professional += h
            case .public: `public` += h
            default: unassigned += h
            }
        }
        total = professional + `public` + unassigned
        guard let required else { return }
        missingTotal = max(0, required - total)
        totalMet = missingTotal == 0
        if let need = professionalNeed {
            professionalToPublic = max(0, professional - need)
            missingProfessional = max(0, need - professional)
            missingPublic = max(0, (required - need) - (`public` + unassigned + professionalToPublic))
            professionalMet = missingProfessional == 0
        } else {
            professionalMet = true
        }
    }
}
