import Foundation
import XueshiCore
import XueshiOCR

/// Reads a page image with OCR into the same positioned-text model the PDF reader fills: quarter turn and skew
/// undone, red seal ink taken out of the body text and read on its own (unwrapped arc) for the issuer, paper
/// evened, lines cleaned (CJK spaces, digit confusions), then laid out by `PageLayout` like a text layer.
enum OCRReader {
    /// PDF pages are rendered at this resolution for OCR (200 dpi read better than 300 for tesseract here).
    static let dpi = 200.0

    struct Output {
        var page: Page
        var seals: [SealInfo]
        var codes: [CodeInfo]
    }

    /// `image` in colour (RGB) at any resolution; `scale` says its pixels per point (for photos an assumption).
    /// `deadline`: the file's OCR budget (`ReadOptions.ocrSecondsPerFile`); past it no further attempt, English
    /// re-read or seal reading starts (the first reading of a page always runs).
    static func read(_ image: PixelImage, number: Int, engine: any OCREngine, reason: String, deadline: Date? = nil) -> Output {
        let inBudget = { deadline.map { Date() < $0 } ?? true }
        let started = Date()
        let base = fitted(image)
        // Turned by a quarter when the ink runs down the page; the reading decides between the turn and none
        // (CJK text in a grid is ambiguous to projections), and a poor reading is tried the other way up.
        let across = runsAcross(base, engine: engine)
        var img = base, quarters = 0, skew = 0.0
        var best: Attempt? = nil
        var lastAttempt: Attempt? = nil
        var sidewaysReadWell = false
        do {
            func tryTurn(_ q: Int) throws {
                var turned = Preprocess.rotate(base, quarters: q)
                // Paper evened first, so a dark table or background around a photographed page does not count as text.
                let angle = Preprocess.skewAngle(Preprocess.evenPaper(turned.grey))
                if abs(angle) >= 0.3 { turned = Preprocess.rotate(turned, degrees: angle) }
                let t0 = Date()
                let a = try attempt(turned, engine: engine)
                lastAttempt = a
                OCRDebug.log(String(format: "page %d turn %d skew %.1f: %.2f s, mean %.2f, chars %d, sideways %.2f, %dx%d",
                                    number, q, angle, Date().timeIntervalSince(t0), a.quality / Double(max(a.characters, 1)),
                                    a.characters, a.sidewaysShare, turned.width, turned.height))
                if best == nil || a.quality > best!.quality * 1.15 { best = a; img = turned; quarters = q; skew = angle }
                // Read sideways and read well: PP-OCR turned each tall line a quarter anticlockwise to read it, so
                // the page stands that way up. (Moving the lines there instead of reading again lost the short
                // cells a page on its side holds: a lone digit is not tall, so the engine did not turn it.)
                sidewaysReadWell = a.sidewaysShare > 0.5 && sidewaysScore(a) >= 0.9
            }
            func poor() -> Bool {
                guard let b = best else { return true }
                return b.quality < 0.8 * Double(max(b.characters, 1)) || b.characters < 12
            }
            // At most three readings: the likely turn first; after a poor one, a quarter turn when its lines stood
            // upright on the page (the engine read sideways text), else the other way up.
            var tried: [Int] = []
            var next = across ? 0 : 1
            while tried.count < 3 && (tried.isEmpty || inBudget()) {
                try tryTurn(next)
                tried.append(next)
                guard poor(), let last = lastAttempt else { break }
                // Sideways: a quarter turn either way, the page's own orientation first when it is one of them.
                let quarter = sidewaysReadWell || (next + 3) % 4 == 0 || tried.contains((next + 1) % 4) ? (next + 3) % 4 : (next + 1) % 4
                next = last.sidewaysShare > 0.5 ? quarter : (next + 2) % 4
                if tried.contains(next) { next = (0..<4).first { !tried.contains($0) } ?? 0 }
            }
            // PP-OCR's Chinese model runs English words together ("PresentedtoMeganCarter"): an English page is
            // read again by tesseract when it is installed, and its reading kept when it is as good.
            // A bilingual page (a Chinese certificate with English labels under each field) stays with PP-OCR:
            // tesseract's reading of its Chinese is the worse one.
            if let b = best, engine.name == "ppocr", inBudget(), Self.isEnglish(b.lines),
               case .success(let tess) = OCREngines.engine(.tesseract),
               let lines = try? tess.recognize(b.grey, singleLine: false),
               lines.reduce(0, { $0 + $1.text.count }) >= b.lines.reduce(0, { $0 + $1.text.count }) * 8 / 10 {
                best?.lines = lines
            }
        } catch {
            let info = PageOCRInfo(engine: engine.name, meanScore: 0, quarterTurns: quarters, skew: skew, reason: reason,
                                   seconds: Date().timeIntervalSince(started), error: "\(error)")
            var page = Page(number: number, width: Double(img.width) / img.scale, height: Double(img.height) / img.scale,
                            blocks: [], textSource: .none, imageCoverage: 1)
            page.ocr = info
            return Output(page: page, seals: [], codes: [])
        }
        guard let best else {
            return Output(page: Page(number: number, width: 0, height: 0, blocks: [], textSource: .none), seals: [], codes: [])
        }
        OCRDebug.log("page \(number) kept turn \(quarters) skew \(skew)\n" + best.lines.map { l in
            "\(Int(l.box.x0)),\(Int(l.box.y0)),\(Int(l.box.x1)),\(Int(l.box.y1)) \(String(format: "%.2f", l.score)) \(l.text)"
        }.joined(separator: "\n"))
        let width = Double(img.width) / img.scale, height = Double(img.height) / img.scale
        var blocks = layout(best.lines, scale: img.scale, width: width, height: height)
        var seals: [SealInfo] = []
        for seal in best.seals {
            var s = seal
            if inBudget(), let read = readSeal(img, seal: seal, engine: engine) {
                s.text = read.text
                blocks.append(sealBlock(read.text, score: read.score, box: seal.box))
            }
            seals.append(s)
        }
        let scored = best.lines.filter { !$0.text.isEmpty }
        let weight = scored.reduce(0) { $0 + Double($1.text.count) }
        let mean = weight > 0 ? scored.reduce(0) { $0 + $1.score * Double($1.text.count) } / weight : 0
        var page = Page(number: number, width: width, height: height, blocks: blocks,
                        textSource: blocks.isEmpty ? .none : .ocr, imageCoverage: 1)
        page.ocr = PageOCRInfo(engine: engine.name, meanScore: (mean * 1000).rounded() / 1000, quarterTurns: quarters,
                               skew: (skew * 10).rounded() / 10, reason: reason,
                               seconds: (Date().timeIntervalSince(started) * 1000).rounded() / 1000)
        return Output(page: page, seals: seals, codes: CodeReader.decode(best.grey, page: number, density: 2))
    }

