import Foundation
import XueshiCore

/// Finds seals drawn as vector text: the characters of a name set one by one on a circular arc, each turned to face
/// outwards, sometimes with a short horizontal line (培训专用章) across the lower middle. Poppler gives each of them
/// a box of its own (a rotated glyph becomes a nearly square box, one or two to a source line), so the row layout
/// would otherwise mix them into the signature lines they overlap.
///
/// A seal is accepted when at least four red glyphs (six of another colour, over 150° or more, opening downwards)
/// have centres on one circle of radius 20–90 pt, are of one size (0.12–0.4 of the radius), stand apart (no glyph
/// flush against a neighbour on its baseline, as letters of a word are) and are spread along the circle with an
/// even step and one clear gap facing down (where a seal leaves its bottom open), with no loose glyph of their size
/// inside the ring (a grid of table cells has them everywhere). The arc is read clockwise starting after that
/// gap, which is the lower left of an upright seal. The centre line is a short horizontal line in glyphs no larger
/// than the arc's, centred under the middle (in red too, for a red seal): a signature the seal overlaps is not.
struct SealText {
    struct Seal {
        /// Glyph indices in reading order along the arc.
        var arc: [Int]
        /// Glyph indices of the horizontal centre line, left to right; empty when there is none.
        var centre: [Int]
        var cx: Double
        var cy: Double
        var radius: Double
        /// Drawn in red; its centre line must be red too.
        var red: Bool
    }

    static let minGlyphs = 4
    static let radii = 20.0...90.0

    /// Seals on a page, top to bottom, each glyph in at most one.
    /// `down` is the direction, on the page (y down), that is down for the page's text: (0, 1) on an upright page.
    static func find(_ glyphs: [Glyph], down: (dx: Double, dy: Double) = (0, 1)) -> [Seal] {
        var lineSizes: [Int: Int] = [:]
        for g in glyphs { lineSizes[g.sourceLine, default: 0] += 1 }
        var lineSpread: [Int: (lo: Double, hi: Double)] = [:]
        for g in glyphs {
            let m = g.box.midY
            let s = lineSpread[g.sourceLine] ?? (m, m)
            lineSpread[g.sourceLine] = (min(s.lo, m), max(s.hi, m))
        }
        // Glyphs set flush against their neighbours on one baseline are ordinary text, however short their line: a run
        // of three or more, or a pair that matches exactly. (Two neighbours at the top of a long seal's arc can come
        // close to touching, but not three, and not to a hundredth of their size.)
        var isText = [Bool](repeating: false, count: glyphs.count)
        var runStart = 0
        for i in glyphs.indices {
            let linked = i + 1 < glyphs.count && abut(glyphs[i].box, glyphs[i + 1].box, within: 0.08)
            if i + 1 < glyphs.count && abut(glyphs[i].box, glyphs[i + 1].box, within: 0.02) {
                isText[i] = true; isText[i + 1] = true
            }
            if !linked {
                if i - runStart >= 2 { for k in runStart...i { isText[k] = true } }
                runStart = i + 1
            }
        }
        // Arc glyphs sit alone or in twos and threes on source lines; a longer source line can only join in when
        // it bends (several neighbours at the top of a large seal).
        var candidates = glyphs.indices.filter { i in
            let g = glyphs[i]
            guard !g.scalar.properties.isWhitespace, g.box.width > 0.5, g.box.height > 0.5, !isText[i] else { return false }
            let n = lineSizes[g.sourceLine] ?? 0
            if n <= 4 { return true }
            let spread = lineSpread[g.sourceLine].map { $0.hi - $0.lo } ?? 0
            return n <= 10 && spread > 0.12 * max(g.box.width, g.box.height)
        }
        guard candidates.count >= minGlyphs else { return [] }

        // Red glyphs first (a seal's colour); then, with stricter geometry, seals printed in another colour.
        var seals: [Seal] = []
        for coloured in [true, false] {
            var pool = candidates.filter { glyphs[$0].red == coloured }
            // The search is cubic in the pool; a page of hundreds of loose glyphs is a table, not a seal's setting.
            guard pool.count <= (coloured ? 400 : 200) else { continue }
            while pool.count >= minGlyphs, let seal = bestSeal(pool, glyphs, lineSizes, coloured: coloured, down: down) {
                seals.append(seal)
                let used = Set(seal.arc)
                pool.removeAll { used.contains($0) }
                candidates.removeAll { used.contains($0) }
            }
        }
        guard !seals.isEmpty else { return [] }
        // Centre lines: taken from all glyphs not already in an arc.
        var taken = Set(seals.flatMap(\.arc))
        for k in seals.indices {
            let centre = centreLine(of: seals[k], glyphs, excluding: taken)
            seals[k].centre = centre
            taken.formUnion(centre)
        }
        // Reading order: seals side by side (centres within a radius vertically) left to right, rows top to bottom.
        var rows: [[Seal]] = []
        for seal in seals.sorted(by: { $0.cy < $1.cy }) {
            if let last = rows.last?.first, seal.cy - last.cy < min(seal.radius, last.radius) {
                rows[rows.count - 1].append(seal)
            } else {
                rows.append([seal])
            }
        }
        return rows.flatMap { $0.sorted { $0.cx < $1.cx } }
    }

