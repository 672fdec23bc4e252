@preconcurrency import CPoppler
import Foundation

/// The FreeType library the OFD renderer loads faces with, and the system CJK fonts it falls back to when a page's
/// font is not embedded, does not load or lacks a character. Both are made once per process and kept for its life
/// (opening a 20 MB CJK collection costs milliseconds; every render would pay it). Only touched under
/// `PageRenderer.lock`.
enum OFDSystemFonts {
    /// A font file and the face inside it (collections hold several languages; the SC face is the one for 简体).
    struct Candidate { var path: String; var index: Int }

    // fc-query on Debian 12's fonts-noto-cjk: the .ttc faces are JP 0, KR 1, SC 2, TC 3, HK 4.
    static let serif: [Candidate] = [
        Candidate(path: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", index: 2),
        Candidate(path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", index: 2),
        Candidate(path: "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", index: 0),
        Candidate(path: "/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf", index: 0),
        Candidate(path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", index: 0),
    ]
    static let sans: [Candidate] = [
        Candidate(path: "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", index: 2),
        Candidate(path: "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", index: 0),
        Candidate(path: "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc", index: 2),
        Candidate(path: "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", index: 0),
    ]

    nonisolated(unsafe) private static var ftLibrary: FT_Library?
    nonisolated(unsafe) private static var opened: [String: OFDFontFace?] = [:]

    /// The process's FreeType library (nil only if FreeType cannot start). Call under the render lock.
    static var library: FT_Library? {
        if let ftLibrary { return ftLibrary }
        var lib: FT_Library?
        guard FT_Init_FreeType(&lib) == 0, let lib else { return nil }
        ftLibrary = lib
        return lib
    }

    /// The fallback faces in order of preference for a serif (宋体, 仿宋, 楷体) or sans (黑体) font; fonts not
    /// installed are left out. Call under the render lock.
    static func fallbacks(serif wantSerif: Bool) -> [OFDFontFace] {
        guard let lib = library else { return [] }
        return (wantSerif ? serif : sans).compactMap { c in
            let key = "\(c.path)#\(c.index)"
            if let known = opened[key] { return known }
            let face = FileManager.default.fileExists(atPath: c.path) ? OFDFontFace.open(path: c.path, library: lib, index: c.index) : nil
            opened[key] = face
            return face
        }
    }

    /// Whether a family name reads as serif: Chinese 宋/仿宋/楷/明 and Latin serif faces. OFD fonts seldom say.
    static func looksSerif(_ name: String) -> Bool {
        let n = name.lowercased()
        if n.contains("hei") || n.contains("黑") || n.contains("sans") || n.contains("arial") || n.contains("helvetica") { return false }
        return ["宋", "仿宋", "楷", "明", "song", "fang", "kai", "ming", "serif", "times", "roman", "georgia"].contains { n.contains($0) }
    }
}