    /// Whether to read the page as it stands first. PP-OCR reads sideways text too (turning tall boxes), so its
    /// first reading shows a page on its side (`sidewaysShare`) at no extra cost; tesseract cannot, so for it the
    /// ink's projections decide. (A probe of PP-OCR's text boxes on a small copy cost 15–20% a page.)
    static func runsAcross(_ image: PixelImage, engine: any OCREngine) -> Bool {
        engine.name == "ppocr" ? true : Preprocess.linesRunAcross(Preprocess.evenPaper(image.grey))
    }

    /// An English page: mostly Latin letters and hardly any Chinese.
    static func isEnglish(_ lines: [OCRLine]) -> Bool { latinShare(lines) > 0.6 && cjkCount(lines) < 15 }

    /// CJK characters in a reading.
    static func cjkCount(_ lines: [OCRLine]) -> Int {
        lines.reduce(0) { $0 + $1.text.filter(OCRText.isCJK).count }
    }

    /// Share of Latin letters among a reading's letters.
    static func latinShare(_ lines: [OCRLine]) -> Double {
        var latin = 0, all = 0
        for l in lines {
            for c in l.text where c.isLetter { all += 1; if c.isASCII { latin += 1 } }
        }
        return all > 0 ? Double(latin) / Double(all) : 0
    }

    /// Photos and odd scans brought to about 200 dpi for an A4 page (long side 1600–2400 px).
    static func fitted(_ image: PixelImage) -> PixelImage {
        let long = Double(max(image.width, image.height))
        guard long > 0 else { return image }
        if long > 2600 { return Preprocess.resize(image, factor: 2339 / long) }
        if long < 1100 { return Preprocess.resize(image, factor: 1600 / long) }
        return image
    }

    struct Attempt {
        var lines: [OCRLine]
        var seals: [SealInfo]
        var grey: PixelImage
        /// Σ score × readable characters (CJK, digits): what a turn is judged by.
        var quality: Double
        var characters: Int
        /// Share of the characters read from upright boxes (sideways text).
        var sidewaysShare: Double = 0
    }

