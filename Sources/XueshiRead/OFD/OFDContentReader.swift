import Foundation

/// Turns one page's (or template's) `Content` into model objects in drawing order, every transform resolved to
/// object space → page and every colour resolved through the object, its DrawParam and its layer's DrawParam.
struct OFDContentReader {
    /// Colours and line width a layer or DrawParam hands down; nil fields are not set at that level.
    struct Style {
        var fill: OFDColor?
        var stroke: OFDColor?
        var lineWidth: Double?
        /// Join, Cap, DashOffset, DashPattern, MiterLimit.
        var line: [String: String] = [:]

        /// `self` (closer to the object) over `outer`.
        func over(_ outer: Style) -> Style {
            Style(fill: fill ?? outer.fill, stroke: stroke ?? outer.stroke, lineWidth: lineWidth ?? outer.lineWidth,
                  line: line.merging(outer.line) { near, _ in near })
        }
    }

    static let maxBlockDepth = 32
    /// Per page, templates included: no real page comes near; a hostile one stops here instead of eating memory.
    static let maxObjects = 200_000
    static let maxCharacters = 500_000

    let resources: OFDResources
    private(set) var objects: [OFDObject] = []
    private(set) var skipped: [String: Int] = [:]
    /// Text of each text object by its ID, for custom tags' `ObjectRef`.
    private(set) var textByID: [String: String] = [:]
    /// Running counters over the whole page (templates and page share them).
    private var textObjects = 0
    private var lines = 0
    private var characters = 0

    /// Maps object placement to the page: identity for page content, an annotation Appearance's origin for its objects.
    private var base = OFDMatrix.identity

    init(resources: OFDResources) { self.resources = resources }

    /// An annotation's `Appearance` (a page block with a Boundary): its objects are placed from the boundary's
    /// origin, and its colours come from no layer.
    mutating func read(appearance: OFDElement) {
        let box = OFDNumbers.box(appearance["Boundary"]) ?? (0, 0, 0, 0)
        base = .translation(box.x, box.y)
        walk(appearance, style: Style(), depth: 0)
        base = .identity
    }

