import Foundation

/// What one render of an OFD page did not draw (or drew only approximately), for the report's "what is not drawn":
/// a seal or a line of text missing from the picture explains a field that was not found.
///
/// The drawn counts are the page's own objects (a seal counts once in `stamps`); the gaps include what a nested
/// seal page left out, so `fallbackGlyphs` can exceed `glyphs`.
struct OFDDrawReport: Codable, Sendable, Hashable {
    // What was drawn.
    var paths = 0
    var images = 0
    var texts = 0
    var glyphs = 0
    var stamps = 0
    /// Glyphs drawn with a system CJK font because the embedded font was missing, did not load or lacked the glyph.
    var fallbackGlyphs = 0

    // What was not.
    /// Object kinds the parser met but does not model (`OFDPage.skipped`), by kind.
    var skippedObjects: [String: Int] = [:]
    /// Images (container path, or resource id when it names no file) that did not decode, or were too large.
    var undecodedImages: [String] = []
    /// Fonts (name, with the file) whose embedded file did not load; their text was drawn with a system font.
    var fontsNotLoaded: [String] = []
    /// Characters no font had a glyph for (whitespace not counted).
    var missingGlyphs = 0
    /// Seal pictures not drawn, by type (an "ofd" seal needs a nested document the caller could not open).
    var stampsSkipped: [String: Int] = [:]
    /// Path commands, glyphs or objects skipped for NaN, infinite, huge or degenerate coordinates or transforms.
    var invalidGeometry = 0
    /// Path commands and glyphs past the per-page caps (a hostile page must not take minutes).
    var commandsCut = 0
    var glyphsCut = 0
    /// Objects left undrawn because the render ran out of time (`OFDDrawLimits.maxSeconds`).
    var objectsCut = 0
    var timedOut = false

    /// True when everything on the page was drawn as written.
    var complete: Bool {
        skippedObjects.isEmpty && undecodedImages.isEmpty && fontsNotLoaded.isEmpty && missingGlyphs == 0
            && stampsSkipped.isEmpty && invalidGeometry == 0 && commandsCut == 0 && glyphsCut == 0 && objectsCut == 0
    }

    /// One line per gap, Chinese then English.
    var notes: [String] {
        var out: [String] = []
        for (kind, n) in skippedObjects.sorted(by: { $0.key < $1.key }) {
            out.append("未绘制 \(n) 个 \(kind) 对象 / \(n) \(kind) object(s) not drawn")
        }
        if !undecodedImages.isEmpty {
            let list = undecodedImages.joined(separator: ", ")
            out.append("\(undecodedImages.count) 张图像无法解码：\(list) / \(undecodedImages.count) image(s) not decoded: \(list)")
        }
        if !fontsNotLoaded.isEmpty {
            let list = fontsNotLoaded.joined(separator: ", ")
            out.append("嵌入字体无法加载，改用系统字体：\(list) / embedded font(s) not loaded, drawn with a system font: \(list)")
        }
        if fallbackGlyphs > 0 {
            out.append("\(fallbackGlyphs) 个字符用系统字体绘制 / \(fallbackGlyphs) glyph(s) drawn with a system font")
        }
        if missingGlyphs > 0 {
            out.append("\(missingGlyphs) 个字符没有可用字形 / \(missingGlyphs) character(s) with no glyph in any font")
        }
        for (type, n) in stampsSkipped.sorted(by: { $0.key < $1.key }) {
            out.append("\(n) 个印章图片（\(type)）未绘制 / \(n) seal picture(s) (\(type)) not drawn")
        }
        if invalidGeometry > 0 {
            out.append("跳过 \(invalidGeometry) 处无效坐标或变换 / \(invalidGeometry) invalid coordinate(s) or transform(s) skipped")
        }
        if commandsCut > 0 {
            out.append("路径过多，截去 \(commandsCut) 条绘制命令 / too many paths: \(commandsCut) command(s) cut")
        }
        if glyphsCut > 0 {
            out.append("文字过多，截去 \(glyphsCut) 个字符 / too much text: \(glyphsCut) glyph(s) cut")
        }
        if objectsCut > 0 {
            out.append("绘制超时，\(objectsCut) 个对象未绘制 / out of time: \(objectsCut) object(s) not drawn")
        }
        return out
    }

    /// Adds what a nested drawing (a seal's own OFD page) left out.
    mutating func absorbGaps(of other: OFDDrawReport) {
        fallbackGlyphs += other.fallbackGlyphs
        for (k, n) in other.skippedObjects { skippedObjects[k, default: 0] += n }
        undecodedImages += other.undecodedImages
        fontsNotLoaded += other.fontsNotLoaded
        missingGlyphs += other.missingGlyphs
        invalidGeometry += other.invalidGeometry
        commandsCut += other.commandsCut
        glyphsCut += other.glyphsCut
        objectsCut += other.objectsCut
        timedOut = timedOut || other.timedOut
    }
}
