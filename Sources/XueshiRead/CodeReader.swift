import CZBar
import XueshiCore

/// Decodes QR codes and barcodes on a grey page image with zbar (Debian's libzbar). Each call makes its own
/// scanner and image, so calls may run on several threads at once.
public enum CodeReader {
    /// zbar's fourcc for 8-bit grey ("Y800").
    static let y800: UInt = UInt(UInt8(ascii: "Y")) | UInt(UInt8(ascii: "8")) << 8
        | UInt(UInt8(ascii: "0")) << 16 | UInt(UInt8(ascii: "0")) << 24

    /// `density`: scan every n-th row and column (1 reads the most; 2–3 cost a half to a third, enough at 150 dpi).
    public static func decode(_ image: PixelImage, page: Int, density: Int = 1) -> [CodeInfo] {
        let grey = image.grey
        guard grey.width > 8, grey.height > 8, let scanner = zbar_image_scanner_create() else { return [] }
        defer { zbar_image_scanner_destroy(scanner) }
        // Only the symbologies evidence carries (QR codes; Code 128, Code 39 and EAN-13 barcodes). The others
        // (interleaved 2 of 5, DataBar, Codabar…) read short numbers out of ordinary text at low resolution.
        _ = zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0)
        for symbology in [ZBAR_QRCODE, ZBAR_CODE128, ZBAR_CODE39, ZBAR_EAN13] {
            _ = zbar_image_scanner_set_config(scanner, symbology, ZBAR_CFG_ENABLE, 1)
        }
        for symbology in [ZBAR_CODE128, ZBAR_CODE39] {
            _ = zbar_image_scanner_set_config(scanner, symbology, ZBAR_CFG_MIN_LEN, 6)
        }
        _ = zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_POSITION, 1)
        _ = zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_X_DENSITY, Int32(max(1, density)))
        _ = zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_Y_DENSITY, Int32(max(1, density)))
        return grey.pixels.withUnsafeBufferPointer { buffer -> [CodeInfo] in
            guard let zimage = zbar_image_create() else { return [] }
            defer { zbar_image_destroy(zimage) }
            zbar_image_set_format(zimage, y800)
            zbar_image_set_size(zimage, UInt32(grey.width), UInt32(grey.height))
            // No cleanup handler: the buffer outlives the image, destroyed above within this closure.
            zbar_image_set_data(zimage, buffer.baseAddress, UInt(buffer.count), nil)
            guard zbar_scan_image(scanner, zimage) > 0 else { return [] }
            var out: [CodeInfo] = []
            var symbol = zbar_image_first_symbol(zimage)
            while let s = symbol {
                symbol = zbar_symbol_next(s)
                let length = Int(zbar_symbol_get_data_length(s))
                guard length > 0, let data = zbar_symbol_get_data(s) else { continue }
                let bytes = UnsafeRawBufferPointer(start: data, count: length)
                let payload = String(decoding: bytes, as: UTF8.self).trimmingWhitespace()
                guard !payload.isEmpty else { continue }
                let name = zbar_get_symbol_name(zbar_symbol_get_type(s)).map { String(cString: $0) } ?? "unknown"
                var xs: [Int32] = [], ys: [Int32] = []
                for k in 0..<zbar_symbol_get_loc_size(s) {
                    xs.append(zbar_symbol_get_loc_x(s, k)); ys.append(zbar_symbol_get_loc_y(s, k))
                }
                let box = (xs.min().map { x0 in
                    grey.pageBox(x0: Double(x0), y0: Double(ys.min()!), x1: Double(xs.max()! + 1), y1: Double(ys.max()! + 1))
                }) ?? grey.pageBox(x0: 0, y0: 0, x1: Double(grey.width), y1: Double(grey.height))
                out.append(CodeInfo(page: page, box: box, symbology: name, payload: payload))
            }
            return out
        }
    }
}

extension String {
    fileprivate func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let c = s.first, c.isWhitespace || c.unicodeScalars.allSatisfy({ $0.value < 0x20 }) { s.removeFirst() }
        while let c = s.last, c.isWhitespace || c.unicodeScalars.allSatisfy({ $0.value < 0x20 }) { s.removeLast() }
        return String(s)
    }
}
