import FuzzSupport
import XueshiPipeline

/// Every public Normalize entry point on the input as UTF-8 text (invalid bytes become U+FFFD).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNormalize(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let s = Fuzz.string(Fuzz.bytes(data, size))
    let cleaned = Normalize.clean(s)
    precondition(cleaned.source.count == cleaned.text.count || cleaned.source.count >= 0)
    _ = Normalize.foldWidth(s)
    _ = Normalize.number(s)
    _ = Normalize.findNumbers(in: s)
    _ = Normalize.findQuantities(in: s)
    let hint = Normalize.yearHint(in: s)
    let order = Normalize.numericOrder(in: s)
    for m in Normalize.findDates(in: s, defaultYear: hint ?? 2024, numericOrder: order) {
        _ = m.text
    }
    _ = Normalize.findDates(in: cleaned.text, defaultYear: nil)
    _ = DayDate(iso: s)
    return 0
}
