import XueshiCore

extension PixelImage {
    /// Grey at half the resolution, each pixel the mean of a 2×2 block: a 72 dpi drawing becomes the 36 dpi one a
    /// coarse look needs, without drawing the page again.
    func halvedGrey() -> PixelImage {
        let w = width / 2, h = height / 2
        guard w > 0, h > 0, channels == 1 || channels == 3 else { return grey }
        var out = [UInt8](repeating: 255, count: w * h)
        // Each pixel's grey as `grey` computes it, taken straight from the colour drawing (no full-size grey copy).
        let c = channels, stride = width * c
        pixels.withUnsafeBufferPointer { p in
            out.withUnsafeMutableBufferPointer { o in
                guard let px = p.baseAddress, let dst = o.baseAddress else { return }
                @inline(__always) func g(_ q: UnsafePointer<UInt8>) -> Int { c == 1 ? Int(q[0]) : Int(PixelImage.luma(q)) }
                for y in 0..<h {
                    let r0 = px + 2 * y * stride, r1 = r0 + stride
                    for x in 0..<w {
                        let k = 2 * x * c
                        let s = g(r0 + k) + g(r0 + k + c) + g(r1 + k) + g(r1 + k + c)
                        dst[y * w + x] = UInt8((s + 2) / 4)
                    }
                }
            }
        }
        return PixelImage(width: w, height: h, channels: 1, pixels: out, scale: scale / 2, originX: originX, originY: originY)
    }

    /// The part of the image inside `box` (page points), with its origin; nil when they do not meet.
    func cropped(to box: Box) -> PixelImage? {
        let x0 = max(0, Int(((box.x0 - originX) * scale).rounded(.down))), y0 = max(0, Int(((box.y0 - originY) * scale).rounded(.down)))
        let x1 = min(width, Int(((box.x1 - originX) * scale).rounded(.up))), y1 = min(height, Int(((box.y1 - originY) * scale).rounded(.up)))
        guard x1 > x0, y1 > y0 else { return nil }
        var out = [UInt8]()
        out.reserveCapacity((x1 - x0) * (y1 - y0) * channels)
        for y in y0..<y1 {
            let row = (y * width + x0) * channels
            out.append(contentsOf: pixels[row..<(row + (x1 - x0) * channels)])
        }
        return PixelImage(width: x1 - x0, height: y1 - y0, channels: channels, pixels: out, scale: scale,
                          originX: originX + Double(x0) / scale, originY: originY + Double(y0) / scale)
    }
}
