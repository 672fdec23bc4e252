import Foundation

/// A seal's picture as a signature places it on a page (`Signature.xml` → `StampAnnot`, the picture from the
/// seal's `Seal.esl`): drawn over the page after its content, the way a reader shows a signed document.
/// The signature reader fills these; the renderer only draws them.
struct OFDStampPicture: Sendable, Hashable {
    /// 0-based index of the page it is drawn on (`OFDPage.index`).
    var page: Int
    /// Where the picture goes on that page, in mm (origin top-left, y down): the picture is stretched to fill it.
    var box: (x: Double, y: Double, w: Double, h: Double)
    /// The picture's format as the seal names it: "png", "jpg", "gif", "bmp", "tif" or "ofd" (a nested OFD
    /// document whose first page is the seal).
    var type: String
    var data: Data

    static func == (l: OFDStampPicture, r: OFDStampPicture) -> Bool {
        l.page == r.page && l.box == r.box && l.type == r.type && l.data == r.data
    }
    func hash(into h: inout Hasher) { h.combine(page); h.combine(type); h.combine(data) }
}
