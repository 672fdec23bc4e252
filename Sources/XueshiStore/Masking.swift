import XueshiCore

/// ID numbers masked where data leaves the store (exports, the API): reports are stored as read, unmasked, so a
/// reviewer with the right can still see them (`--unmask`).
public enum Masking {
    public static func text(_ s: String) -> String { PersonalData.maskAll(in: s) }

    public static func report(_ r: Report) -> Report {
        var out = r
        out.file = text(r.file)
        for (k, f) in r.fields {
            var g = f
            if case .string(let s) = f.value {
                g.value = .string(k == "idNumber" && s.count == 18 ? PersonalData.mask(s) : text(s))
            }
            g.text = f.text.map(text)
            out.fields[k] = g
        }
        out.flags = r.flags.map { var f = $0; f.message = text(f.message); return f }
        return out
    }

    public static func learner(_ l: Learner) -> Learner {
        Learner(id: text(l.id), name: l.name, unit: l.unit)
    }
}
