import Foundation

/// The resources pages refer to by ID, merged from every resource file that applies (`PublicRes`, each
/// `DocumentRes`, a page's `PageRes`). IDs are unique within a document (GB/T 33190 §7.9), so one table each is
/// enough; a later file's entry wins over an earlier one's.
struct OFDResources {
    struct ColorSpace {
        /// "GRAY", "RGB" or "CMYK" (upper-cased; producers write "Gray" and "GRAY").
        var type: String
        var bitsPerComponent: Int = 8
        /// `Palette/CV` entries, each as written ("r g b" or "#ee #20 #25"), for `Index` colours.
        var palette: [String] = []
    }

    struct DrawParam {
        var relative: String?
        var lineWidth: Double?
        var fill: OFDElement?
        var stroke: OFDElement?
        /// Join, Cap, DashOffset, DashPattern, MiterLimit as written.
        var line: [String: String] = [:]
    }

    static let lineKeys: Set<String> = ["Join", "Cap", "DashOffset", "DashPattern", "MiterLimit"]

    var fonts: [String: OFDFont] = [:]
    var media: [String: String] = [:]
    var colorSpaces: [String: ColorSpace] = [:]
    var drawParams: [String: DrawParam] = [:]

    /// Reads one resource file (root `Res`). File references inside it are relative to the folder its `BaseLoc`
    /// names, which is itself relative to the resource file's folder (§7.9: "Res" beside "PublicRes.xml").
    /// Some producers write paths relative to the resource file itself despite a BaseLoc: when the BaseLoc reading
    /// names no part and the other one does (`exists`), the other one is taken.
    mutating func add(_ root: OFDElement, path: String, exists: (String) -> Bool = { _ in true }) {
        var base = path
        if let loc = root["BaseLoc"]?.trimmingCharacters(in: .whitespaces), !loc.isEmpty,
           let folder = OFDContainer.resolve(loc, from: path) {
            // `resolve` takes the folder of its base: a dummy file name inside BaseLoc makes the folder BaseLoc.
            base = folder + "/_"
        }
        func file(_ ref: String?) -> String? {
            guard let ref = ref?.trimmingCharacters(in: .whitespacesAndNewlines), !ref.isEmpty else { return nil }
            let primary = OFDContainer.resolve(ref, from: base)
            if let primary, exists(primary) { return primary }
            if let other = OFDContainer.resolve(ref, from: path), exists(other) { return other }
            if let root = OFDContainer.normalise(ref), exists(root) { return root }
            return primary
        }
        for group in root.children {
            switch group.name {
            case "Fonts":
                for f in group.children("Font") {
                    guard let id = f["ID"] else { continue }
                    fonts[id] = OFDFont(id: id, name: f["FontName"] ?? "", family: f["FamilyName"],
                                        bold: OFDNumbers.bool(f["Bold"], default: false),
                                        italic: OFDNumbers.bool(f["Italic"], default: false),
                                        serif: OFDNumbers.bool(f["Serif"], default: false),
                                        file: file(f.childText("FontFile")))
                }
            case "MultiMedias":
                for m in group.children("MultiMedia") {
                    guard let id = m["ID"], let path = file(m.childText("MediaFile")) else { continue }
                    media[id] = path
                }
            case "ColorSpaces":
                for c in group.children("ColorSpace") {
                    guard let id = c["ID"] else { continue }
                    let bits = Int(c["BitsPerComponent"] ?? "") ?? 8
                    colorSpaces[id] = ColorSpace(
                        type: (c["Type"] ?? "RGB").uppercased(), bitsPerComponent: (1...16).contains(bits) ? bits : 8,
                        palette: c.child("Palette")?.children("CV").map(\.text) ?? [])
                }
            case "DrawParams":
                for d in group.children("DrawParam") {
                    guard let id = d["ID"] else { continue }
                    drawParams[id] = DrawParam(relative: d["Relative"], lineWidth: OFDNumbers.number(d["LineWidth"]),
                                               fill: d.child("FillColor"), stroke: d.child("StrokeColor"),
                                               line: d.attributes.filter { OFDResources.lineKeys.contains($0.key) })
                }
            default:
                continue
            }
        }
    }

    /// A DrawParam with its `Relative` chain folded in (nearest wins); a cycle or a chain past 32 steps stops.
    func drawParam(_ id: String?) -> DrawParam? {
        guard var id, var current = drawParams[id] else { return nil }
        var result = current
        var seen: Set<String> = [id]
        while let parent = current.relative, seen.count < 32, seen.insert(parent).inserted, let p = drawParams[parent] {
            if result.lineWidth == nil { result.lineWidth = p.lineWidth }
            if result.fill == nil { result.fill = p.fill }
            if result.stroke == nil { result.stroke = p.stroke }
            result.line.merge(p.line) { near, _ in near }
            current = p
            id = parent
        }
        result.relative = nil
        return result
    }
}
