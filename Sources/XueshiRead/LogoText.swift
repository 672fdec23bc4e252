import Foundation
import XueshiCore
import XueshiOCR

/// Words a born-digital page prints only as a picture: a platform's wordmark placed as an image in the header band
/// or a corner, while the text layer names no issuer. Such images are read by OCR and their lines join the page
/// as a block of their own (each line keeps its OCR score, so a field taken from it is weighed as OCR); the page's
/// `textSource` stays `text-layer`, since its words are still the text layer's but for a logo.
///
/// Cheap by construction: only the first pages' image mapping is looked at (no rendering), and OCR runs only when
/// an image is small, placed where logos go, and not under the text layer's own words. A page without one costs
/// nothing; a page with one costs a small render and one OCR call per logo (at most `maxLogos`). With
/// `ReadOptions.logos == .deferred` the regions are only counted (`Document.unreadLogos`): the pipeline reads them
/// when extraction finds no issuer in the text layer, so a certificate that names its issuer in words never waits
/// for an OCR engine to start.
enum LogoText {
    static let pages = 1
    static let maxLogos = 5
    /// Logos are read at this resolution at least, higher for small ones (tesseract wants letters 20 px tall).
    static let dpi = 200.0

    /// `drawn`: pages already drawn in colour at 72 dpi (PageImages), halved here rather than drawn again.
    static func run(_ source: some PageSource, on result: inout Document, options: ReadOptions, drawn: [Int: PixelImage] = [:]) {
        guard options.ocr != .off else { return }
        var engine: (any OCREngine)?
        for i in result.pages.indices.prefix(pages) where result.pages[i].textSource == .textLayer && result.pages[i].ocr == nil {
            // A seal (a picture of one, or its drawn ring and star) is no logo: its words are read elsewhere
            // (SealText, the seal zone).
            let seals = result.seals.filter { $0.page == i + 1 }.map(\.box)
            var regions = candidates(source.imageBoxes(i), on: result.pages[i])
                .filter { b in !seals.contains(where: { $0.overlapRatio(b) > 0.2 }) }
            if regions.count < maxLogos, let coarse = drawn[i].map({ $0.halvedGrey() }) ?? source.render(i, dpi: VectorInk.dpi, grey: true) {
                for b in drawnRegions(coarse, on: result.pages[i]) where regions.count < maxLogos
                    && !seals.contains(where: { $0.overlapRatio(b) > 0.2 }) {
                    if !regions.contains(where: { $0.overlapRatio(b) > 0.5 }) { regions.append(b) }
                }
            }
            OCRDebug.log("logos page \(i + 1): \(regions.map(\.array))")
            guard !regions.isEmpty else { continue }
            if options.logos == .deferred {
                result.unreadLogos += regions.count
                continue
            }
            if engine == nil {
                guard case .success(let e) = OCREngines.engine(options.ocr, options: options) else { return }
                engine = e
            }
            var lines: [OCRLine] = []
            for region in regions {
                guard let img = render(source, page: i, region: region) else { continue }
                let read = read(img, engine: engine!)
                OCRDebug.log("logo \(region.array): " + read.map { "\($0.text) \($0.score)" }.joined(separator: " | "))
                lines += read
            }
            add(lines, scale: dpi / 72, to: &result.pages[i])
        }
    }

    /// Images that look like logos: small (under a tenth of the page, a header banner up to three tenths), wider
    /// than tall or nearly square (a tall picture is a portrait), and not already covered by the text layer's
    /// lines (a background picture with the words typed over it). Anywhere on the page: a signature block may be
    /// one picture holding the signer's name, title and the company's wordmark.
    static func candidates(_ images: [Box], on page: Page) -> [Box] {
        guard page.width > 0, page.height > 0 else { return [] }
        let area = page.width * page.height
        let lines = page.lines.map(\.box)
        var out: [Box] = []
        for raw in images {
            let b = Box(x0: max(0, raw.x0), y0: max(0, raw.y0), x1: min(page.width, raw.x1), y1: min(page.height, raw.y1))
            guard b.width >= 30, b.height >= 10, b.width >= b.height * 0.8 else { continue }
            let banner = b.y1 <= page.height * 0.3 && b.width * b.height <= area * 0.3
            guard banner || b.width * b.height <= area * 0.15 else { continue }
            guard !lines.contains(where: { b.overlapRatio($0) > 0 }) else { continue }
            guard !out.contains(where: { $0.overlapRatio(b) > 0.8 }) else { continue }
            out.append(b)
            if out.count >= maxLogos { break }
        }
        return out
    }

