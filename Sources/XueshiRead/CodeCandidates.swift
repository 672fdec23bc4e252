import XueshiCore

/// Where on a born-digital page a QR code or barcode can be, from the page's content: ink that its text layer does
/// not explain (not a glyph, not red seal ink) gathered into dense square or bar-shaped patches. Running zbar on
/// those patches alone, drawn at the resolution a code needs, replaces reading the whole page at 72 and 150 dpi
/// (zbar over a whole page was the largest cost of reading a certificate; issue 14's profile).
///
/// A page whose loose ink forms a large dense area (a drawn background, a pasted photo, a page of outlined text)
/// cannot be read this way: `Plan.wholePage` says to read the whole page as before.
enum CodeCandidates {
    struct Plan: Equatable {
        var regions: [Box] = []
        var wholePage = false
    }

    /// Cells of `cell` pixels (at 72 dpi, about a millimetre) hold ink when `minInk` of their pixels are dark.
    static let cell = 3
    static let minInk = 1
    /// Darker than this (0–255 grey) is ink; anti-aliased bars of a thin barcode stay under it at 72 dpi.
    static let dark = 170
    /// Code sizes in points: a QR code or barcode is at least 8 mm long and 3 mm high, at most 110 mm.
    static let minLong = 22.0, minShort = 8.0, maxLong = 312.0
    /// Share of a patch's cells holding ink: codes nearly fill their box; frames, rules and lines of a table do not.
    static let minFill = 0.45
    /// A patch this large and this dense is a background or a photo, not a code: the page is read whole. Large
    /// both ways: a rule across the page under a journal's header is as long and fills its cells, and read 19 of
    /// the corpus's 142 text-layer PDFs whole at 150 dpi for nothing (2026-12-04).
    static let wholePageLong = 312.0, wholePageShort = 36.0, wholePageFill = 0.25
    static let maxRegions = 6
    /// Share of a patch's neighbouring pixel pairs (across) that differ by `edge` grey levels: a code's modules or
    /// bars change every pixel or three; a drawn portrait, an emblem or a flat logo changes only at its outline.
    static let minEdges = 0.08, edge = 48
    static let pad = 6.0

