import Foundation

/// OFD's number lists: boxes ("x y w h"), matrices ("a b c d e f"), delta lists with the `g` repeat form.
enum OFDNumbers {
    /// The finite numbers of a space-separated list; tokens that are not numbers are skipped.
    static func list(_ s: String?, max: Int = 4096) -> [Double] {
        guard let s else { return [] }
        var out: [Double] = []
        for token in s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "," }) {
            guard out.count < max else { break }
            if let v = Double(token), v.isFinite { out.append(v) }
        }
        return out
    }

    static func number(_ s: String?) -> Double? {
        guard let s, let v = Double(s.trimmingCharacters(in: .whitespaces)), v.isFinite else { return nil }
        return v
    }

    /// "x y w h"; nil unless four finite numbers.
    static func box(_ s: String?) -> (x: Double, y: Double, width: Double, height: Double)? {
        let v = list(s, max: 5)
        guard v.count >= 4 else { return nil }
        return (v[0], v[1], v[2], v[3])
    }

    /// "a b c d e f" as OFD writes a CTM; nil unless six finite numbers.
    static func matrix(_ s: String?) -> OFDMatrix? {
        let v = list(s, max: 7)
        guard v.count >= 6 else { return nil }
        return OFDMatrix(a: v[0], b: v[1], c: v[2], d: v[3], e: v[4], f: v[5])
    }

    /// A `DeltaX` / `DeltaY` list expanded to at most `count` values: "g n v" stands for n copies of v (GB/T 33190
    /// §11.3). Only the first `count` are ever built, so "g 999999999 1" costs nothing.
    static func deltas(_ s: String?, count: Int) -> [Double] {
        guard let s, count > 0 else { return [] }
        let tokens = s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" })
        var out: [Double] = []
        out.reserveCapacity(min(count, 4096))
        var i = 0
        while i < tokens.count && out.count < count {
            if tokens[i] == "g" {
                guard i + 2 < tokens.count, let n = Double(tokens[i + 1]), n.isFinite, n >= 0,
                      let v = Double(tokens[i + 2]), v.isFinite else { break }
                let take = min(Int(min(n, 1e9)), count - out.count)
                out.append(contentsOf: repeatElement(v, count: take))
                i += 3
            } else {
                if let v = Double(tokens[i]), v.isFinite { out.append(v) }
                i += 1
            }
        }
        return out
    }

    static func bool(_ s: String?, default value: Bool) -> Bool {
        switch s?.trimmingCharacters(in: .whitespaces).lowercased() {
        case "true", "1": true
        case "false", "0": false
        default: value
        }
    }
}