    /// Wordmarks drawn as paths: ink outside the text layer's lines, in the top or bottom band of the page (where
    /// logos and a platform's name stand), grouped into word-shaped regions on a coarse render.
    static func drawnRegions(_ render: PixelImage, on page: Page) -> [Box] {
        let w = render.width, h = render.height, s = render.scale
        guard w > 0, h > 0, s > 0 else { return [] }
        let grey = render.grey.pixels
        var ink = [Bool](repeating: false, count: w * h)
        for i in 0..<(w * h) where grey[i] < 160 { ink[i] = true }
        for l in page.lines {
            // Boxes are the file's numbers scaled: clamped, never trapped on, whatever page size it claims.
            let x0 = max(0, Int(clamping: (l.box.x0 - 1) * s)), x1 = min(w, Int(clamping: ((l.box.x1 + 1) * s).rounded(.up)))
            let y0 = max(0, Int(clamping: (l.box.y0 - 1) * s)), y1 = min(h, Int(clamping: ((l.box.y1 + 1) * s).rounded(.up)))
            guard x0 < x1, y0 < y1 else { continue }
            for y in y0..<y1 { for x in x0..<x1 { ink[y * w + x] = false } }
        }
        // Letters of one word joined: ink spread 3 px sideways and 1 px up and down before grouping.
        var joined = [Bool](repeating: false, count: w * h)
        for y in 0..<h {
            for x in 0..<w where ink[y * w + x] {
                for yy in max(0, y - 1)...min(h - 1, y + 1) {
                    for xx in max(0, x - 3)...min(w - 1, x + 3) { joined[yy * w + xx] = true }
                }
            }
        }
        var seen = [Bool](repeating: false, count: w * h)
        var out: [(box: Box, wide: Double)] = []
        for start in 0..<(w * h) where joined[start] && !seen[start] {
            var stack = [start]
            seen[start] = true
            var minX = w, maxX = 0, minY = h, maxY = 0, inked = 0
            while let i = stack.popLast() {
                let x = i % w, y = i / w
                minX = min(minX, x); maxX = max(maxX, x); minY = min(minY, y); maxY = max(maxY, y)
                if ink[i] { inked += 1 }
                for n in [x > 0 ? i - 1 : -1, x < w - 1 ? i + 1 : -1, y > 0 ? i - w : -1, y < h - 1 ? i + w : -1]
                where n >= 0 && joined[n] && !seen[n] {
                    seen[n] = true
                    stack.append(n)
                }
            }
            let bw = maxX - minX + 1, bh = maxY - minY + 1
            let box = Box(x0: Double(minX) / s, y0: Double(minY) / s, x1: Double(maxX + 1) / s, y1: Double(maxY + 1) / s)
            // Word-shaped: a few points to a few lines tall, not a rule, frame, panel or page-wide band; partly
            // inked (a hairline or a filled block is not a word; an emblem, light words on a coloured shape, is most of it).
            guard box.height >= 8, box.height <= page.height * 0.3, box.width >= 30, box.width <= page.width * 0.5,
                  box.width >= box.height * 0.8 else { continue }
            let fill = Double(inked) / Double(bw * bh)
            guard fill >= 0.08, fill <= 0.9 else { continue }
            guard box.y1 <= page.height * 0.3 || box.y0 >= page.height * 0.7 else { continue }
            out.append((box, box.width / box.height))
        }
        // Words of one row become one region (a title of several words read as one line), then wide regions
        // first: a wordmark is wider than a signature's scrawl or an emblem.
        return mergedRows(out.map(\.box)).sorted { $0.width / $0.height > $1.width / $1.height }
    }

