import Foundation

/// `AbbreviatedData` (GB/T 33190 §9.3.2): S/M x y, L x y, Q x1 y1 x y, B x1 y1 x2 y2 x y, A rx ry rot large sweep
/// x y, C. An operator with too few numbers ends the path there (what came before still draws).
enum OFDPathData {
    static let maxCommands = 200_000

    static func parse(_ s: String) -> [OFDPathCommand] {
        let tokens = s.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" || $0 == "," })
        var out: [OFDPathCommand] = []
        var i = 0
        func numbers(_ n: Int) -> [Double]? {
            var v: [Double] = []
            v.reserveCapacity(n)
            for k in 0..<n {
                let j = i + 1 + k
                guard j < tokens.count, let d = Double(tokens[j]), d.isFinite else { return nil }
                v.append(d)
            }
            i += n + 1
            return v
        }
        while i < tokens.count && out.count < maxCommands {
            switch tokens[i] {
            case "S", "M":
                guard let v = numbers(2) else { return out }
                out.append(.move(v[0], v[1]))
            case "L":
                guard let v = numbers(2) else { return out }
                out.append(.line(v[0], v[1]))
            case "Q":
                guard let v = numbers(4) else { return out }
                out.append(.quad(v[0], v[1], v[2], v[3]))
            case "B":
                guard let v = numbers(6) else { return out }
                out.append(.cubic(v[0], v[1], v[2], v[3], v[4], v[5]))
            case "A":
                guard let v = numbers(7) else { return out }
                out.append(.arc(rx: v[0], ry: v[1], rotation: v[2], large: v[3] != 0, sweep: v[4] != 0, x: v[5], y: v[6]))
            case "C":
                out.append(.close)
                i += 1
            default:
                // A stray number or unknown operator: skip it rather than lose the rest of the path.
                i += 1
            }
        }
        return out
    }
}
