import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// GB18030 (a superset of GBK) to a string, through the C library's iconv: Excel on Chinese Windows saves CSV in it.
enum GB18030 {
    static func decode(_ data: Data) -> String? {
        let cd = iconv_open("UTF-8", "GB18030")
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = [CChar](repeating: 0, count: data.count)
        data.withUnsafeBytes { raw in for (i, b) in raw.enumerated() { input[i] = CChar(bitPattern: b) } }
        var output = [CChar](repeating: 0, count: data.count * 2 + 16)
        var inLeft = input.count
        var outLeft = output.count
        let ok = input.withUnsafeMutableBufferPointer { inBuf -> Bool in
            output.withUnsafeMutableBufferPointer { outBuf -> Bool in
                var inPtr: UnsafeMutablePointer<CChar>? = inBuf.baseAddress
                var outPtr: UnsafeMutablePointer<CChar>? = outBuf.baseAddress
                return iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft) != -1
            }
        }
        guard ok, inLeft == 0 else { return nil }
        let bytes = output.prefix(output.count - outLeft).map { UInt8(bitPattern: $0) }
        return String(bytes: bytes, encoding: .utf8)
    }
}
