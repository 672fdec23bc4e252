import Foundation
import FuzzSupport
import XueshiPipeline

/// An input starting with "PK" is a whole zip; otherwise its first byte picks which part of a minimal valid OFD
/// package the rest replaces (OFD.xml, Document.xml, PublicRes.xml, Content.xml), zipped with correct CRCs.
/// Either way the bytes go through Pipeline.scan(data:name:), as `xueshi scan` reads a .ofd file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOFD(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let b = Fuzz.bytes(data, size)
    guard let first = b.first, b.count <= 256 << 10 else { return 0 }
    let zip: Data
    if b.count >= 2, b[0] == 0x50, b[1] == 0x4B {
        zip = Data(b)
    } else {
        var parts = Fuzz.ofdParts()
        parts[Int(first) % parts.count].1 = Array(b.dropFirst())
        zip = Fuzz.zip(parts)
    }
    _ = Fuzz.pipeline.scan(data: zip, name: "fuzz.ofd")
    return 0
}