    /// Reads a `Content` element's layers: Background layers first, then Body, then Foreground (§7.7, layer
    /// `Type`), each group in document order.
    mutating func read(content: OFDElement?) {
        guard let content else { return }
        func rank(_ layer: OFDElement) -> Int {
            switch layer["Type"] { case "Background": 0; case "Foreground": 2; default: 1 }
        }
        let layers = content.children("Layer").enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }
        for (_, layer) in layers {
            walk(layer, style: style(drawParam: layer["DrawParam"]), depth: 0)
        }
    }

    private func style(drawParam id: String?) -> Style {
        guard let p = resources.drawParam(id) else { return Style() }
        return Style(fill: OFDColorReader.color(p.fill, resources: resources),
                     stroke: OFDColorReader.color(p.stroke, resources: resources), lineWidth: p.lineWidth, line: p.line)
    }

    private mutating func walk(_ element: OFDElement, style inherited: Style, depth: Int) {
        for child in element.children {
            guard objects.count < Self.maxObjects else { skipped["limit", default: 0] += 1; return }
            switch child.name {
            case "TextObject": text(child, inherited: inherited)
            case "PathObject": path(child, inherited: inherited)
            case "ImageObject": image(child)
            case "PageBlock":
                // CT_PageBlock has no CTM or DrawParam of its own (§7.7): it only groups.
                if depth < Self.maxBlockDepth { walk(child, style: inherited, depth: depth + 1) }
                else { skipped["PageBlock", default: 0] += 1 }
            case "CompositeObject": skipped["CompositeObject", default: 0] += 1
            default: continue
            }
        }
    }

    /// Object space → page: the CTM first, then the Boundary's origin (§8.2: the CTM works inside the boundary).
    static func transform(_ e: OFDElement) -> OFDMatrix {
        let box = OFDNumbers.box(e["Boundary"]) ?? (0, 0, 0, 0)
        let ctm = OFDNumbers.matrix(e["CTM"]) ?? .identity
        return ctm.then(.translation(box.x, box.y))
    }

    private func placed(_ e: OFDElement) -> OFDMatrix { Self.transform(e).then(base) }

    /// `Clips/Clip/Area` with a `Path` (a clip by text, rare, is left out: the object then draws unclipped).
    func clips(_ e: OFDElement) -> [OFDClip] {
        guard let clips = e.child("Clips") else { return [] }
        let box = OFDNumbers.box(e["Boundary"]) ?? (0, 0, 0, 0)
        let objectCTM = OFDNumbers.matrix(e["CTM"]) ?? .identity
        let useCTM = OFDNumbers.bool(clips["TransFlag"], default: false)
        let outer = (useCTM ? objectCTM : .identity).then(.translation(box.x, box.y)).then(base)
        var out: [OFDClip] = []
        for clip in clips.children("Clip").prefix(64) {
            var areas: [OFDClip.Area] = []
            for area in clip.children("Area").prefix(64) {
                guard let path = area.child("Path") else { continue }
                let commands = OFDPathData.parse(path.childText("AbbreviatedData") ?? "")
                guard !commands.isEmpty else { continue }
                let origin = OFDNumbers.box(path["Boundary"]) ?? (0, 0, 0, 0)
                let transform = (OFDNumbers.matrix(path["CTM"]) ?? .identity).then(.translation(origin.x, origin.y))
                    .then(OFDNumbers.matrix(area["CTM"]) ?? .identity).then(outer)
                areas.append(.init(transform: transform, commands: commands, evenOdd: path["Rule"] == "Even-Odd"))
            }
            if !areas.isEmpty { out.append(OFDClip(areas: areas)) }
        }
        return out
    }

    private func ownStyle(_ e: OFDElement, inherited: Style) -> Style {
        let own = Style(fill: OFDColorReader.color(e.child("FillColor"), resources: resources),
                        stroke: OFDColorReader.color(e.child("StrokeColor"), resources: resources),
                        lineWidth: OFDNumbers.number(e["LineWidth"]),
                        line: e.attributes.filter { OFDResources.lineKeys.contains($0.key) })
        return own.over(style(drawParam: e["DrawParam"])).over(inherited)
    }

    private mutating func path(_ e: OFDElement, inherited: Style) {
        let s = ownStyle(e, inherited: inherited)
        let commands = OFDPathData.parse(e.childText("AbbreviatedData") ?? "")
        guard !commands.isEmpty else { return }
        let fill = OFDNumbers.bool(e["Fill"], default: false)
        let stroke = OFDNumbers.bool(e["Stroke"], default: true)
        var path = OFDPathObject(
            transform: placed(e), commands: commands,
            fill: fill ? (s.fill ?? .black) : nil, stroke: stroke ? (s.stroke ?? .black) : nil,
            lineWidth: s.lineWidth.map { max($0, 0) } ?? 0.353, evenOdd: e["Rule"] == "Even-Odd", clips: clips(e))
        if let cap = s.line["Cap"] { path.cap = cap }
        if let join = s.line["Join"] { path.join = join }
        if let limit = OFDNumbers.number(s.line["MiterLimit"]), limit > 0 { path.miterLimit = limit }
        path.dashPattern = OFDNumbers.list(s.line["DashPattern"], max: 64).filter { $0 >= 0 }
        path.dashOffset = OFDNumbers.number(s.line["DashOffset"]) ?? 0
        objects.append(.path(path))
    }

    private mutating func image(_ e: OFDElement) {
        guard let id = e["ResourceID"] else { return }
        var alpha = 1.0
        if let a = OFDNumbers.number(e["Alpha"]) { alpha = min(max(a / 255, 0), 1) }
        objects.append(.image(OFDImageObject(transform: placed(e), resource: id,
                                             file: resources.media[id], alpha: alpha, clips: clips(e))))
    }

    private mutating func text(_ e: OFDElement, inherited: Style) {
        let s = ownStyle(e, inherited: inherited)
        let size = OFDNumbers.number(e["Size"]).map { max($0, 0) } ?? 3.528
        let hScale = OFDNumbers.number(e["HScale"]).flatMap { $0 > 0 ? $0 : nil } ?? 1
        var object = OFDTextObject(
            transform: placed(e), glyphs: [], font: e["Font"], size: size,
            fill: OFDNumbers.bool(e["Fill"], default: true) ? (s.fill ?? .black) : nil,
            stroke: OFDNumbers.bool(e["Stroke"], default: false) ? (s.stroke ?? .black) : nil,
            hScale: hScale, weight: Int(e["Weight"] ?? "") ?? 400,
            italic: OFDNumbers.bool(e["Italic"], default: false), run: textObjects,
            lineWidth: s.lineWidth.map { max($0, 0) } ?? 0.353, objectID: e["ID"])
        textObjects += 1
        if let d = Int(e["CharDirection"] ?? ""), [0, 90, 180, 270].contains(d) { object.charDirection = d }

        var endX = 0.0, endY = 0.0
        for code in e.children("TextCode") {
            let scalars = Array(code.text.unicodeScalars.prefix(max(0, Self.maxCharacters - characters)))
            characters += scalars.count
            let placed = Self.place(code, scalars: scalars, size: size, hScale: hScale,
                                    startX: endX, startY: endY, firstLine: lines)
            object.glyphs += placed.glyphs
            lines = placed.nextLine
            endX = placed.endX
            endY = placed.endY
        }
        applyGlyphIndices(e, to: &object)
        object.clips = clips(e)
        if let id = object.objectID { textByID[id] = String(String.UnicodeScalarView(object.glyphs.map(\.scalar))) }
        objects.append(.text(object))
    }

    /// Em advance for a character with no delta after it: full width for CJK and full-width forms, and for the
    /// dashes, ellipsis, circled numbers and shapes a CJK font draws a full em wide (—, …, ①, □); half for the
    /// rest (what a proportional font's digits and Latin letters come close to).
    static func defaultAdvance(_ s: Unicode.Scalar, size: Double, hScale: Double) -> Double {
        size * hScale * (isWide(s) ? 1 : 0.5)
    }

    static func isWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2014, 0x2015, 0x2026, 0x2460...0x24FF, 0x25A0...0x25FF, 0x2E3A, 0x2E3B,
             0x1100...0x115F, 0x2E80...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F,
             0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x20000...0x3FFFD: true
        default: false
        }
    }

    /// Places one TextCode's characters in object space.
    ///
    /// Deltas: the i-th DeltaX is the step from character i to i + 1. When the list is shorter than the text, the
    /// remaining steps repeat its last value: the invoices write a single "DeltaX=1.59" for a twelve-digit number
    /// and "g 14 3.175 1.59" for fourteen characters then digits, which only reads as evenly spaced text that way
    /// (ofdrw fills the same way); with no DeltaX at all the character's default advance is used (no producer in
    /// the samples relies on characters piling up at one point, which the standard's literal reading would give).
    /// A TextCode without X / Y continues where the previous one ended.
    static func place(_ code: OFDElement, scalars: [Unicode.Scalar], size: Double, hScale: Double,
                      startX: Double, startY: Double, firstLine: Int)
        -> (glyphs: [OFDGlyph], endX: Double, endY: Double, nextLine: Int) {
        var x = OFDNumbers.number(code["X"]) ?? startX
        var y = OFDNumbers.number(code["Y"]) ?? startY
        var line = firstLine
        guard !scalars.isEmpty else { return ([], x, y, line) }
        let n = scalars.count
        let dxs = OFDNumbers.deltas(code["DeltaX"], count: n - 1)
        let dys = OFDNumbers.deltas(code["DeltaY"], count: n - 1)
        let vertical = dxs.allSatisfy { $0 == 0 } && dys.contains { $0 != 0 }
        var glyphs: [OFDGlyph] = []
        glyphs.reserveCapacity(n)
        for i in 0..<n {
            let s = scalars[i]
            let em = defaultAdvance(s, size: size, hScale: hScale)
            var dx = 0.0, dy = 0.0
            if i < n - 1 {
                dx = i < dxs.count ? dxs[i] : (dxs.last ?? (vertical ? 0 : em))
                dy = i < dys.count ? dys[i] : (dys.last ?? 0)
            } else {
                if vertical { dy = size } else { dx = em }
            }
            // The step is this character's width when it moves forward on the same line by a plausible amount;
            // a jump (back, or down a line, or across a gap) leaves it its default width.
            let step = vertical ? dy : dx
            let sameLine = vertical ? abs(dx) < 0.5 * size : abs(dy) < 0.5 * size
            let advance = step > 0 && step <= 1.5 * max(size * hScale, 0.01) && sameLine ? step : (vertical ? size : em)
            // Measured: the step is a delta the producer wrote (its list, or its last value repeated), not a default.
            let written = i < n - 1 && (vertical ? !dys.isEmpty : !dxs.isEmpty)
            let measured = written && step > 0 && step <= 1.5 * max(size * hScale, 0.01) && sameLine
            glyphs.append(OFDGlyph(scalar: s, x: x, y: y, glyphIndex: nil, advance: advance, line: line, vertical: vertical,
                                   measured: measured))
            if i < n - 1 && (!sameLine || step < 0) { line += 1 }
            x += dx
            y += dy
        }
        return (glyphs, x, y, line + 1)
    }

    /// `CGTransform` (§11.4): CodeCount characters from CodePosition drawn as GlyphCount glyphs. Positions count
    /// over the object's TextCodes in order. Where counts match, each character gets its glyph; where they do not
    /// (ligatures, decompositions) the first characters get the first glyphs and the renderer falls back to the
    /// font's own mapping for the rest.
    private func applyGlyphIndices(_ e: OFDElement, to object: inout OFDTextObject) {
        for cg in e.children("CGTransform") {
            let glyphs = OFDNumbers.list(cg.childText("Glyphs"), max: 100_000).compactMap { v -> UInt32? in
                v >= 0 && v <= Double(UInt32.max) ? UInt32(v) : nil
            }
            // A count the file states is only believed as far as the glyphs it lists could go.
            let count = min(max(Int(cg["GlyphCount"] ?? "") ?? glyphs.count, 0), 100_000)
            guard object.glyphs.count > 0 else { object.glyphsWithoutText += max(count, glyphs.count); continue }
            guard let position = Int(cg["CodePosition"] ?? "0"), position >= 0 else { continue }
            let codeCount = Int(cg["CodeCount"] ?? "") ?? 1
            let n = min(codeCount, glyphs.count, object.glyphs.count - min(position, object.glyphs.count))
            guard n > 0 else { continue }
            for k in 0..<n { object.glyphs[position + k].glyphIndex = glyphs[k] }
        }
    }
}