    // MARK: - Circle search

    private static func size(_ b: Box) -> Double { max(b.width, b.height) }

    /// The circle through the most candidate centres, checked; nil when no circle passes.
    ///
    /// Circles are proposed through chains of neighbours (a glyph, one of its nearest, one of that one's nearest),
    /// as characters follow one another along an arc, then refined by least squares over the glyphs they pass
    /// through. That keeps the search near linear in the number of loose glyphs on a page.
    private static func bestSeal(_ candidates: [Int], _ glyphs: [Glyph], _ lineSizes: [Int: Int], coloured: Bool,
                                 down: (dx: Double, dy: Double)) -> Seal? {
        let points = candidates.map { (x: glyphs[$0].box.midX, y: glyphs[$0].box.midY) }
        let sizes = candidates.map { size(glyphs[$0].box) }
        let n = candidates.count
        // Up to eight nearest glyphs of a size within four glyph sizes: the next characters along an arc.
        let near: [[Int]] = (0..<n).map { a in
            (0..<n).filter { $0 != a && similar(sizes[a], sizes[$0]) && dist(points[a], points[$0]) <= 4 * sizes[a] }
                .sorted { dist(points[a], points[$0]) < dist(points[a], points[$1]) }
                .prefix(8).map { $0 }
        }
        var best: (members: [Int], residual: Double)? = nil
        var triples = Set<Int>()
        var tried = Set<[Int]>()
        for a in 0..<n {
            for b in near[a] {
                for c in near[b] where c != a {
                    let key = [a, b, c].sorted().reduce(0) { $0 * n + $1 }
                    guard triples.insert(key).inserted,
                          let circle = circumcircle(points[a], points[b], points[c]), radii.contains(circle.r) else { continue }
                    var members: [Int] = []
                    var centre = (x: circle.x, y: circle.y, r: circle.r)
                    // Who lies on the circle, then the least-squares circle of those, until it settles.
                    for _ in 0..<4 {
                        let s = median(members.isEmpty ? [sizes[a], sizes[b], sizes[c]] : members.map { sizes[$0] })
                        let tolerance = max(3.0, 0.45 * s)
                        let on = (0..<n).filter { abs(dist(points[$0], (centre.x, centre.y)) - centre.r) <= tolerance
                            && similar(sizes[$0], s) }
                        if on == members { break }
                        members = on
                        guard members.count >= 3, let refit = fitCircle(members.map { points[$0] }), radii.contains(refit.r)
                        else { members = []; break }
                        centre = refit
                    }
                    guard members.count >= minGlyphs, members.count >= (best?.members.count ?? 0),
                          tried.insert(members).inserted else { continue }
                    guard let fitted = validate(members.map { candidates[$0] }, among: candidates, glyphs, lineSizes,
                                                coloured: coloured, down: down) else { continue }
                    if best == nil || fitted.arc.count > best!.members.count
                        || fitted.arc.count == best!.members.count && fitted.residual < best!.residual {
                        best = (fitted.arc, fitted.residual)
                    }
                }
            }
        }
        guard let members = best?.members,
              let fitted = validate(members, among: candidates, glyphs, lineSizes, coloured: coloured, down: down)
        else { return nil }
        return Seal(arc: fitted.arc, centre: [], cx: fitted.cx, cy: fitted.cy, radius: fitted.r, red: coloured)
    }

