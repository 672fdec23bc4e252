import Foundation
import XueshiCore

// The OFD content model every consumer shares: the text reader (glyphs with boxes), the renderer (cairo) and the
// checks. A page's objects are flattened in drawing order (templates with ZOrder Background first, then the page's
// layers, then Foreground templates), with every transform resolved into one matrix from the object's own space
// to the page, in millimetres, origin at the page's top left, y down (OFD's own frame).

/// An affine map x' = a·x + c·y + e, y' = b·x + d·y + f (the order of OFD's CTM="a b c d e f").
struct OFDMatrix: Sendable, Hashable {
    var a = 1.0, b = 0.0, c = 0.0, d = 1.0, e = 0.0, f = 0.0
    static let identity = OFDMatrix()
    static func translation(_ x: Double, _ y: Double) -> OFDMatrix { OFDMatrix(e: x, f: y) }

    func apply(_ x: Double, _ y: Double) -> (x: Double, y: Double) { (a * x + c * y + e, b * x + d * y + f) }
    /// `self` first, then `next`.
    func then(_ next: OFDMatrix) -> OFDMatrix {
        OFDMatrix(a: a * next.a + b * next.c, b: a * next.b + b * next.d,
                  c: c * next.a + d * next.c, d: c * next.b + d * next.d,
                  e: e * next.a + f * next.c + next.e, f: e * next.b + f * next.d + next.f)
    }
    /// How much the map scales lengths (the square root of its determinant's size).
    var scale: Double { abs(a * d - b * c).squareRoot() }

    /// The axis-aligned box around `points` once mapped (coordinates may be infinite or NaN when the map is).
    func bounds(_ points: [(Double, Double)]) -> Box {
        var minX = Double.infinity, minY = Double.infinity, maxX = -Double.infinity, maxY = -Double.infinity
        for (px, py) in points {
            let p = apply(px, py)
            minX = min(minX, p.x); maxX = max(maxX, p.x); minY = min(minY, p.y); maxY = max(maxY, p.y)
        }
        return Box(x0: minX, y0: minY, x1: maxX, y1: maxY)
    }

    /// Where the unit square lands: an image object's picture, whose transform maps 0...1 × 0...1.
    var unitSquareBounds: Box { bounds([(0, 0), (1, 0), (0, 1), (1, 1)]) }
}

/// An sRGB colour, each channel 0...1, with its opacity (OFD's Alpha 0...255 over 255).
struct OFDColor: Sendable, Hashable {
    var r: Double, g: Double, b: Double
    var alpha = 1.0
    static let black = OFDColor(r: 0, g: 0, b: 0)
}

/// A font resource (`PublicRes` / `DocumentRes` → `Fonts/Font`).
struct OFDFont: Sendable, Hashable {
    var id: String
    var name: String
    var family: String?
    var bold = false
    var italic = false
    var serif = false
    /// Normalised container path of the embedded font file, when there is one.
    var file: String?
}

/// One character placed by a `TextCode`, at its origin on the baseline in the text object's own space (mm).
struct OFDGlyph: Sendable, Hashable {
    var scalar: Unicode.Scalar
    var x: Double
    var y: Double
    /// Glyph index into the embedded font, when `CGTransform` gave one (what the renderer draws instead of the
    /// character's own mapping).
    var glyphIndex: UInt32?
    /// Added for the text reader: the distance to the next character of the same `TextCode` along the writing
    /// direction (its delta), or a default em advance for the last one; only known while the TextCode is parsed.
    var advance: Double = 0
    /// Added for the text reader: which `TextCode` of the object (and which line inside one, when a delta jumps
    /// back) placed the character, counted over the page, so the layout gets the producer's own line breaks.
    var line: Int = 0
    /// Added: the TextCode advanced along y (DeltaY without DeltaX): vertical writing.
    var vertical = false
    /// Added for the text reader: `advance` is a delta the producer wrote (false: a default, to be measured from
    /// the font when one can be).
    var measured = false
}

struct OFDTextObject: Sendable, Hashable {
    /// Object space → page (Boundary's origin, then CTM).
    var transform: OFDMatrix
    var glyphs: [OFDGlyph]
    /// Font resource id (look up in `OFDPackage.fonts`).
    var font: String?
    /// Em size in the object's space (mm).
    var size: Double
    var fill: OFDColor? = .black
    var stroke: OFDColor? = nil
    var hScale = 1.0
    var weight = 400
    var italic = false
    /// The `TextObject`'s index among the page's text objects: glyphs of one object were written as one run.
    var run: Int = 0
    /// Added: `CharDirection` (0, 90, 180, 270): each glyph turned clockwise by this about its origin.
    var charDirection = 0
    /// Added for the renderer: the outline width of stroked text (Stroke="true"), in the object's space.
    var lineWidth = 0.353
    /// Added: the object's `ID`, which custom tags' `ObjectRef` and annotations point at.
    var objectID: String? = nil
    /// Added: the object carried `CGTransform` glyph indices but no character for them (its text is not what it
    /// shows), which the text reader counts as garbled.
    var glyphsWithoutText = 0
    /// Added: where the object may draw (empty: everywhere).
    var clips: [OFDClip] = []
}