    static func attempt(_ img: PixelImage, engine: any OCREngine) throws -> Attempt {
        // Seals are found at 72 dpi, where SealFinder's sizes were measured.
        let small = Preprocess.resize(img, factor: 1 / img.scale)
        let seals = img.channels == 3 ? SealFinder.find(in: small, page: 0) : []
        let sealPixels = seals.map { s in
            Box(x0: s.box.x0 * img.scale, y0: s.box.y0 * img.scale, x1: s.box.x1 * img.scale, y1: s.box.y1 * img.scale)
        }
        let grey = Preprocess.evenPaper(Preprocess.grey(img, sealBoxes: sealPixels))
        OCRDebug.image(grey)
        return scored(try engine.recognize(grey, singleLine: false), seals: seals, grey: grey)
    }

    static func scored(_ lines: [OCRLine], seals: [SealInfo], grey: PixelImage) -> Attempt {
        var quality = 0.0, characters = 0, sideways = 0
        for l in lines {
            // Letters count too (an English certificate), at half a CJK character's worth.
            let n = l.text.filter { OCRText.isCJK($0) || $0.isNumber }.count + l.text.filter { $0.isASCII && $0.isLetter }.count / 2
            characters += n
            // A line of several characters standing upright is sideways text the engine turned to read: the page
            // is on its side, however well the words came out.
            if n >= 3 && isSideways(l) { sideways += n; continue }
            quality += l.score * Double(n)
        }
        return Attempt(lines: lines, seals: seals, grey: grey, quality: quality, characters: characters,
                       sidewaysShare: characters > 0 ? Double(sideways) / Double(characters) : 0)
    }

    /// A line standing upright on the page: the engine turned it to read it.
    static func isSideways(_ l: OCRLine) -> Bool { l.box.height > l.box.width * 1.5 }

    /// The mean score of the lines read sideways (tall boxes of three characters or more).
    static func sidewaysScore(_ a: Attempt) -> Double {
        let tall = a.lines.filter { $0.text.count >= 3 && isSideways($0) }
        let n = tall.reduce(0) { $0 + $1.text.count }
        return n > 0 ? tall.reduce(0, { $0 + $1.score * Double($1.text.count) }) / Double(n) : 0
    }

    /// The arc of a seal unrolled and read as one line; nil when nothing like a name came out.
    static func readSeal(_ img: PixelImage, seal: SealInfo, engine: any OCREngine) -> (text: String, score: Double)? {
        let pad = 0.03
        let b = seal.box
        let box = Box(x0: (b.x0 - b.width * pad) * img.scale, y0: (b.y0 - b.height * pad) * img.scale,
                      x1: (b.x1 + b.width * pad) * img.scale, y1: (b.y1 + b.height * pad) * img.scale)
        guard let strip = SealUnwrap.strip(img, box: box, isInk: { r, g, bl in
            Int(r) >= 100 && Int(r) - Int(g) >= 40 && Int(r) - Int(bl) >= 30
        }) else { return nil }
        guard let lines = try? engine.recognize(strip, singleLine: true) else { return nil }
        let text = lines.map { OCRText.clean($0.text).text }.joined().filter { !$0.isWhitespace }
        let score = lines.map(\.score).min() ?? 0
        guard text.filter(OCRText.isCJK).count >= 4, score >= 0.5 else { return nil }
        return (text, score)
    }

    /// OCR lines (pixels) → glyphs (points) → blocks through the same layout as a text layer. Each glyph keeps its
    /// line's score, which the finished lines carry as `Line.score`.
    static func layout(_ lines: [OCRLine], scale: Double, width: Double, height: Double) -> [Block] {
        var glyphs: [Glyph] = []
        var scoreOf: [Box: Double] = [:]
        for (n, line) in lines.enumerated() {
            let (text, source) = OCRText.clean(line.text)
            let chars = Array(text)
            guard !chars.isEmpty else { continue }
            let boxes = charBoxes(chars, source: source, line: line)
            var pendingSpace = true
            for (i, c) in chars.enumerated() {
                if c.isWhitespace { pendingSpace = true; continue }
                let b = boxes[i]
                let box = Box(x0: b.x0 / scale, y0: b.y0 / scale, x1: b.x1 / scale, y1: b.y1 / scale)
                for scalar in c.unicodeScalars {
                    glyphs.append(Glyph(scalar: scalar, box: box, sourceLine: n, spaceBefore: pendingSpace))
                    pendingSpace = false
                }
                scoreOf[box] = min(scoreOf[box] ?? 1, line.score)
            }
        }
        guard !glyphs.isEmpty else { return [] }
        return PageLayout(width: width, height: height).blocks(from: glyphs).map { block in
            var b = block
            for i in b.lines.indices {
                let s = b.lines[i].glyphs.compactMap { scoreOf[$0] }
                b.lines[i].score = s.isEmpty ? nil : s.reduce(0, +) / Double(s.count)
            }
            return b
        }
    }

