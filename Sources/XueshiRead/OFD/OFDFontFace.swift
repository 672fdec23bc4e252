@preconcurrency import CPoppler
import Foundation

/// One FreeType face turned into a cairo font face, with the glyph lookup the text painter needs.
///
/// Lifetimes: an embedded font's face reads its file from a copy of the bytes that must outlive the face, and cairo
/// keeps its own reference to the font face (and so to the FT_Face) in its caches after we let go of ours. So the
/// FT_Face and the bytes are freed by a destroy callback attached to the cairo font face as user data, when cairo
/// drops its last reference, never by us directly. Every use, and every release, happens under `PageRenderer.lock`
/// (FreeType faces and cairo's font caches are not safe for concurrent use); cairo only drops font faces from
/// inside font calls, which run under that lock too.
final class OFDFontFace {
    let face: FT_Face
    let cairoFace: OpaquePointer
    let glyphCount: UInt32
    let isBold: Bool
    let isItalic: Bool
    /// A font whose only charmap is Microsoft Symbol, which maps characters at U+F000 + code.
    private let symbolMap: Bool

    /// Freed when cairo destroys the font face: the FT_Face first, then the bytes it reads from.
    private final class Storage {
        let face: FT_Face
        let bytes: UnsafeMutableRawBufferPointer?
        init(face: FT_Face, bytes: UnsafeMutableRawBufferPointer?) { self.face = face; self.bytes = bytes }
        deinit {
            FT_Done_Face(face)
            bytes?.deallocate()
        }
    }

    /// The key's address is what identifies it to cairo; its contents are unused.
    nonisolated(unsafe) private static let storageKey = UnsafeMutablePointer<cairo_user_data_key_t>.allocate(capacity: 1)

    // FreeType load flags (macros with casts, not imported): no hinting (pages are drawn through arbitrary
    // transforms, where hinting distorts) and no embedded bitmaps (CJK fonts carry bitmap strikes for small sizes
    // that would be drawn blocky, or not at all when scaled).
    private static let loadFlags: Int32 = (1 << 1) | (1 << 3)

    private init?(face: FT_Face, bytes: UnsafeMutableRawBufferPointer?) {
        let storage = Storage(face: face, bytes: bytes)
        guard let cf = cairo_ft_font_face_create_for_ft_face(face, OFDFontFace.loadFlags) else { return nil }
        guard cairo_font_face_status(cf) == CAIRO_STATUS_SUCCESS else {
            cairo_font_face_destroy(cf)
            return nil
        }
        let retained = Unmanaged.passRetained(storage).toOpaque()
        let status = cairo_font_face_set_user_data(cf, OFDFontFace.storageKey, retained) { p in
            if let p { Unmanaged<AnyObject>.fromOpaque(p).release() }
        }
        guard status == CAIRO_STATUS_SUCCESS else {
            // Not attached: cairo will not free the storage, so it must not hold the face any more.
            cairo_font_face_destroy(cf)
            Unmanaged<Storage>.fromOpaque(retained).release()
            return nil
        }
        self.face = face
        cairoFace = cf
        glyphCount = UInt32(max(0, face.pointee.num_glyphs))
        let styles = face.pointee.style_flags
        isBold = styles & 2 != 0  // FT_STYLE_FLAG_BOLD
        isItalic = styles & 1 != 0  // FT_STYLE_FLAG_ITALIC
        // FreeType picks a Unicode charmap when the font has one; an OFD subset font sometimes only has a symbol one.
        if face.pointee.charmap == nil, face.pointee.num_charmaps > 0, let maps = face.pointee.charmaps, let first = maps[0] {
            FT_Set_Charmap(face, first)
        }
        symbolMap = face.pointee.charmap.map { $0.pointee.encoding == FT_ENCODING_MS_SYMBOL } ?? false
    }

    deinit { cairo_font_face_destroy(cairoFace) }

    /// A face over a font file's bytes (copied: the face reads them for as long as it lives). Nil when FreeType
    /// does not read it.
    static func load(_ data: Data, library: FT_Library, index: Int = 0) -> OFDFontFace? {
        guard !data.isEmpty, data.count < Int(Int32.max) else { return nil }
        let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 16)
        data.copyBytes(to: bytes)
        var face: FT_Face?
        let error = FT_New_Memory_Face(library, bytes.baseAddress!.assumingMemoryBound(to: FT_Byte.self),
                                       FT_Long(data.count), FT_Long(index), &face)
        guard error == 0, let face else {
            bytes.deallocate()
            return nil
        }
        // On failure the storage made in init frees the face and the bytes.
        return OFDFontFace(face: face, bytes: bytes)
    }

    /// A face over a font file on disk (FreeType maps it itself).
    static func open(path: String, library: FT_Library, index: Int) -> OFDFontFace? {
        var face: FT_Face?
        guard FT_New_Face(library, path, FT_Long(index), &face) == 0, let face else { return nil }
        return OFDFontFace(face: face, bytes: nil)
    }

    /// The glyph for a character, 0 when the font has none.
    func glyph(for scalar: Unicode.Scalar) -> UInt32 {
        var g = UInt32(FT_Get_Char_Index(face, FT_ULong(scalar.value)))
        if g == 0, symbolMap, scalar.value < 0x100 { g = UInt32(FT_Get_Char_Index(face, FT_ULong(0xF000 | scalar.value))) }
        return g < glyphCount ? g : 0
    }
}
