import Foundation
import XueshiCore

/// Page preparation before OCR: quarter turns, deskew, seal ink removed, paper evened out. Pure Swift on 8-bit
/// buffers; each step is cheap next to the engines (tens of milliseconds on a 200 dpi A4 page).
public enum Preprocess {
    // MARK: quarter turns

    /// Rotates clockwise by `quarters` × 90°.
    public static func rotate(_ img: PixelImage, quarters: Int) -> PixelImage {
        let q = ((quarters % 4) + 4) % 4
        guard q != 0 else { return img }
        let w = img.width, h = img.height, c = img.channels
        let (nw, nh) = q == 2 ? (w, h) : (h, w)
        var out = [UInt8](repeating: 255, count: nw * nh * c)
        img.pixels.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                for y in 0..<h {
                    for x in 0..<w {
                        let (nx, ny): (Int, Int)
                        switch q {
                        case 1: (nx, ny) = (h - 1 - y, x)
                        case 2: (nx, ny) = (w - 1 - x, h - 1 - y)
                        default: (nx, ny) = (y, w - 1 - x)
                        }
                        let s = (y * w + x) * c, d = (ny * nw + nx) * c
                        for k in 0..<c { o[d + k] = p[s + k] }
                    }
                }
            }
        }
        return PixelImage(width: nw, height: nh, channels: c, pixels: out, scale: img.scale)
    }

    // MARK: grey, seals, paper

    /// Grey for OCR: luma, except inside `sealBoxes` (pixel rectangles) where the red channel is used, so red seal
    /// ink turns pale and the black text under it stays.
    public static func grey(_ img: PixelImage, sealBoxes: [Box] = []) -> PixelImage {
        guard img.channels == 3 else { return img }
        var out = img.grey
        for b in sealBoxes {
            let x0 = max(0, Int(b.x0)), x1 = min(img.width, Int(b.x1.rounded(.up)))
            let y0 = max(0, Int(b.y0)), y1 = min(img.height, Int(b.y1.rounded(.up)))
            guard x0 < x1, y0 < y1 else { continue }
            for y in y0..<y1 {
                for x in x0..<x1 {
                    let i = y * img.width + x
                    let r = img.pixels[3 * i], g = img.pixels[3 * i + 1], bl = img.pixels[3 * i + 2]
                    // Only reddish pixels are replaced: black text under the seal keeps its luma.
                    if Int(r) - Int(max(g, bl)) > 40 { out.pixels[i] = max(r, out.pixels[i]) }
                }
            }
        }
        return out
    }

    /// Evens out grey or yellowed paper, shadows and uneven light: each pixel over its neighbourhood's paper
    /// brightness (a high percentile per tile, interpolated), then stretched so the paper is white.
    public static func evenPaper(_ img: PixelImage, tile: Int = 48) -> PixelImage {
        guard img.channels == 1, img.width >= tile, img.height >= tile else { return img }
        let w = img.width, h = img.height
        let tw = (w + tile - 1) / tile, th = (h + tile - 1) / tile
        var bg = [Double](repeating: 255, count: tw * th)
        img.pixels.withUnsafeBufferPointer { p in
            var hist = [Int](repeating: 0, count: 256)
            for ty in 0..<th {
                for tx in 0..<tw {
                    for k in 0..<256 { hist[k] = 0 }
                    var n = 0
                    for y in stride(from: ty * tile, to: min(h, ty * tile + tile), by: 2) {
                        for x in stride(from: tx * tile, to: min(w, tx * tile + tile), by: 2) {
                            hist[Int(p[y * w + x])] += 1; n += 1
                        }
                    }
                    // The 90th percentile: paper, even in a tile that is mostly text.
                    var acc = 0, v = 255
                    let target = Int(Double(n) * 0.9)
                    for k in 0..<256 { acc += hist[k]; if acc >= target { v = k; break } }
                    bg[ty * tw + tx] = Double(max(v, 40))
                }
            }
        }
        var out = [UInt8](repeating: 255, count: w * h)
        img.pixels.withUnsafeBufferPointer { p in
            for y in 0..<h {
                let fy = max(0, min(Double(th - 1), (Double(y) + 0.5) / Double(tile) - 0.5))
                let y0 = Int(fy), y1 = min(th - 1, y0 + 1), ay = fy - Double(y0)
                for x in 0..<w {
                    let fx = max(0, min(Double(tw - 1), (Double(x) + 0.5) / Double(tile) - 0.5))
                    let x0 = Int(fx), x1 = min(tw - 1, x0 + 1), ax = fx - Double(x0)
                    let b = (bg[y0 * tw + x0] * (1 - ax) + bg[y0 * tw + x1] * ax) * (1 - ay)
                        + (bg[y1 * tw + x0] * (1 - ax) + bg[y1 * tw + x1] * ax) * ay
                    let v = Double(p[y * w + x]) * 255 / b
                    out[y * w + x] = UInt8(max(0, min(255, v)))
                }
            }
        }
        return PixelImage(width: w, height: h, channels: 1, pixels: out, scale: img.scale)
    }

    // MARK: skew and orientation

    /// Dark pixels of a grey image, sampled every `step` pixels: (x, y) in sample units. Ink in long straight runs
    /// (frame borders, table rules, underlines) is left out: it is not text, and a portrait frame's long sides
    /// would otherwise outvote the text lines when the page's turn is judged.
    static func darkPoints(_ img: PixelImage, step: Int, threshold: UInt8 = 128) -> [(Double, Double)] {
        let w = (img.width + step - 1) / step, h = (img.height + step - 1) / step
        guard w > 0, h > 0 else { return [] }
        var dark = [Bool](repeating: false, count: w * h)
        for y in 0..<h {
            for x in 0..<w where img.pixels[(y * step) * img.width + x * step] < threshold { dark[y * w + x] = true }
        }
        // About 12 mm: longer than any character, shorter than a rule.
        let maxRun = max(8, Int(img.scale * 72 / 25.4 * 12) / step)
        var keep = dark
        // Each row (cells `start + k * stride`, k < count), then each column, cleared of runs longer than maxRun.
        func clearLongRuns(start: Int, stride: Int, count: Int) {
            var k = 0
            while k < count {
                guard dark[start + k * stride] else { k += 1; continue }
                var e = k
                while e < count && dark[start + e * stride] { e += 1 }
                if e - k > maxRun { for j in k..<e { keep[start + j * stride] = false } }
                k = e
            }
        }
        for y in 0..<h { clearLongRuns(start: y * w, stride: 1, count: w) }
        for x in 0..<w { clearLongRuns(start: x, stride: w, count: h) }
        var pts: [(Double, Double)] = []
        for y in 0..<h { for x in 0..<w where keep[y * w + x] { pts.append((Double(x), Double(y))) } }
        return pts
    }

    /// How line-like the ink is when projected onto rows at `angle` degrees: the sum of squared row counts.
    static func projectionScore(_ pts: [(Double, Double)], angle: Double, rows: Int) -> Double {
        let a = angle * .pi / 180
        let s = sin(a), c = cos(a)
        var bins = [Double](repeating: 0, count: rows * 2 + 2)
        let off = Double(rows) * 0.5
        for (x, y) in pts {
            let r = Int(y * c - x * s + off)
            if r >= 0 && r < bins.count { bins[r] += 1 }
        }
        return bins.reduce(0) { $0 + $1 * $1 }
    }

    /// The skew of text lines in degrees (positive: lines fall to the right), searched within ±`range`.
    public static func skewAngle(_ grey: PixelImage, range: Double = 6) -> Double {
        let step = max(1, Int((grey.scale * 72 / 60).rounded()))  // about 60 dpi
        let pts = darkPoints(grey, step: step)
        guard pts.count >= 200 else { return 0 }
        let rows = grey.height / step + grey.width / step
        func best(_ from: Double, _ to: Double, _ by: Double) -> Double {
            var bestAngle = 0.0, bestScore = -1.0
            for a in stride(from: from, through: to, by: by) {
                let sc = projectionScore(pts, angle: a, rows: rows)
                if sc > bestScore { bestScore = sc; bestAngle = a }
            }
            return bestAngle
        }
        let coarse = best(-range, range, 0.5)
        return best(coarse - 0.5, coarse + 0.5, 0.1)
    }

    /// Whether text runs across (true) or down the page (the page lies on its side): rows against columns.
    public static func linesRunAcross(_ grey: PixelImage) -> Bool {
        let step = max(1, Int((grey.scale * 72 / 60).rounded()))
        let pts = darkPoints(grey, step: step)
        guard pts.count >= 200 else { return true }
        let rows = grey.height / step + grey.width / step
        // Best over small angles: a skewed scan or a photo taken at an angle blurs the profile at 0°.
        let angles = stride(from: -6.0, through: 6.0, by: 1.5)
        let across = angles.map { projectionScore(pts, angle: $0, rows: rows) }.max() ?? 0
        let swapped = pts.map { ($0.1, $0.0) }
        let down = angles.map { projectionScore(swapped, angle: $0, rows: rows) }.max() ?? 0
        return across >= down * 0.9
    }

    /// Rotates by `degrees` (counter-clockwise undoes a positive skew) about the centre, bilinear, white outside.
    public static func rotate(_ img: PixelImage, degrees: Double) -> PixelImage {
        guard abs(degrees) >= 0.05 else { return img }
        let a = degrees * .pi / 180
        let s = sin(a), c = cos(a)
        let w = img.width, h = img.height, ch = img.channels
        let cx = Double(w) / 2, cy = Double(h) / 2
        var out = [UInt8](repeating: 255, count: w * h * ch)
        img.pixels.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                for y in 0..<h {
                    let dy = Double(y) - cy
                    for x in 0..<w {
                        let dx = Double(x) - cx
                        let sx = c * dx - s * dy + cx, sy = s * dx + c * dy + cy
                        sampleBilinear(p, width: w, height: h, channels: ch, x: sx, y: sy, into: o, at: (y * w + x) * ch)
                    }
                }
            }
        }
        return PixelImage(width: w, height: h, channels: ch, pixels: out, scale: img.scale)
    }

    /// Resamples by `factor` (box filter when shrinking, bilinear when growing).
    public static func resize(_ img: PixelImage, factor: Double) -> PixelImage {
        guard abs(factor - 1) > 0.02, factor > 0 else { return img }
        let nw = max(1, Int(Double(img.width) * factor)), nh = max(1, Int(Double(img.height) * factor))
        let ch = img.channels, w = img.width, h = img.height
        var out = [UInt8](repeating: 255, count: nw * nh * ch)
        img.pixels.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                if factor < 1 {
                    for y in 0..<nh {
                        let sy0 = Int(Double(y) / factor), sy1 = max(sy0 + 1, min(h, Int(Double(y + 1) / factor)))
                        for x in 0..<nw {
                            let sx0 = Int(Double(x) / factor), sx1 = max(sx0 + 1, min(w, Int(Double(x + 1) / factor)))
                            for k in 0..<ch {
                                var sum = 0, n = 0
                                for yy in sy0..<min(sy1, h) { for xx in sx0..<min(sx1, w) { sum += Int(p[(yy * w + xx) * ch + k]); n += 1 } }
                                o[(y * nw + x) * ch + k] = UInt8(sum / max(n, 1))
                            }
                        }
                    }
                } else {
                    for y in 0..<nh {
                        let sy = min(Double(h - 1), Double(y) / factor)
                        let y0 = Int(sy), y1 = min(h - 1, y0 + 1), fy = sy - Double(y0)
                        for x in 0..<nw {
                            let sx = min(Double(w - 1), Double(x) / factor)
                            let x0 = Int(sx), x1 = min(w - 1, x0 + 1), fx = sx - Double(x0)
                            for k in 0..<ch {
                                let v = (Double(p[(y0 * w + x0) * ch + k]) * (1 - fx) + Double(p[(y0 * w + x1) * ch + k]) * fx) * (1 - fy)
                                    + (Double(p[(y1 * w + x0) * ch + k]) * (1 - fx) + Double(p[(y1 * w + x1) * ch + k]) * fx) * fy
                                o[(y * nw + x) * ch + k] = UInt8(max(0, min(255, v.rounded())))
                            }
                        }
                    }
                }
            }
        }
        return PixelImage(width: nw, height: nh, channels: ch, pixels: out, scale: img.scale * Double(nw) / Double(w))
    }
}
