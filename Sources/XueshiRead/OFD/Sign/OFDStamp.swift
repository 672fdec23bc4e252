import Foundation

/// Where a signature's seal is drawn (`StampAnnot`), with the seal's picture, for the renderer: it draws the
/// picture into `boundary` on page `pageIndex`, so the red-seal finder sees the stamp on the rendered page.
struct OFDStamp: Sendable, Hashable {
    /// A rectangle in millimetres, page frame (origin top-left, y down).
    struct Rect: Sendable, Hashable {
        var x: Double, y: Double, width: Double, height: Double
        /// "x y w h" as OFD writes Boundary and Clip; nil unless four finite numbers with a positive size.
        init?(_ text: String?) {
            guard let v = text?.split(whereSeparator: { $0 == " " || $0 == "," || $0 == "\t" || $0 == "\n" })
                .compactMap({ Double($0) }), v.count == 4, v.allSatisfy(\.isFinite), v[2] > 0, v[3] > 0 else { return nil }
            x = v[0]; y = v[1]; width = v[2]; height = v[3]
        }
        init(x: Double, y: Double, width: Double, height: Double) {
            self.x = x; self.y = y; self.width = width; self.height = height
        }
    }

    /// The signature's ID in Signatures.xml.
    var signatureID: String
    /// 0-based index of the page in the document's page list.
    var pageIndex: Int
    var boundary: Rect
    /// Clip inside the boundary (the boundary's own frame), when given.
    var clip: Rect?
    /// "png", "jpg", "gif", "bmp", "svg", "ofd"… lower-cased, as the seal states it; nil when there is no seal.
    var pictureType: String?
    var picture: Data?
}

extension OFDStamp {
    /// The stamp as the renderer draws it; nil without a picture.
    var drawing: OFDStampPicture? {
        guard let data = picture, let type = pictureType else { return nil }
        return OFDStampPicture(page: pageIndex, box: (boundary.x, boundary.y, boundary.width, boundary.height), type: type, data: data)
    }
}
