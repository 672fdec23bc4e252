import Foundation
import XueshiCore

/// How much of a page is inked, measured on a coarse grey render. A page with no text layer and no large image
/// can still carry its words as filled outlines ('Microsoft: Print To PDF' of a web page converts the fonts to
/// paths): ink is what tells such a page from a blank one.
///
/// Measured: a render at 36 dpi costs 2–4 ms for a letter-size page; an outlined certificate inks 12–15% of
/// it, a blank page none, a page holding only a frame and rules under 2%.
enum VectorInk {
    static let dpi = 36.0
    /// Share of dark pixels above which an otherwise textless page is worth reading by OCR.
    static let outlinedShare = 0.02

    /// Share of the image's pixels darker than mid-grey (0...1), on a render at `dpi`.
    static func share(_ img: PixelImage) -> Double {
        guard img.width > 0, img.height > 0 else { return 0 }
        let grey = img.grey
        let dark = grey.pixels.reduce(0) { $0 + ($1 < 160 ? 1 : 0) }
        return Double(dark) / Double(grey.width * grey.height)
    }
}