    static func plan(_ image: PixelImage, text: [Box]) -> Plan {
        guard image.channels == 3, image.width > cell, image.height > cell else { return Plan(wholePage: true) }
        let w = image.width, h = image.height
        let gw = (w + cell - 1) / cell, gh = (h + cell - 1) / cell
        var covered = [Bool](repeating: false, count: w * h)
        // Glyphs, padded by a pixel and a half for anti-aliasing, are explained ink. A seal's box is not: an
        // electronic signature's seal may hold a QR code inside its ring (its red ink is left out below).
        let extra = 1.5
        for b in text {
            let x0 = max(0, Int(((b.x0 - image.originX) * image.scale - extra).rounded(.down)))
            let y0 = max(0, Int(((b.y0 - image.originY) * image.scale - extra).rounded(.down)))
            let x1 = min(w, Int(((b.x1 - image.originX) * image.scale + extra).rounded(.up)))
            let y1 = min(h, Int(((b.y1 - image.originY) * image.scale + extra).rounded(.up)))
            guard x1 > x0, y1 > y0 else { continue }
            covered.withUnsafeMutableBufferPointer { c in
                for y in y0..<y1 { (c.baseAddress! + y * w + x0).update(repeating: true, count: x1 - x0) }
            }
        }
        var ink = [Int32](repeating: 0, count: gw * gh)
        // Raw pointers: an array written inside the loop is checked for uniqueness at every pixel.
        image.pixels.withUnsafeBufferPointer { p in
            covered.withUnsafeBufferPointer { c in
                ink.withUnsafeMutableBufferPointer { k in
                    guard let px = p.baseAddress, let cov = c.baseAddress, let cells = k.baseAddress else { return }
                    for y in 0..<h {
                        let row = y * w, cellRow = (y / cell) * gw
                        for x in 0..<w where !cov[row + x] {
                            let q = px + 3 * (row + x)
                            let r = q[0], g = q[1], b = q[2]
                            guard luma(r, g, b) < dark, !SealFinder.isRedInk(r, g, b) else { continue }
                            cells[cellRow + x / cell] += 1
                        }
                    }
                }
            }
        }
        var seen = [Bool](repeating: false, count: gw * gh)
        var plan = Plan()
        var patches: [(box: Box, cells: Int)] = []
        var stack: [Int] = []
        for start in 0..<(gw * gh) where ink[start] >= minInk && !seen[start] {
            seen[start] = true
            stack.append(start)
            var cx0 = gw, cy0 = gh, cx1 = 0, cy1 = 0, count = 0
            while let i = stack.popLast() {
                let x = i % gw, y = i / gw
                count += 1
                cx0 = min(cx0, x); cy0 = min(cy0, y); cx1 = max(cx1, x); cy1 = max(cy1, y)
                // Two cells across: a barcode's widest space (four modules, about 1.3 mm) does not split its bars
                // into narrow pieces that look like no code.
                for dy in -1...1 {
                    for dx in -2...2 where dx != 0 || dy != 0 {
                        let nx = x + dx, ny = y + dy
                        guard nx >= 0, ny >= 0, nx < gw, ny < gh else { continue }
                        let j = ny * gw + nx
                        if ink[j] >= minInk && !seen[j] { seen[j] = true; stack.append(j) }
                    }
                }
            }
            let box = image.pageBox(x0: Double(cx0 * cell), y0: Double(cy0 * cell),
                                    x1: Double(min(w, (cx1 + 1) * cell)), y1: Double(min(h, (cy1 + 1) * cell)))
            let fill = Double(count) / Double((cx1 - cx0 + 1) * (cy1 - cy0 + 1))
            let long = max(box.width, box.height), short = min(box.width, box.height)
            if long > wholePageLong && short >= wholePageShort && fill >= wholePageFill { return Plan(wholePage: true) }
            guard long >= minLong, long <= maxLong, short >= minShort, fill >= minFill else { continue }
            let square = long / short <= 1.4
            let bar = box.width >= box.height && long / short <= 10
            guard square || bar else { continue }
            guard edgeShare(image, x0: cx0 * cell, y0: cy0 * cell, x1: min(w, (cx1 + 1) * cell), y1: min(h, (cy1 + 1) * cell)) >= minEdges
            else { continue }
            patches.append((box, count))
        }
        // The largest patches first: a code is rarely the smallest mark on a page.
        for p in patches.sorted(by: { $0.cells > $1.cells }).prefix(maxRegions) {
            plan.regions.append(Box(x0: p.box.x0 - pad, y0: p.box.y0 - pad, x1: p.box.x1 + pad, y1: p.box.y1 + pad))
        }
        return plan
    }

    /// Share of horizontally neighbouring pixel pairs in the rectangle whose grey differs by at least `edge`.
    static func edgeShare(_ image: PixelImage, x0: Int, y0: Int, x1: Int, y1: Int) -> Double {
        guard x1 - x0 > 1, y1 > y0 else { return 0 }
        var edges = 0
        image.pixels.withUnsafeBufferPointer { p in
            for y in y0..<y1 {
                var i = 3 * (y * image.width + x0)
                var last = luma(p[i], p[i + 1], p[i + 2])
                for _ in (x0 + 1)..<x1 {
                    i += 3
                    let l = luma(p[i], p[i + 1], p[i + 2])
                    if abs(l - last) >= edge { edges += 1 }
                    last = l
                }
            }
        }
        return Double(edges) / Double((x1 - x0 - 1) * (y1 - y0))
    }

    /// Luma in integers, 0.299 R + 0.587 G + 0.114 B in 8-bit fixed point: once for every pixel of the drawing.
    @inline(__always) static func luma(_ r: UInt8, _ g: UInt8, _ b: UInt8) -> Int {
        (77 * Int(r) + 150 * Int(g) + 29 * Int(b)) >> 8
    }
}
