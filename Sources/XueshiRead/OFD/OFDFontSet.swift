import Foundation

/// The embedded fonts of one package, each loaded at most once per render call (the first text object that uses
/// it), and released with the render. Use under `PageRenderer.lock`.
final class OFDFontSet {
    private let package: OFDPackage
    /// By font file path (several font ids may share one file), nil when it did not load.
    private var faces: [String: OFDFontFace?] = [:]
    /// Fonts (name and file) whose file did not load, once each.
    private(set) var notLoaded: [String] = []

    init(package: OFDPackage) { self.package = package }

    /// The font resource a text object names, if the package declares it.
    func font(_ id: String?) -> OFDFont? { id.flatMap { package.fonts[$0] } }

    /// The embedded face of a font, nil when it has no file or the file does not load (then it is noted once).
    func embedded(_ font: OFDFont?) -> OFDFontFace? {
        guard let font, let file = font.file else { return nil }
        if let known = faces[file] { return known }
        var face: OFDFontFace?
        if let lib = OFDSystemFonts.library, let data = try? package.container.part(file) {
            face = OFDFontFace.load(data, library: lib)
        }
        faces[file] = face
        if face == nil { notLoaded.append("\(font.name) (\(file))") }
        return face
    }
}