enum OFDPathCommand: Sendable, Hashable {
    case move(Double, Double)
    case line(Double, Double)
    case quad(Double, Double, Double, Double)
    case cubic(Double, Double, Double, Double, Double, Double)
    /// OFD's `A`: radii, rotation (degrees), large-arc and sweep flags, end point.
    case arc(rx: Double, ry: Double, rotation: Double, large: Bool, sweep: Bool, x: Double, y: Double)
    case close
}

struct OFDPathObject: Sendable, Hashable {
    var transform: OFDMatrix
    var commands: [OFDPathCommand]
    /// Nil: not filled / not stroked (OFD's Fill="false", Stroke defaults to true).
    var fill: OFDColor?
    var stroke: OFDColor?
    var lineWidth = 0.353
    var evenOdd = false
    /// Added: where the object may draw (empty: everywhere).
    var clips: [OFDClip] = []
    /// Added for the renderer: stroke style as OFD writes it (object, else its DrawParam chain, else the layer's):
    /// Cap "Butt" / "Round" / "Square", Join "Miter" / "Round" / "Bevel", dash lengths in mm (empty: solid).
    var cap = "Butt"
    var join = "Miter"
    var miterLimit = 3.528
    var dashPattern: [Double] = []
    var dashOffset = 0.0
}

struct OFDImageObject: Sendable, Hashable {
    /// Maps the unit square (0...1 × 0...1, y down) to the page: the image fills it.
    var transform: OFDMatrix
    var resource: String
    /// Normalised container path of the image file (png, jpg, bmp, tif…), when the resource names one.
    var file: String?
    var alpha = 1.0
    /// Added: where the object may draw (empty: everywhere).
    var clips: [OFDClip] = []
}

/// Added for the renderer: an object's `Clips` (§8.4). The object is drawn only inside every clip (intersection);
/// a clip is the union of its areas. Each area's transform maps its own space to the page: the area path's
/// Boundary origin, then the Area's CTM, then (TransFlag="true") the object's CTM, then the object's Boundary origin.
struct OFDClip: Sendable, Hashable {
    struct Area: Sendable, Hashable {
        var transform: OFDMatrix
        var commands: [OFDPathCommand]
        var evenOdd = false
    }
    var areas: [Area]
}

enum OFDObject: Sendable, Hashable {
    case text(OFDTextObject)
    case path(OFDPathObject)
    case image(OFDImageObject)
}

/// One page, its templates merged in.
struct OFDPage: Sendable, Hashable {
    var index: Int
    /// The page's PhysicalBox in mm (x, y, width, height).
    var box: (x: Double, y: Double, width: Double, height: Double)
    var objects: [OFDObject]
    /// Objects the parser met but does not model (e.g. `CompositeObject` with no resolvable unit), for "what is not drawn".
    var skipped: [String: Int] = [:]
    /// Added: `objects[annotationStart...]` come from the page's annotations (Annotations.xml → Appearance): drawn
    /// last, above the content, but not part of the text layer (a watermark's words are not the page's text).
    var annotationStart: Int? = nil
    /// Added: the page's `ID` in Document.xml (what `ObjectRef PageRef` and signatures' `PageRef` name).
    var id: String? = nil

    static func == (l: OFDPage, r: OFDPage) -> Bool {
        l.index == r.index && l.box == r.box && l.objects == r.objects && l.skipped == r.skipped
    }
    func hash(into h: inout Hasher) { h.combine(index); h.combine(objects) }

    static let pointsPerMM = 72 / 25.4
    var widthPoints: Double { box.width * OFDPage.pointsPerMM }
    var heightPoints: Double { box.height * OFDPage.pointsPerMM }
}

/// A document inside the container, as `OFD.xml` → `DocBody` names it.
struct OFDPackage {
    let container: OFDContainer
    /// Normalised path of `Document.xml`.
    var documentPath: String
    /// DocInfo: Title, Author, Subject, Creator, CreatorVersion, CreationDate, ModDate, CustomDatas…
    var info: [String: String] = [:]
    var pages: [OFDPage] = []
    /// Pages the document lists (`pages` may hold fewer when a limit cut reading short).
    var pageCount: Int = 0
    var fonts: [String: OFDFont] = [:]
    /// Normalised path of `Signatures.xml`, when `DocBody` names one.
    var signaturesPath: String?
    /// Exact values an e-document carries beside its pages (an invoice's embedded XML, custom tags), by key.
    var embedded: [String: String] = [:]
    /// Added: normalised paths of the document's attachments (Attachments.xml → FileLoc), in their order.
    var attachments: [String] = []
    /// Added: DocInfo's CustomDatas (Name → value), kept apart from `info` so names cannot shadow its fields.
    var customData: [String: String] = [:]
    /// Added: media resources (ImageObject ResourceID → normalised file path), for the renderer and image checks.
    var media: [String: String] = [:]
}
