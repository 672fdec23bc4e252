import Foundation
import XueshiCore

/// A seal's arc text unrolled into a straight strip for OCR. An official seal prints the issuer's name round the
/// top of a circle or ellipse, clockwise from the lower left to the lower right, letters upright towards the rim.
/// Sampling along the arc (angle → x) and from the rim inwards (radius → y) turns it into one line of text.
public enum SealUnwrap {
    /// `image` is the page in colour; `box` the seal in the image's pixels. Returns a grey strip: red ink black on
    /// white, everything else white (black text under the seal drops out).
    /// The arc runs from `-span/2` to `+span/2` degrees either side of the top.
    public static func strip(_ image: PixelImage, box: Box, span: Double = 250, inner: Double = 0.52, outer: Double = 0.97,
                             isInk: (UInt8, UInt8, UInt8) -> Bool) -> PixelImage? {
        guard image.channels == 3, box.width > 8, box.height > 8 else { return nil }
        let cx = (box.x0 + box.x1) / 2, cy = (box.y0 + box.y1) / 2
        let rx = box.width / 2, ry = box.height / 2
        let meanR = (rx + ry) / 2
        // Strip height: the band between the inner and outer radius; width: the arc length at the band's middle.
        let height = max(16, Int(meanR * (outer - inner)))
        let width = max(32, Int(meanR * (inner + outer) / 2 * span * .pi / 180))
        var out = [UInt8](repeating: 255, count: width * height)
        for x in 0..<width {
            let phi = (-span / 2 + span * (Double(x) + 0.5) / Double(width)) * .pi / 180
            let s = sin(phi), c = cos(phi)
            for y in 0..<height {
                let f = outer - (outer - inner) * (Double(y) + 0.5) / Double(height)
                let px = Int((cx + rx * f * s).rounded()), py = Int((cy - ry * f * c).rounded())
                guard px >= 0, py >= 0, px < image.width, py < image.height else { continue }
                let k = 3 * (py * image.width + px)
                if isInk(image.pixels[k], image.pixels[k + 1], image.pixels[k + 2]) { out[y * width + x] = 0 }
            }
        }
        // Ink strokes are thin after point sampling: a 3×1 minimum (dilation of the dark) mends the gaps.
        var thick = out
        for y in 0..<height {
            for x in 1..<(width - 1) where out[y * width + x - 1] == 0 || out[y * width + x + 1] == 0 {
                thick[y * width + x] = 0
            }
        }
        return PixelImage(width: width, height: height, channels: 1, pixels: thick, scale: image.scale)
    }
}
