/// Bilinear sampling shared by the warps (deskew's rotation, the document quad's perspective): the pixel at
/// source position (sx, sy) written to `o` at `index`; positions outside the image leave `o` as it is.
@inline(__always)
func sampleBilinear(_ p: UnsafeBufferPointer<UInt8>, width w: Int, height h: Int, channels ch: Int,
                    x sx: Double, y sy: Double, into o: UnsafeMutableBufferPointer<UInt8>, at index: Int) {
    let x0 = Int(sx.rounded(.down)), y0 = Int(sy.rounded(.down))
    guard x0 >= 0, y0 >= 0, x0 + 1 < w, y0 + 1 < h else { return }
    let fx = sx - Double(x0), fy = sy - Double(y0)
    for k in 0..<ch {
        let v00 = Double(p[(y0 * w + x0) * ch + k]), v10 = Double(p[(y0 * w + x0 + 1) * ch + k])
        let v01 = Double(p[((y0 + 1) * w + x0) * ch + k]), v11 = Double(p[((y0 + 1) * w + x0 + 1) * ch + k])
        let v = (v00 * (1 - fx) + v10 * fx) * (1 - fy) + (v01 * (1 - fx) + v11 * fx) * fy
        o[index + k] = UInt8(max(0, min(255, v.rounded())))
    }
}
