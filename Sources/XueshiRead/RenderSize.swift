import XueshiCore

/// The pixel size of a page (or region) drawn at a scale, checked before anything is allocated: a page size
/// comes from the file (a MediaBox of 1e20 points, a PhysicalBox of NaN), so it is converted without trapping and
/// refused past `maxPixels` (`ReadOptions.maxPagePixels`) or cairo's 32767-pixel side.
enum RenderSize {
    static let maxSide = 32_767

    /// Width and height in pixels of `width` × `height` points at `scale` pixels a point, rounded up; nil when
    /// either is not positive or the image would pass a limit.
    static func pixels(width: Double, height: Double, scale: Double, maxPixels: Int) -> (width: Int, height: Int)? {
        guard scale.isFinite, scale > 0,
              let pw = Int.clamped(width * scale, roundingUp: true, to: 0...Int(Int32.max)),
              let ph = Int.clamped(height * scale, roundingUp: true, to: 0...Int(Int32.max)),
              pw > 0, ph > 0, pw <= maxSide, ph <= maxSide,
              let n = Int.checkedProduct(pw, ph), n <= maxPixels else { return nil }
        return (pw, ph)
    }
}
