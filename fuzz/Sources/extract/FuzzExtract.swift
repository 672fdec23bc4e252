import FuzzSupport
import XueshiPipeline

/// The input's lines as a one-page text-layer document, through view → extractor → standards.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExtract(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    guard size <= 64 << 10 else { return -1 }
    Fuzz.extractAndPropose(Fuzz.document(text: Fuzz.string(Fuzz.bytes(data, size))))
    return 0
}