    /// Refits the circle to the members and checks what makes them a seal. Returns the arc in reading order.
    /// Without the seal's red to go by, it takes six characters or more, over at least 150° of the circle.
    private static func validate(_ members: [Int], among pool: [Int], _ glyphs: [Glyph], _ lineSizes: [Int: Int],
                                 coloured: Bool, down: (dx: Double, dy: Double))
        -> (arc: [Int], cx: Double, cy: Double, r: Double, residual: Double)? {
        let least = coloured ? minGlyphs : 6
        guard members.count >= least else { return nil }
        // A source line that is mostly elsewhere is ordinary text that happens to cross the circle.
        var perLine: [Int: Int] = [:]
        for i in members { perLine[glyphs[i].sourceLine, default: 0] += 1 }
        let kept = members.filter { 2 * perLine[glyphs[$0].sourceLine]! >= lineSizes[glyphs[$0].sourceLine] ?? 0 }
        guard kept.count >= least else { return nil }
        let points = kept.map { (x: glyphs[$0].box.midX, y: glyphs[$0].box.midY) }
        guard let circle = fitCircle(points), radii.contains(circle.r) else { return nil }
        let sizes = kept.map { size(glyphs[$0].box) }
        let s = median(sizes)
        guard s >= 0.12 * circle.r, s <= 0.4 * circle.r else { return nil }
        guard sizes.allSatisfy({ $0 >= 0.6 * s && $0 <= 1.5 * s }) else { return nil }
        let residuals = points.map { abs(dist($0, (circle.x, circle.y)) - circle.r) }
        guard residuals.max()! <= max(3.0, 0.4 * s) else { return nil }
        // Glyphs must not overlap one another much: arc characters stand apart.
        for i in kept.indices {
            for j in kept.indices where j > i {
                let a = glyphs[kept[i]].box, b = glyphs[kept[j]].box
                let w = min(a.x1, b.x1) - max(a.x0, b.x0), h = min(a.y1, b.y1) - max(a.y0, b.y0)
                if w > 0.5 * s && h > 0.5 * s { return nil }
            }
        }

        // Angles on the page as drawn (y up), so clockwise is decreasing angle.
        let angles = points.map { p -> Double in
            let a = atan2(-(p.y - circle.y), p.x - circle.x)
            return a < 0 ? a + 2 * .pi : a
        }
        let order = kept.indices.sorted { angles[$0] > angles[$1] }
        let sorted = order.map { angles[$0] }
        var gaps: [Double] = []
        for k in sorted.indices {
            let next = k + 1 < sorted.count ? sorted[k + 1] : sorted[0] - 2 * .pi
            gaps.append(sorted[k] - next)
        }
        let widest = gaps.indices.max { gaps[$0] < gaps[$1] }!
        let others = gaps.enumerated().filter { $0.offset != widest }.map(\.element)
        let step = median(others)
        // One clear opening; characters evenly stepped along the rest, but for one step that may be doubled (a
        // character lost, or the space between two Latin words).
        guard step > 0, gaps[widest] >= 50 * .pi / 180, gaps[widest] >= 1.5 * others.max()!,
              others.allSatisfy({ $0 >= 0.6 * step && $0 <= 2.5 * step }),
              others.filter({ $0 > 1.5 * step }).count <= 1 else { return nil }
        // Neighbours along the arc stand a character or so apart (not letters of a word, not scattered marks).
        guard step * circle.r >= 0.8 * s, step * circle.r <= 3.2 * s else { return nil }
        // The opening faces down in the page's reading frame, the name standing over the top of the seal.
        let opening = sorted[widest] - gaps[widest] / 2  // middle of the gap, page angles (y up)
        guard cos(opening - atan2(-down.dy, down.dx)) >= cos(35 * .pi / 180) else { return nil }
        // Nothing else of the kind loose inside the ring: a seal's middle holds a star and at most a line of abutting
        // characters; a grid of table cells has glyphs everywhere.
        let memberSet = Set(kept)
        for i in pool where !memberSet.contains(i) && similar(size(glyphs[i].box), s) {
            if dist((glyphs[i].box.midX, glyphs[i].box.midY), (circle.x, circle.y)) < circle.r - 1.2 * s { return nil }
        }
        if !coloured { guard 2 * .pi - gaps[widest] >= 150 * .pi / 180 else { return nil } }
        let start = (widest + 1) % order.count
        let arc = (0..<order.count).map { kept[order[(start + $0) % order.count]] }
        let residual = residuals.reduce(0, +) / Double(residuals.count)
        return (arc, circle.x, circle.y, circle.r, residual)
    }

