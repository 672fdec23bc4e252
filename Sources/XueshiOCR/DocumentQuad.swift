import Foundation
import XueshiCore

/// A document photographed on a desk, in a frame, or shown inside a viewer's dark margins: the paper is found as the
/// largest bright region standing out from a darker surround, its four corners taken, and the quadrilateral warped
/// to an upright rectangle, so the document fills the image OCR reads (the surround no longer costs resolution,
/// and a page taken at an angle is squared). Only when clearly found; else the image is left as it is.
///
/// Found on a copy about 400 px long (a few milliseconds); the warp is done once at full resolution.
public enum DocumentQuad {
    /// Corners in image pixels: top-left, top-right, bottom-right, bottom-left.
    public typealias Quad = [(x: Double, y: Double)]

    static let probeSize = 400.0

    /// The document straightened, or nil when no document stands out from its surround.
    public static func straightened(_ img: PixelImage) -> PixelImage? {
        guard let q = find(img) else { return nil }
        return warp(img, quad: q)
    }

    /// The paper's corners, when a bright region covering 15–92% of the image, nearly filling its own quadrilateral,
    /// stands clearly brighter than what lies around it.
    public static func find(_ img: PixelImage) -> Quad? {
        let long = Double(max(img.width, img.height))
        guard long >= 200 else { return nil }
        let factor = min(1, probeSize / long)
        let small = Preprocess.resize(img.grey, factor: factor)
        let w = small.width, h = small.height, p = small.pixels
        let t = otsu(p)
        // Bright pixels (paper); text on the paper makes holes that the row spans below fill in.
        var bright = p.map { Int($0) > t }
        // Dark specks in the paper (text) are closed so the paper stays one region.
        bright = closed(bright, w: w, h: h)
        guard let region = largestRegion(bright, w: w, h: h) else { return nil }
        // Area as the region's row spans (holes of text filled), against the image and its own corners' quad.
        var spans = 0
        var first = [Int](repeating: -1, count: h), last = [Int](repeating: -1, count: h)
        for i in region {
            let x = i % w, y = i / w
            if first[y] < 0 || x < first[y] { first[y] = x }
            if x > last[y] { last[y] = x }
        }
        for y in 0..<h where first[y] >= 0 { spans += last[y] - first[y] + 1 }
        let share = Double(spans) / Double(w * h)
        guard share >= 0.15, share <= 0.92 else { return nil }
        // Corners: the region's extreme points along the diagonals.
        var tl = (x: 0, y: 0, v: Int.max), br = (x: 0, y: 0, v: Int.min)
        var tr = (x: 0, y: 0, v: Int.min), bl = (x: 0, y: 0, v: Int.max)
        for y in 0..<h where first[y] >= 0 {
            for x in [first[y], last[y]] {
                if x + y < tl.v { tl = (x, y, x + y) }
                if x + y > br.v { br = (x, y, x + y) }
                if x - y > tr.v { tr = (x, y, x - y) }
                if x - y < bl.v { bl = (x, y, x - y) }
            }
        }
        let quad: [(x: Double, y: Double)] = [tl, tr, br, bl].map { (Double($0.x), Double($0.y)) }
        let quadArea = area(quad)
        guard quadArea > 0, Double(spans) / quadArea >= 0.85, Double(spans) / quadArea <= 1.1 else { return nil }
        // Sides not far from a rectangle's: a document, not a blob.
        let top = dist(quad[0], quad[1]), bottom = dist(quad[3], quad[2])
        let left = dist(quad[0], quad[3]), right = dist(quad[1], quad[2])
        guard min(top, bottom) / max(top, bottom) > 0.7, min(left, right) / max(left, right) > 0.7,
              min(top, bottom) >= Double(w) * 0.25, min(left, right) >= Double(h) * 0.25 else { return nil }
        // The surround clearly darker than the paper.
        var inside = 0.0, nIn = 0.0, outside = 0.0, nOut = 0.0
        for y in stride(from: 0, to: h, by: 2) {
            for x in stride(from: 0, to: w, by: 2) {
                let v = Double(p[y * w + x])
                if first[y] >= 0 && x >= first[y] && x <= last[y] { inside += v; nIn += 1 } else { outside += v; nOut += 1 }
            }
        }
        guard nIn > 0, nOut > 0, inside / nIn - outside / nOut >= 40 else { return nil }
        return quad.map { (x: ($0.x + 0.5) / factor, y: ($0.y + 0.5) / factor) }
    }

