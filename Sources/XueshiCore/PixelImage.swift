import Foundation

/// An 8-bit page image, rows top to bottom: grey (1 channel) or RGB (3 channels).
public struct PixelImage: Sendable {
    public var width: Int
    public var height: Int
    /// 1 (grey) or 3 (R, G, B).
    public var channels: Int
    public var pixels: [UInt8]
    /// Pixels per PDF point (dpi / 72).
    public var scale: Double
    /// The image's top-left corner in page points (non-zero when only a region of the page was rendered).
    public var originX: Double = 0
    public var originY: Double = 0

    public init(width: Int, height: Int, channels: Int, pixels: [UInt8], scale: Double, originX: Double = 0, originY: Double = 0) {
        self.width = width; self.height = height; self.channels = channels; self.pixels = pixels
        self.scale = scale; self.originX = originX; self.originY = originY
    }

    /// A pixel rectangle as a box in page points, origin top-left.
    public func pageBox(x0: Double, y0: Double, x1: Double, y1: Double) -> Box {
        Box(x0: originX + x0 / scale, y0: originY + y0 / scale, x1: originX + x1 / scale, y1: originY + y1 / scale)
    }

    /// Grey by the usual luma weights (a grey image is returned as it is).
    public var grey: PixelImage {
        guard channels == 3 else { return self }
        let n = width * height
        var out = [UInt8](repeating: 255, count: n)
        // Raw pointers both sides: an array written inside the loop is checked for uniqueness at every pixel.
        pixels.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                guard let px = p.baseAddress, let g = o.baseAddress else { return }
                for i in 0..<n { g[i] = PixelImage.luma(px + 3 * i) }
            }
        }
        return PixelImage(width: width, height: height, channels: 1, pixels: out, scale: scale, originX: originX, originY: originY)
    }

    /// 0.299 R + 0.587 G + 0.114 B of the RGB pixel at `p`, as every grey drawing computes it.
    @inlinable @inline(__always) package static func luma(_ p: UnsafePointer<UInt8>) -> UInt8 {
        let r: Int = Int(p[0]) * 299, g: Int = Int(p[1]) * 587, b: Int = Int(p[2]) * 114
        return UInt8((r + g + b) / 1000)
    }
}