    /// Boxes sharing most of their height and less than their height apart, joined.
    static func mergedRows(_ boxes: [Box]) -> [Box] {
        var rows = boxes.sorted { $0.x0 < $1.x0 }
        var merged = true
        while merged {
            merged = false
            outer: for i in rows.indices {
                for j in rows.indices where j > i {
                    let a = rows[i], b = rows[j]
                    let shared = min(a.y1, b.y1) - max(a.y0, b.y0)
                    let gap = max(a.x0, b.x0) - min(a.x1, b.x1)
                    if shared >= 0.5 * min(a.height, b.height) && gap <= max(a.height, b.height) {
                        rows[i] = a.union(b); rows.remove(at: j); merged = true
                        break outer
                    }
                }
            }
        }
        return rows
    }

    /// The page inside `region`, padded (the engine's line finder wants a margin round the words), at `dpi`.
    static func render(_ source: some PageSource, page: Int, region: Box) -> PixelImage? {
        let pad = max(4, region.height * 0.25)
        return source.render(page, dpi: dpi, grey: false,
                                   region: Box(x0: region.x0 - pad, y0: region.y0 - pad, x1: region.x1 + pad, y1: region.y1 + pad))
    }

    /// The logo's lines in page pixels at `dpi`. Light words on a dark ground are turned dark on light first.
    /// Lines read weakly, or with fewer than four letters, are dropped: a picture that is not words reads as noise.
    static func read(_ img: PixelImage, engine: any OCREngine) -> [OCRLine] {
        var grey = img.grey
        let sorted = grey.pixels.sorted()
        if sorted.isEmpty { return [] }
        if sorted[sorted.count / 2] < 128 { grey.pixels = grey.pixels.map { 255 - $0 } }
        // A small logo is enlarged so its letters stand tall enough for the engine.
        var factor = 1.0
        if grey.height < 96 { factor = min(3, 96 / Double(max(grey.height, 1))) }
        let input = factor > 1 ? Preprocess.resize(grey, factor: factor) : grey
        OCRDebug.image(input)
        guard let read = try? engine.recognize(input, singleLine: false) else { return [] }
        let dx = img.originX * img.scale, dy = img.originY * img.scale
        return read.compactMap { l -> OCRLine? in
            guard l.score >= 0.9, l.text.filter(\.isLetter).count >= 4 else { return nil }
            func shift(_ b: Box) -> Box {
                Box(x0: b.x0 / factor + dx, y0: b.y0 / factor + dy, x1: b.x1 / factor + dx, y1: b.y1 / factor + dy)
            }
            var m = OCRLine(text: l.text, box: shift(l.box), score: l.score, charBoxes: l.charBoxes?.map(shift))
            m.quad = l.quad?.map { ($0.0 / factor + dx, $0.1 / factor + dy) }
            return m
        }
    }

    /// Lines whose words the text layer does not already hold join the page, in reading order by height.
    static func add(_ lines: [OCRLine], scale: Double, to page: inout Page) {
        guard !lines.isEmpty else { return }
        let known = squeezed(page.text)
        let fresh = lines.filter { l in
            let s = squeezed(l.text)
            return !s.isEmpty && !known.contains(s)
        }
        guard !fresh.isEmpty else { return }
        let blocks = OCRReader.layout(fresh, scale: scale, width: page.width, height: page.height)
        for block in blocks {
            let at = page.blocks.firstIndex { $0.isSeal || $0.box.y0 > block.box.y0 } ?? page.blocks.endIndex
            page.blocks.insert(block, at: at)
        }
    }

    /// Letters and digits only, lower case: how a wordmark is compared with the text layer.
    static func squeezed(_ s: String) -> String {
        String(s.lowercased().filter { $0.isLetter || $0.isNumber })
    }
}