    /// The quadrilateral mapped onto an upright rectangle as long as its longer sides (bilinear sampling).
    public static func warp(_ img: PixelImage, quad q: Quad) -> PixelImage {
        let ow = max(1, Int(max(dist(q[0], q[1]), dist(q[3], q[2])).rounded()))
        let oh = max(1, Int(max(dist(q[0], q[3]), dist(q[1], q[2])).rounded()))
        // Unit square → quad (Heckbert's projective mapping).
        let (x0, y0, x1, y1, x2, y2, x3, y3) = (q[0].x, q[0].y, q[1].x, q[1].y, q[2].x, q[2].y, q[3].x, q[3].y)
        let dx1 = x1 - x2, dx2 = x3 - x2, dx3 = x0 - x1 + x2 - x3
        let dy1 = y1 - y2, dy2 = y3 - y2, dy3 = y0 - y1 + y2 - y3
        var g = 0.0, hh = 0.0
        let den = dx1 * dy2 - dx2 * dy1
        if abs(den) > 1e-9 && (abs(dx3) > 1e-9 || abs(dy3) > 1e-9) {
            g = (dx3 * dy2 - dx2 * dy3) / den
            hh = (dx1 * dy3 - dx3 * dy1) / den
        }
        let a = x1 - x0 + g * x1, b = x3 - x0 + hh * x3, c = x0
        let d = y1 - y0 + g * y1, e = y3 - y0 + hh * y3, f = y0
        let w = img.width, h = img.height, ch = img.channels
        var out = [UInt8](repeating: 255, count: ow * oh * ch)
        img.pixels.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                for y in 0..<oh {
                    let v = (Double(y) + 0.5) / Double(oh)
                    for x in 0..<ow {
                        let u = (Double(x) + 0.5) / Double(ow)
                        let z = g * u + hh * v + 1
                        let sx = (a * u + b * v + c) / z - 0.5, sy = (d * u + e * v + f) / z - 0.5
                        sampleBilinear(p, width: w, height: h, channels: ch, x: sx, y: sy, into: o, at: (y * ow + x) * ch)
                    }
                }
            }
        }
        return PixelImage(width: ow, height: oh, channels: ch, pixels: out, scale: img.scale)
    }

    /// Otsu's threshold of a grey histogram.
    static func otsu(_ p: [UInt8]) -> Int {
        var hist = [Double](repeating: 0, count: 256)
        for v in p { hist[Int(v)] += 1 }
        let total = Double(p.count)
        let sum = (0..<256).reduce(0.0) { $0 + Double($1) * hist[$1] }
        var sumB = 0.0, wB = 0.0, best = 0.0, threshold = 128
        for t in 0..<256 {
            wB += hist[t]
            guard wB > 0 else { continue }
            let wF = total - wB
            guard wF > 0 else { break }
            sumB += Double(t) * hist[t]
            let mB = sumB / wB, mF = (sum - sumB) / wF
            let between = wB * wF * (mB - mF) * (mB - mF)
            if between > best { best = between; threshold = t }
        }
        return threshold
    }

    /// Morphological closing by a 5×5 square (grown, then shrunk): dark specks inside bright paper become paper.
    static func closed(_ m: [Bool], w: Int, h: Int) -> [Bool] {
        // One separable pass: `grow` true keeps a pixel bright when any pixel of its window is, false when all are.
        func pass(_ src: [Bool], grow: Bool) -> [Bool] {
            var across = src
            for y in 0..<h {
                for x in 0..<w {
                    let window = max(0, x - 2)...min(w - 1, x + 2)
                    across[y * w + x] = grow ? window.contains { src[y * w + $0] } : window.allSatisfy { src[y * w + $0] }
                }
            }
            var out = across
            for y in 0..<h {
                for x in 0..<w {
                    let window = max(0, y - 2)...min(h - 1, y + 2)
                    out[y * w + x] = grow ? window.contains { across[$0 * w + x] } : window.allSatisfy { across[$0 * w + x] }
                }
            }
            return out
        }
        return pass(pass(m, grow: true), grow: false)
    }

    /// Pixel indexes of the largest 4-connected bright region.
    static func largestRegion(_ m: [Bool], w: Int, h: Int) -> [Int]? {
        var seen = [Bool](repeating: false, count: w * h)
        var best: [Int] = []
        for start in 0..<(w * h) where m[start] && !seen[start] {
            var region: [Int] = [], stack = [start]
            seen[start] = true
            while let i = stack.popLast() {
                region.append(i)
                let x = i % w, y = i / w
                if x > 0, m[i - 1], !seen[i - 1] { seen[i - 1] = true; stack.append(i - 1) }
                if x < w - 1, m[i + 1], !seen[i + 1] { seen[i + 1] = true; stack.append(i + 1) }
                if y > 0, m[i - w], !seen[i - w] { seen[i - w] = true; stack.append(i - w) }
                if y < h - 1, m[i + w], !seen[i + w] { seen[i + w] = true; stack.append(i + w) }
            }
            if region.count > best.count { best = region }
        }
        return best.isEmpty ? nil : best
    }

    static func dist(_ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
        ((a.x - b.x) * (a.x - b.x) + (a.y - b.y) * (a.y - b.y)).squareRoot()
    }

    /// Shoelace area.
    static func area(_ q: Quad) -> Double {
        var s = 0.0
        for i in q.indices { let j = (i + 1) % q.count; s += q[i].x * q[j].y - q[j].x * q[i].y }
        return abs(s) / 2
    }
}
