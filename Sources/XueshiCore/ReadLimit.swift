/// A reading limit a file ran into: what was left unread and why, so a report can say "只读了前 N 页" instead of
/// passing a partial reading off as the whole file. Recorded by the read stage on `Document.limits`; the pipeline
/// turns them into a `limit-reached` flag.
public struct ReadLimit: Sendable, Codable, Hashable {
    /// Which limit, by the `ReadOptions` name: `maxPages`, `maxOCRPages`, `maxGlyphsPerPage`, `maxImagePixels`.
    public var name: String
    /// The limit's value (pages, glyphs) as it was set for the read.
    public var limit: Int
    /// Pages (1-based) the limit cut short or left unread; empty when it concerns the whole file.
    public var pages: [Int]
    /// What was left out, in Chinese for the report.
    public var message: String

    public init(name: String, limit: Int, pages: [Int] = [], message: String) {
        self.name = name; self.limit = limit; self.pages = pages; self.message = message
    }

    public static let maxPages = "maxPages"
    public static let maxOCRPages = "maxOCRPages"
    public static let maxGlyphsPerPage = "maxGlyphsPerPage"
    public static let ocrSecondsPerFile = "ocrSecondsPerFile"
    public static let maxImagePixels = "maxImagePixels"

    /// Pages past `limit` not read at all: the file has `pageCount`.
    public static func pages(read limit: Int, of pageCount: Int) -> ReadLimit {
        ReadLimit(name: maxPages, limit: limit, pages: pageCount > limit ? Array((limit + 1)...pageCount) : [],
                  message: "文件共 \(pageCount) 页，只读了前 \(limit) 页（页数上限 \(limit)），其余页面未读取")
    }

    /// Pages that needed OCR past the OCR page limit, left unread.
    public static func ocrPages(limit: Int, unread: [Int]) -> ReadLimit {
        ReadLimit(name: maxOCRPages, limit: limit, pages: unread,
                  message: "需要 OCR 识别的页面超过上限 \(limit) 页，只识别了前 \(limit) 页，第 \(pageList(unread)) 页未识别")
    }

    /// Pages that needed OCR after the file's OCR time budget was spent, left unread.
    public static func ocrSeconds(limit: Double, unread: [Int]) -> ReadLimit {
        ReadLimit(name: ocrSecondsPerFile, limit: Int(limit), pages: unread,
                  message: "OCR 用完了每个文件 \(Int(limit)) 秒的时间预算，第 \(pageList(unread)) 页未识别")
    }

    /// Pages whose text layer held more glyphs than the limit: only the first `limit` of each were read.
    public static func glyphs(limit: Int, pages: [Int]) -> ReadLimit {
        ReadLimit(name: maxGlyphsPerPage, limit: limit, pages: pages,
                  message: "第 \(pageList(pages)) 页的文字超过每页 \(limit) 个字符的上限，只读了每页的前 \(limit) 个字符")
    }

    /// A PDF image larger than the limit: its pages were read as text but not drawn (no seals, codes or OCR).
    public static func undrawnPages(width: Int, height: Int, limit: Int) -> ReadLimit {
        ReadLimit(name: maxImagePixels, limit: limit,
                  message: "文件中有一幅图像（\(width)×\(height) 像素）超过上限 \(ReadError.pixelText(limit))：页面未绘制，只读取了文字层，未查找印章、二维码，也未进行 OCR")
    }

    static func pageList(_ pages: [Int]) -> String {
        let shown = pages.prefix(10).map(String.init).joined(separator: "、")
        return pages.count > 10 ? shown + " 等 \(pages.count) 页" : shown
    }
}
