import Foundation

/// `FillColor` / `StrokeColor` elements (CT_Color, GB/T 33190 §8.3) to sRGB.
enum OFDColorReader {
    /// Nil when the element gives no usable colour (the caller then falls back to what it inherits).
    static func color(_ element: OFDElement?, resources: OFDResources) -> OFDColor? {
        guard let element else { return nil }
        let space = element["ColorSpace"].flatMap { resources.colorSpaces[$0] }
        let type = space?.type ?? "RGB"
        let bits = space?.bitsPerComponent ?? 8
        var components: [Double]?
        if let value = element["Value"] {
            components = channels(value)
        } else if let index = element["Index"].flatMap({ Int($0) }), let palette = space?.palette,
                  index >= 0, index < palette.count {
            components = channels(palette[index])
        } else if let segment = element.descendants("Segment").first, let inner = segment.child("Color") {
            // A shading (AxialShd, RadialShd…): its first colour stands in for text and seal detection.
            return color(inner, resources: resources)
        }
        guard let raw = components, !raw.isEmpty else { return nil }
        let top = Double((1 << bits) - 1)
        let v = raw.map { min(max($0 / top, 0), 1) }
        var c: OFDColor
        switch type {
        case "GRAY":
            c = OFDColor(r: v[0], g: v[0], b: v[0])
        case "CMYK":
            guard v.count >= 4 else { return nil }
            let k = 1 - v[3]
            c = OFDColor(r: (1 - v[0]) * k, g: (1 - v[1]) * k, b: (1 - v[2]) * k)
        default:
            guard v.count >= 3 else { return v.count == 1 ? OFDColor(r: v[0], g: v[0], b: v[0]) : nil }
            c = OFDColor(r: v[0], g: v[1], b: v[2])
        }
        if let alpha = OFDNumbers.number(element["Alpha"]) { c.alpha = min(max(alpha / 255, 0), 1) }
        return c
    }

    /// "156 82 35" or "#ee #20 #25" (hex channels, which some producers write).
    static func channels(_ s: String) -> [Double] {
        var out: [Double] = []
        for token in s.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" }).prefix(8) {
            if token.hasPrefix("#") {
                if let v = UInt32(token.dropFirst(), radix: 16) { out.append(Double(v)) }
            } else if let v = Double(token), v.isFinite {
                out.append(v)
            }
        }
        return out
    }
}