    /// A short horizontal line centred under the seal's middle, in glyphs no larger than the arc's.
    private static func centreLine(of seal: Seal, _ glyphs: [Glyph], excluding taken: Set<Int>) -> [Int] {
        let s = median(seal.arc.map { size(glyphs[$0].box) })
        var byLine: [Int: [Int]] = [:]
        for i in glyphs.indices where !taken.contains(i) { byLine[glyphs[i].sourceLine, default: []].append(i) }
        var best: (members: [Int], offset: Double)? = nil
        for (_, members) in byLine {
            let boxes = members.map { glyphs[$0].box }
            guard members.count >= 2, let box = Box.union(boxes) else { continue }
            let heights = boxes.map(\.height)
            let h = median(heights)
            guard h >= 0.4 * s, h <= 1.05 * s, box.height <= 1.3 * h else { continue }
            guard abs(box.midX - seal.cx) <= 0.2 * seal.radius,
                  box.midY > seal.cy + 0.2 * seal.radius, box.y1 <= seal.cy + seal.radius + 0.5 * s,
                  box.width <= 1.7 * seal.radius else { continue }
            guard members.allSatisfy({ dist((glyphs[$0].box.midX, glyphs[$0].box.midY), (seal.cx, seal.cy)) <= seal.radius }),
                  !seal.red || members.allSatisfy({ glyphs[$0].red }) else { continue }
            let offset = abs(box.midX - seal.cx)
            if best == nil || offset < best!.offset { best = (members.sorted { glyphs[$0].box.x0 < glyphs[$1].box.x0 }, offset) }
        }
        return best?.members ?? []
    }

    // MARK: - Geometry

    private static func dist(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    private static func similar(_ a: Double, _ b: Double) -> Bool { max(a, b) <= 1.5 * min(a, b) }

    /// `b` follows `a` on the same baseline with a gap (or overlap) under `share` of their size, as the advance-width
    /// boxes of a word's letters do. A strict share also asks for the same height to that precision.
    private static func abut(_ a: Box, _ b: Box, within share: Double) -> Bool {
        let s = max(size(a), size(b))
        let level = (share < 0.05 ? share : 0.1) * s
        return abs(a.y0 - b.y0) <= level && abs(a.y1 - b.y1) <= level && abs(b.x0 - a.x1) <= share * s
    }

    private static func circumcircle(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double), _ c: (x: Double, y: Double))
        -> (x: Double, y: Double, r: Double)? {
        let d = 2 * (a.x * (b.y - c.y) + b.x * (c.y - a.y) + c.x * (a.y - b.y))
        guard abs(d) > 1e-6 else { return nil }
        let a2 = a.x * a.x + a.y * a.y, b2 = b.x * b.x + b.y * b.y, c2 = c.x * c.x + c.y * c.y
        let x = (a2 * (b.y - c.y) + b2 * (c.y - a.y) + c2 * (a.y - b.y)) / d
        let y = (a2 * (c.x - b.x) + b2 * (a.x - c.x) + c2 * (b.x - a.x)) / d
        let r = dist((x, y), a)
        return r.isFinite ? (x, y, r) : nil
    }

    /// Least-squares circle (Kåsa): solves x² + y² + Dx + Ey + F = 0.
    static func fitCircle(_ points: [(x: Double, y: Double)]) -> (x: Double, y: Double, r: Double)? {
        guard points.count >= 3 else { return nil }
        // Centre the points first for a well-conditioned system.
        let mx = points.map(\.x).reduce(0, +) / Double(points.count)
        let my = points.map(\.y).reduce(0, +) / Double(points.count)
        var suu = 0.0, suv = 0.0, svv = 0.0, suuu = 0.0, svvv = 0.0, suvv = 0.0, svuu = 0.0
        for p in points {
            let u = p.x - mx, v = p.y - my
            suu += u * u; suv += u * v; svv += v * v
            suuu += u * u * u; svvv += v * v * v; suvv += u * v * v; svuu += v * u * u
        }
        let det = suu * svv - suv * suv
        guard abs(det) > 1e-9 else { return nil }
        let bu = 0.5 * (suuu + suvv), bv = 0.5 * (svvv + svuu)
        let uc = (bu * svv - bv * suv) / det
        let vc = (suu * bv - suv * bu) / det
        let r = (uc * uc + vc * vc + (suu + svv) / Double(points.count)).squareRoot()
        guard r.isFinite else { return nil }
        return (uc + mx, vc + my, r)
    }
}
