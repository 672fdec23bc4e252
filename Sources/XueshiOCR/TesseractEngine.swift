import CTesseract
import Foundation
import XueshiCore

/// Tesseract 5 through its C API, chi_sim + eng, one handle per core (a handle is not thread-safe).
///
/// Tesseract's OpenMP build is 3–4× slower on 2 cores unless `OMP_THREAD_LIMIT=1` is in the environment when the
/// process starts (libgomp reads it in a constructor): the `xueshi` CLI re-executes itself with it set.
public final class TesseractEngine: OCREngine, @unchecked Sendable {
    public let name = "tesseract"
    final class Handle: @unchecked Sendable {
        let api: OpaquePointer
        init(api: OpaquePointer) { self.api = api }
        deinit { TessBaseAPIEnd(api); TessBaseAPIDelete(api) }
    }
    private let pool: InstancePool<Handle>
    let languages: String

    /// Fails when the library or its language data is missing.
    public init(languages: String = "chi_sim+eng", workers: Int = OCRConcurrency.workers) throws {
        self.languages = languages
        let langs = languages
        TesseractEngine.limitOpenMP()
        pool = InstancePool(limit: workers) {
            guard let api = TessBaseAPICreate() else { throw OCRError("tesseract 无法创建实例") }
            // Its tprintf warnings ("Invalid resolution", "Empty page") go nowhere, from the start: `debug_file` is a
            // process-wide parameter, and Init3 itself already prints. Leptonica's, which tesseract's layout
            // analysis provokes, go to the debug log.
            _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
            LeptonicaMessages.install()
            // Init3 fails (non-zero) on missing data; the error below says so in Chinese.
            guard TessBaseAPIInit3(api, nil, langs) == 0 else {
                TessBaseAPIDelete(api)
                throw OCRError("tesseract 缺少语言数据 \(langs)（请安装 tesseract-ocr-chi-sim）")
            }
            // CJK text: tesseract otherwise puts spaces between Chinese characters.
            _ = TessBaseAPISetVariable(api, "preserve_interword_spaces", "1")
            _ = TessBaseAPISetVariable(api, "debug_file", "/dev/null")
            return Handle(api: api)
        }
        // Make one now so a missing language fails here, where `auto` can fall back, not on the first page.
        _ = try pool.with { _ in ((), keep: true) }
    }

    /// Where `OMP_THREAD_LIMIT` was not set before the process started (a test runner, a library user), one
    /// OpenMP thread is asked for at run time: it covers tesseract's parallel regions that name no thread count.
    static func limitOpenMP() {
        guard getenv("OMP_THREAD_LIMIT") == nil, let handle = dlopen("libgomp.so.1", RTLD_NOW | RTLD_NOLOAD),
              let f = dlsym(handle, "omp_set_num_threads") else { return }
        typealias SetThreads = @convention(c) (Int32) -> Void
        unsafeBitCast(f, to: SetThreads.self)(1)
    }

    public func recognize(_ image: PixelImage, singleLine: Bool) throws -> [OCRLine] {
        let grey = image.grey
        guard grey.width > 0, grey.height > 0 else { return [] }
        return try pool.with { handle in
            let api = handle.api
            TessBaseAPISetPageSegMode(api, singleLine ? PSM_SINGLE_LINE : PSM_AUTO)
            grey.pixels.withUnsafeBufferPointer { p in
                TessBaseAPISetImage(api, p.baseAddress, Int32(grey.width), Int32(grey.height), 1, Int32(grey.width))
            }
            TessBaseAPISetSourceResolution(api, Int32(max(70, min(600, (grey.scale * 72).rounded()))))
            defer { TessBaseAPIClear(api) }
            guard TessBaseAPIRecognize(api, nil) == 0 else { throw OCRError("tesseract 识别失败") }
            return (Self.lines(api), keep: true)
        }
    }

    /// Lines with one box and score per symbol, read off the result iterator.
    static func lines(_ api: OpaquePointer) -> [OCRLine] {
        guard let it = TessBaseAPIGetIterator(api) else { return [] }
        defer { TessResultIteratorDelete(it) }
        let pit = TessResultIteratorGetPageIterator(it)
        var out: [OCRLine] = []
        var text = ""
        var boxes: [XueshiCore.Box] = []
        var scores: [Double] = []
        var lastRight: Int32? = nil
        func flush() {
            if !text.isEmpty, let box = XueshiCore.Box.union(boxes) {
                out.append(OCRLine(text: text, box: box, score: scores.reduce(0, +) / Double(max(scores.count, 1)),
                                   charBoxes: boxes))
            }
            text = ""; boxes = []; scores = []; lastRight = nil
        }
        repeat {
            if TessPageIteratorIsAtBeginningOf(pit, RIL_TEXTLINE) != 0 { flush() }
            var l: Int32 = 0, t: Int32 = 0, r: Int32 = 0, b: Int32 = 0
            guard TessPageIteratorBoundingBox(pit, RIL_SYMBOL, &l, &t, &r, &b) != 0,
                  let cText = TessResultIteratorGetUTF8Text(it, RIL_SYMBOL) else { continue }
            let symbol = String(cString: cText)
            TessDeleteText(cText)
            guard !symbol.isEmpty else { continue }
            let conf = Double(TessResultIteratorConfidence(it, RIL_SYMBOL)) / 100
            // A new word after a gap: keep the space (the layout decides later whether it separates cells).
            if TessPageIteratorIsAtBeginningOf(pit, RIL_WORD) != 0, let last = lastRight, !text.isEmpty {
                let height = Double(max(b - t, 1))
                if Double(l - last) > height * 0.3 {
                    text.append(" ")
                    boxes.append(XueshiCore.Box(x0: Double(last), y0: Double(t), x1: Double(l), y1: Double(b)))
                    scores.append(conf)
                }
            }
            for ch in symbol {
                // A multi-character symbol (a ligature) shares its box.
                text.append(ch)
                boxes.append(XueshiCore.Box(x0: Double(l), y0: Double(t), x1: Double(r), y1: Double(b)))
                scores.append(max(0, min(1, conf)))
            }
            lastRight = r
        } while TessResultIteratorNext(it, RIL_SYMBOL) != 0
        flush()
        return out
    }
}
