import Foundation

/// A drawn cairo surface's pixels as the pipeline's images hold them: what every renderer (PDF through poppler,
/// OFD through its painter) hands back.
enum CairoPixels {
    /// Cairo's native-endian ARGB words (bytes B, G, R, A on little-endian) to RGB or grey; opaque after the white
    /// paint, so premultiplication changes nothing.
    static func unpack(_ data: UnsafeMutablePointer<UInt8>, stride: Int, width pw: Int, height ph: Int, grey: Bool) -> [UInt8] {
        let channels = grey ? 1 : 3
        var out = [UInt8](repeating: 255, count: pw * ph * channels)
        out.withUnsafeMutableBufferPointer { o in
            for y in 0..<ph {
                let row = data + y * stride
                for x in 0..<pw {
                    let b = row[4 * x], g = row[4 * x + 1], rr = row[4 * x + 2]
                    if grey {
                        let luma: Int = Int(rr) * 299 + Int(g) * 587 + Int(b) * 114
                        o[y * pw + x] = UInt8(luma / 1000)
                    } else {
                        let k = 3 * (y * pw + x)
                        o[k] = rr; o[k + 1] = g; o[k + 2] = b
                    }
                }
            }
        }
        return out
    }
}
