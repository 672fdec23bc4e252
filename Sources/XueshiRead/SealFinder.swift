import XueshiCore

/// Finds red seals (公章) on a rendered page: red ink, round or oval, 22–65 mm across, ink concentrated in a ring
/// near the boundary of the mark's bounding ellipse. Pure Swift on an RGB `PixelImage`.
///
/// 1. Red-ink pixels: red high, green and blue well below it (seal ink over white, faded ink, anti-aliased edges).
/// 2. Connected components, joining pixels up to 2 px apart so a ring broken by pale specks stays one piece.
/// 3. Components of plausible size and aspect; for each, every red pixel inside its box is measured against the
///    box's inscribed ellipse: the share of angles around the centre where ink sits near the boundary (a ring
///    covers nearly all of them), the share of ink near the boundary, and the ink's fill of the ellipse (a solid red
///    disk or logo fills it; a seal's ring, star and words leave most of it white).
///
/// The seal's words are not read here: OCR of the seal's box is a separate stage (`SealInfo.text` stays nil).
public enum SealFinder {
    /// Seal diameters in millimetres (official seals are 38–45 mm round, 40×30 mm or 45×30 mm oval; some are larger).
    static let minMillimetres = 22.0
    static let maxMillimetres = 65.0
    static let maxAspect = 1.7

    public static func isRedInk(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Bool {
        let r = Int(r), g = Int(g), b = Int(b)
        return r >= 120 && r - g >= 55 && r - b >= 45
    }

    public static func find(in image: PixelImage, page: Int) -> [SealInfo] {
        guard image.channels == 3, image.width > 2, image.height > 2 else { return [] }
        let w = image.width, h = image.height
        var mask = [Bool](repeating: false, count: w * h)
        // The red pixels in order: components start only from them (walking every pixel again for a start was a
        // third of this search, perf annotate 2026-12-04).
        var reds: [Int] = []
        // Raw pointers both sides: an array written inside the loop is checked for uniqueness at every pixel.
        image.pixels.withUnsafeBufferPointer { p in
            mask.withUnsafeMutableBufferPointer { m in
                guard let px = p.baseAddress, let out = m.baseAddress else { return }
                for i in 0..<(w * h) {
                    let q = px + 3 * i
                    if isRedInk(q[0], q[1], q[2]) { out[i] = true; reds.append(i) }
                }
            }
        }
        let pxPerMM = image.scale * 72 / 25.4
        let minSide = minMillimetres * pxPerMM, maxSide = maxMillimetres * pxPerMM
        // A ring this size has at least its circumference in ink.
        guard Double(reds.count) >= minSide * 2 else { return [] }

        // Components (gap tolerance 2 px), with their bounding boxes. `open` is the red ink not yet in a component:
        // a copy of the mask, not a label a pixel (four times its size, zeroed for every page drawn).
        var open = mask
        var boxes: [(x0: Int, y0: Int, x1: Int, y1: Int, n: Int)] = []
        var stack: [Int] = []
        for start in reds where open[start] {
            var b = (x0: start % w, y0: start / w, x1: start % w, y1: start / w, n: 0)
            open[start] = false
            stack.append(start)
            while let i = stack.popLast() {
                let x = i % w, y = i / w
                b.n += 1
                if x < b.x0 { b.x0 = x }; if x > b.x1 { b.x1 = x }
                if y < b.y0 { b.y0 = y }; if y > b.y1 { b.y1 = y }
                for dy in -2...2 {
                    let yy = y + dy
                    guard yy >= 0, yy < h else { continue }
                    for dx in -2...2 {
                        let xx = x + dx
                        guard xx >= 0, xx < w else { continue }
                        let j = yy * w + xx
                        if open[j] { open[j] = false; stack.append(j) }
                    }
                }
            }
            boxes.append(b)
        }

        var seals: [SealInfo] = []
        for b in boxes {
            let bw = Double(b.x1 - b.x0 + 1), bh = Double(b.y1 - b.y0 + 1)
            guard bw >= minSide, bh >= minSide, bw <= maxSide, bh <= maxSide,
                  max(bw, bh) / min(bw, bh) <= maxAspect else { continue }
            guard let score = ringScore(mask: mask, width: w, x0: b.x0, y0: b.y0, x1: b.x1, y1: b.y1) else { continue }
            let aspect = max(bw, bh) / min(bw, bh)
            let box = image.pageBox(x0: Double(b.x0), y0: Double(b.y0), x1: Double(b.x1 + 1), y1: Double(b.y1 + 1))
            seals.append(SealInfo(page: page, box: box, confidence: (score * 1000).rounded() / 1000,
                                  shape: aspect <= 1.15 ? "round" : "oval"))
        }
        return seals
    }

    /// How ring-like the red ink inside a box is (0...1), or nil when it is not a ring.
    static func ringScore(mask: [Bool], width w: Int, x0: Int, y0: Int, x1: Int, y1: Int) -> Double? {
        let cx = Double(x0 + x1) / 2, cy = Double(y0 + y1) / 2
        let a = Double(x1 - x0 + 1) / 2, b = Double(y1 - y0 + 1) / 2
        let bins = 48
        var covered = [Bool](repeating: false, count: bins)
        var inside = 0, ring = 0
        for y in y0...y1 {
            for x in x0...x1 where mask[y * w + x] {
                let dx = (Double(x) - cx) / a, dy = (Double(y) - cy) / b
                let rho = (dx * dx + dy * dy).squareRoot()
                guard rho <= 1.12 else { continue }
                inside += 1
                if rho >= 0.78 {
                    ring += 1
                    var angle = atan2Approx(dy, dx)
                    if angle < 0 { angle += 2 * Double.pi }
                    covered[min(bins - 1, Int(angle / (2 * Double.pi) * Double(bins)))] = true
                }
            }
        }
        guard inside > 0 else { return nil }
        let coverage = Double(covered.filter { $0 }.count) / Double(bins)
        let ringShare = Double(ring) / Double(inside)
        let fill = Double(inside) / (Double.pi * a * b)
        guard coverage >= 0.75, ringShare >= 0.2, fill <= 0.6, fill >= 0.03 else { return nil }
        let s = 0.35 + 0.4 * (coverage - 0.75) / 0.25 + 0.25 * min(1, ringShare / 0.4)
        return min(0.99, max(0.5, s))
    }

    /// atan2 without Foundation (the module stays pure Swift); accurate to about 0.005 rad, enough for 48 bins.
    static func atan2Approx(_ y: Double, _ x: Double) -> Double {
        if x == 0 && y == 0 { return 0 }
        let ax = abs(x), ay = abs(y)
        let t = min(ax, ay) / max(ax, ay)
        let s = t * t
        var r = ((-0.0464964749 * s + 0.15931422) * s - 0.327622764) * s * t + t
        if ay > ax { r = Double.pi / 2 - r }
        if x < 0 { r = Double.pi - r }
        if y < 0 { r = -r }
        return r
    }
}