    /// A box per character: the engine's own, or the line's box shared out by width (a CJK character is about
    /// twice as wide as a digit or a Latin letter).
    static func charBoxes(_ chars: [Character], source: [Int], line: OCRLine) -> [Box] {
        // The engine's own boxes hug each letter's ink; stretched to the line's height, so the layout's word gap
        // (a share of glyph height) is measured against the line, not against an "r" or a comma (tesseract's
        // boxes otherwise split a monospaced word: "ho u rs").
        if let own = line.charBoxes, source.allSatisfy({ $0 < own.count }) {
            return source.map { Box(x0: own[$0].x0, y0: min(own[$0].y0, line.box.y0), x1: own[$0].x1, y1: max(own[$0].y1, line.box.y1)) }
        }
        let weights = chars.map { OCRText.isCJK($0) ? 1.0 : ($0.isWhitespace ? 0.35 : 0.55) }
        let total = max(weights.reduce(0, +), 0.01)
        // Corners: from the quad when the engine gave one, else the upright box.
        let q = line.quad ?? [(line.box.x0, line.box.y0), (line.box.x1, line.box.y0), (line.box.x1, line.box.y1),
                              (line.box.x0, line.box.y1)]
        func lerp(_ a: (Double, Double), _ b: (Double, Double), _ t: Double) -> (Double, Double) {
            (a.0 + (b.0 - a.0) * t, a.1 + (b.1 - a.1) * t)
        }
        let midY = (q[0].1 + q[1].1 + q[2].1 + q[3].1) / 4
        let half = max(1, ((q[3].1 - q[0].1) + (q[2].1 - q[1].1)) / 4)
        var acc = 0.0
        return weights.map { w in
            let t0 = acc / total, t1 = (acc + w * 0.92) / total
            acc += w
            let pts = [lerp(q[0], q[1], t0), lerp(q[0], q[1], t1), lerp(q[3], q[2], t0), lerp(q[3], q[2], t1)]
            // Upright at the line's middle height: a slanted line (a photo taken at an angle) keeps to its own row
            // instead of reaching into the rows above and below.
            return Box(x0: pts.map(\.0).min()!, y0: midY - half, x1: pts.map(\.0).max()!, y1: midY + half)
        }
    }

    /// A seal read by OCR, as the seal zone's block (the same shape SealText gives a vector seal).
    static func sealBlock(_ text: String, score: Double, box: Box) -> Block {
        let chars = Array(text)
        let step = box.width / Double(max(chars.count, 1))
        let glyphs = chars.indices.map { i in
            Box(x0: box.x0 + step * Double(i), y0: box.y0, x1: box.x0 + step * Double(i + 1), y1: box.y0 + box.height * 0.3)
        }
        let line = Line(text: text, glyphs: glyphs, box: box, fontSize: max(box.height / 6, 4), score: score)
        return Block(lines: [line], box: box, isSeal: true)
    }
}

/// Developers only: with `XUESHI_OCR_DEBUG_DIR` set, the images given to the engine and a log of each reading
/// (turn, skew, time, score) are written there, to see what page preparation did. Read once per process.
enum OCRDebug {
    static let dir = ProcessInfo.processInfo.environment["XUESHI_OCR_DEBUG_DIR"]
    private static let lock = NSLock()

    static func log(_ text: @autoclosure () -> String) {
        guard let dir else { return }
        lock.lock(); defer { lock.unlock() }
        let path = "\(dir)/ocr.log"
        let data = Data((text() + "\n").utf8)
        if let h = FileHandle(forWritingAtPath: path) { h.seekToEndOfFile(); h.write(data); try? h.close() }
        else { FileManager.default.createFile(atPath: path, contents: data) }
    }

    static func image(_ image: @autoclosure () -> PixelImage) {
        guard let dir else { return }
        try? ImageFiles.writePNM(image(), to: "\(dir)/ocr-\(getpid())-\(UUID().uuidString.prefix(6)).pgm")
    }
}
