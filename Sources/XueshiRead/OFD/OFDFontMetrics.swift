@preconcurrency import CPoppler
import Foundation

/// Advance widths from a document's embedded fonts (FreeType, no cairo), for characters whose TextCode gives no
/// delta after them: one TextCode or one TextObject per character leaves every width to the font, and a guessed
/// half em for Latin letters turns "OpenStudy Commons" into "O penStudy Com m ons". Fonts not embedded are
/// measured with a system face of their kind: Liberation (metric-compatible with Times, Arial/Helvetica and
/// Courier, so a word space stepped over reads as one), else DejaVu; CJK characters keep their full em.
///
/// One instance per read call, with its own FreeType library, so reads on several threads never share a face.
final class OFDFontMetrics {
    private var library: FT_Library?
    private var faces: [String: FT_Face?] = [:]
    private var storage: [UnsafeMutableRawBufferPointer] = []
    private let package: OFDPackage

    static let liberation = "/usr/share/fonts/truetype/liberation/"
    static let dejavu = "/usr/share/fonts/truetype/dejavu/"

    /// The stand-in font file for a font not embedded, by its kind and style.
    static func standIn(name: String, serif: Bool, bold: Bool, italic: Bool) -> [String] {
        let n = name.lowercased()
        let family = n.contains("courier") || n.contains("mono") ? "Mono" : (serif ? "Serif" : "Sans")
        let style = bold && italic ? "BoldItalic" : bold ? "Bold" : italic ? "Italic" : "Regular"
        let dejavuStyle = bold && italic ? "-BoldOblique" : bold ? "-Bold" : italic ? "-Oblique" : ""
        return [liberation + "Liberation\(family)-\(style).ttf", dejavu + "DejaVu\(family == "Serif" ? "Serif" : family == "Mono" ? "SansMono" : "Sans")\(dejavuStyle).ttf",
                dejavu + "DejaVuSans.ttf"]
    }

    init(package: OFDPackage) {
        self.package = package
        var lib: FT_Library?
        if FT_Init_FreeType(&lib) == 0 { library = lib }
    }

    deinit {
        for case let face? in faces.values { FT_Done_Face(face) }
        if let library { FT_Done_FreeType(library) }
        for b in storage { b.deallocate() }
    }

    /// The advance of `glyph` in em (its font's units over units per em), nil when no font measures it.
    func advance(_ glyph: OFDGlyph, font id: String?) -> Double? {
        let font = id.flatMap { package.fonts[$0] }
        if let face = embedded(font), let a = advance(face, glyph) { return a }
        // Only Latin text is worth a stand-in font: CJK faces are a full em whatever the font.
        guard glyph.scalar.isASCII, let face = system(font) else { return nil }
        return advance(face, OFDGlyph(scalar: glyph.scalar, x: 0, y: 0))
    }

    private func advance(_ face: FT_Face, _ glyph: OFDGlyph) -> Double? {
        let units = Double(face.pointee.units_per_EM)
        guard units > 0 else { return nil }
        var index = glyph.glyphIndex.map { FT_UInt($0) } ?? FT_Get_Char_Index(face, FT_ULong(glyph.scalar.value))
        if index == 0, glyph.glyphIndex == nil, glyph.scalar.value < 0x100 {
            index = FT_Get_Char_Index(face, FT_ULong(0xF000 | glyph.scalar.value))  // a symbol-mapped subset
        }
        guard index > 0, index < FT_UInt(max(0, face.pointee.num_glyphs)) else { return nil }
        var advance: FT_Fixed = 0
        // FT_LOAD_NO_SCALE (1): font units, untouched by hinting.
        guard FT_Get_Advance(face, index, 1, &advance) == 0, advance > 0 else { return nil }
        let em = Double(advance) / units
        return em.isFinite && em < 4 ? em : nil
    }

    private func embedded(_ font: OFDFont?) -> FT_Face? {
        guard let library, let font, let file = font.file else { return nil }
        if let known = faces[file] { return known }
        var face: FT_Face?
        if let data = try? package.container.part(file), !data.isEmpty, data.count < Int(Int32.max) {
            let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 16)
            data.copyBytes(to: bytes)
            if FT_New_Memory_Face(library, bytes.baseAddress!.assumingMemoryBound(to: FT_Byte.self),
                                  FT_Long(data.count), 0, &face) == 0 {
                storage.append(bytes)
            } else {
                face = nil
                bytes.deallocate()
            }
        }
        faces[file] = face
        return face
    }

    private func system(_ font: OFDFont?) -> FT_Face? {
        guard let library else { return nil }
        let name = [font?.name, font?.family].compactMap { $0 }.joined(separator: " ")
        let lower = name.lowercased()
        let serif = (font?.serif ?? false) || OFDSystemFonts.looksSerif(name)
        let bold = (font?.bold ?? false) || lower.contains("bold")
        let italic = (font?.italic ?? false) || lower.contains("italic") || lower.contains("oblique")
        for path in Self.standIn(name: name, serif: serif, bold: bold, italic: italic) {
            if let known = faces[path] {
                if let known { return known }
                continue
            }
            var face: FT_Face?
            if !FileManager.default.fileExists(atPath: path) || FT_New_Face(library, path, 0, &face) != 0 { face = nil }
            faces[path] = face
            if let face { return face }
        }
        return nil
    }
}
