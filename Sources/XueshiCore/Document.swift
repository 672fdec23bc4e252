import Foundation

public enum DocumentFormat: String, Codable, Sendable {
    case pdf, ofd, image, html, text, unknown
}

public enum TextSource: String, Codable, Sendable {
    case textLayer = "text-layer"
    case ocr, mixed, none
}

/// One line of text in reading order. `glyphs` holds one box per `Character` of `text`, so any
/// substring of the line can be traced back to where it stands on the page.
public struct Line: Sendable, Hashable {
    public var text: String
    public var glyphs: [Box]
    public var box: Box
    /// Median glyph height in points: titles are larger than body text.
    public var fontSize: Double
    /// The OCR engine's score for the line (0...1); nil for a text layer.
    public var score: Double? = nil

    public init(text: String, glyphs: [Box], box: Box, fontSize: Double, score: Double? = nil) {
        self.text = text; self.glyphs = glyphs; self.box = box; self.fontSize = fontSize; self.score = score
    }
}

/// Lines that belong together (a paragraph, a table cell row, a signature block).
public struct Block: Sendable, Hashable {
    public var lines: [Line]
    public var box: Box
    /// The words of a seal drawn as vector text: its first line is the name read along the arc (clockwise from
    /// the lower left), a second line, when present, the text across the seal's centre (e.g. 培训专用章).
    /// Seal blocks come after the page's other blocks.
    public var isSeal: Bool = false
    public init(lines: [Line], box: Box, isSeal: Bool = false) { self.lines = lines; self.box = box; self.isSeal = isSeal }
}

public struct Page: Sendable {
    /// 1-based.
    public var number: Int
    public var width: Double
    public var height: Double
    /// Blocks in reading order.
    public var blocks: [Block]
    public var textSource: TextSource
    /// The text layer exists but cannot be trusted (replacement characters, unmapped CIDs, private-use code points).
    public var garbled: Bool
    /// Share of the page's characters that looked garbled (0...1).
    public var garbledRatio: Double
    /// The page carries images covering most of it (a scan inside a PDF).
    public var imageCoverage: Double
    /// What OCR did on this page, when it ran.
    public var ocr: PageOCRInfo? = nil
    /// Glyphs of the text layer past `ReadOptions.maxGlyphsPerPage`, left unread (0: the whole layer was read).
    public var glyphsLeftOut: Int = 0

    public init(number: Int, width: Double, height: Double, blocks: [Block], textSource: TextSource,
                garbled: Bool = false, garbledRatio: Double = 0, imageCoverage: Double = 0) {
        self.number = number; self.width = width; self.height = height; self.blocks = blocks
        self.textSource = textSource; self.garbled = garbled; self.garbledRatio = garbledRatio
        self.imageCoverage = imageCoverage
    }

    public var lines: [Line] { blocks.flatMap(\.lines) }
    public var text: String { blocks.map { $0.lines.map(\.text).joined(separator: "\n") }.joined(separator: "\n\n") }
}

/// How a page was read by OCR: the engine, its mean line score, the turn and skew it undid, and why it ran.
public struct PageOCRInfo: Sendable, Codable, Hashable {
    /// Below this line score a page is worth reading by eye (`ocr-low-confidence`).
    public static let lowScore = 0.80
    public var engine: String
    /// Mean line score weighted by characters (0...1).
    public var meanScore: Double
    /// Quarter turns clockwise applied before reading.
    public var quarterTurns: Int
    /// Skew undone, in degrees.
    public var skew: Double
    /// `no-text-layer`, `garbled`, `partial-text-layer`, `outlined-text` (words drawn as outlines, see VectorInk).
    public var reason: String
    public var seconds: Double
    /// OCR failed on the page (engine error or timeout); the message says why.
    public var error: String?

    public init(engine: String, meanScore: Double, quarterTurns: Int, skew: Double, reason: String, seconds: Double,
                error: String? = nil) {
        self.engine = engine; self.meanScore = meanScore; self.quarterTurns = quarterTurns; self.skew = skew
        self.reason = reason; self.seconds = seconds; self.error = error
    }
}

public struct DocumentMetadata: Sendable, Codable, Hashable {
    public var title: String?
    public var author: String?
    public var subject: String?
    public var keywords: String?
    public var creator: String?
    public var producer: String?
    public var creationDate: Date?
    public var modificationDate: Date?
    /// The raw XMP packet, when the document has one.
    public var xmp: String?
    /// Dates read from XMP (xmp:CreateDate, xmp:ModifyDate), for consistency checks.
    public var xmpCreateDate: Date?
    public var xmpModifyDate: Date?

    public init() {}
}

/// What the read stage makes of a file: pages of positioned text and where it came from.
public struct Document: Sendable {
    public var format: DocumentFormat
    public var pages: [Page]
    public var metadata: DocumentMetadata
    public var byteCount: Int
    /// Number of revisions (incremental updates + 1), when the reader could tell.
    public var revisions: Int?
    /// The saves `revisions` counts, first the original (PDF only; empty when the reader could not tell). A section
    /// that defines no object (a hybrid file's closing cross-reference section) is no save and is left out; a
    /// linearised file's first-page section is part of its body.
    public var revisionSections: [RevisionSection] = []
    /// Pages the file has; `pages` holds fewer when a reading limit cut it short. Nil when the reader could not tell.
    public var pageCount: Int? = nil
    /// Digital signatures in the file, validated (empty when unsigned).
    public var signatures: [SignatureInfo] = []
    /// Red seals found on the rendered pages, in page order.
    public var seals: [SealInfo] = []
    /// Pages (1-based) that were rendered and searched for seals; a page not listed was not looked at.
    public var sealScannedPages: [Int] = []
    /// QR codes and barcodes read on the rendered pages, in page order.
    public var codes: [CodeInfo] = []
    /// Values the file carries as data beside its pages (an OFD's custom tags and embedded XML), element name →
    /// text; the extract stage maps them to fields (`extractors/embedded.yaml`).
    public var embedded: [String: String] = [:]
    /// Reading limits the file ran into (pages past `maxPages`, pages past `maxOCRPages` left without OCR, pages
    /// whose text passed `maxGlyphsPerPage`), in the order they were met; empty when it was read in full. A report
    /// says what was left unread from these (the `limit-reached` flag) rather than passing a part off as the whole.
    public var limits: [ReadLimit] = []
    /// Logo regions found on the first pages but left unread, because the reader was asked to read logos only
    /// when they are needed (`ReadOptions.logos == .deferred`); 0 when there were none or they were read.
    public var unreadLogos = 0

    public init(format: DocumentFormat, pages: [Page], metadata: DocumentMetadata = .init(),
                byteCount: Int, revisions: Int? = nil) {
        self.format = format; self.pages = pages; self.metadata = metadata
        self.byteCount = byteCount; self.revisions = revisions
    }

    public var textSource: TextSource {
        let sources = Set(pages.filter { !$0.blocks.isEmpty }.map(\.textSource))
        if sources.isEmpty { return .none }
        if sources.count == 1 { return sources.first! }
        return .mixed
    }
}

/// One digital signature as the reader validated it. Statuses are stable strings: signature `valid`, `invalid`,
/// `digest-mismatch`, `decoding-error`, `generic-error`, `not-found`, `not-verified`; certificate `trusted`,
/// `untrusted-issuer`, `unknown-issuer`, `revoked`, `expired`, `generic-error`, `not-verified`.
public struct SignatureInfo: Sendable, Codable, Hashable {
    /// The signature field's name (e.g. Signature1), when it has one.
    public var fieldName: String?
    /// The signer's common name as the certificate states it.
    public var signer: String?
    public var signingTime: Date?
    public var signatureStatus: String
    public var certificateStatus: String
    /// How many bytes from the file's start the signature covers (PDF: the end of its /ByteRange); nil where the
    /// format signs parts rather than a byte range (OFD signs a list of container parts) or it could not be read.
    public var signedLength: Int?
    /// The signature covers the whole document as it is now: PDF, the signed bytes reach the end of the file (only
    /// whitespace after them); OFD, every part that draws a page is among the signed references.
    public var coversWholeFile: Bool
    /// The signature algorithm as read, e.g. `SM2-SM3`, `RSA-SHA256`; nil when unknown (PDF: poppler does not say).
    public var method: String?
    /// OFD: `seal` (an electronic seal, 电子签章, Type="Seal") or `sign` (a plain digital signature, Type="Sign").
    public var kind: String?
    /// The signer's organisation (the certificate's O), when it names one.
    public var organization: String?
    /// OFD: the signing software as Signature.xml names it ("ProviderName Version（Company）").
    public var provider: String?
    /// OFD: how many referenced parts were recomputed and compared (0 for a PDF signature: it signs a byte range).
    public var references: Int
    /// OFD: referenced parts whose digest no longer matches, or that are missing from the file.
    public var failedReferences: [String]
    /// OFD: parts that draw pages (document, page content, templates, resources, fonts, images) that no signature
    /// references: added or replaced after signing.
    public var uncoveredParts: [String]
    /// OFD: those of `uncoveredParts` that are the document's page list or a page's own content: a page added or
    /// replaced after signing. The rest (templates, pictures, fonts, resource lists) some producers never sign.
    public var uncoveredPages: [String] = []
    /// Why the signature could not be verified, or what failed, in Chinese; nil when it verified.
    public var reason: String?
    /// The electronic seal the signature carries (OFD Type="Seal"), verified or not.
    public var seal: ElectronicSeal?

    public init(fieldName: String? = nil, signer: String?, signingTime: Date?, signatureStatus: String,
                certificateStatus: String, signedLength: Int?, coversWholeFile: Bool) {
        self.fieldName = fieldName; self.signer = signer; self.signingTime = signingTime
        self.signatureStatus = signatureStatus; self.certificateStatus = certificateStatus
        self.signedLength = signedLength; self.coversWholeFile = coversWholeFile
        self.references = 0; self.failedReferences = []; self.uncoveredParts = []
    }

    // Reports written before the OFD fields existed decode with their defaults.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        fieldName = try c.decodeIfPresent(String.self, forKey: .fieldName)
        signer = try c.decodeIfPresent(String.self, forKey: .signer)
        signingTime = try c.decodeIfPresent(Date.self, forKey: .signingTime)
        signatureStatus = try c.decode(String.self, forKey: .signatureStatus)
        certificateStatus = try c.decode(String.self, forKey: .certificateStatus)
        signedLength = try c.decodeIfPresent(Int.self, forKey: .signedLength)
        coversWholeFile = try c.decode(Bool.self, forKey: .coversWholeFile)
        method = try c.decodeIfPresent(String.self, forKey: .method)
        kind = try c.decodeIfPresent(String.self, forKey: .kind)
        organization = try c.decodeIfPresent(String.self, forKey: .organization)
        provider = try c.decodeIfPresent(String.self, forKey: .provider)
        references = try c.decodeIfPresent(Int.self, forKey: .references) ?? 0
        failedReferences = try c.decodeIfPresent([String].self, forKey: .failedReferences) ?? []
        uncoveredParts = try c.decodeIfPresent([String].self, forKey: .uncoveredParts) ?? []
        uncoveredPages = try c.decodeIfPresent([String].self, forKey: .uncoveredPages) ?? []
        reason = try c.decodeIfPresent(String.self, forKey: .reason)
        seal = try c.decodeIfPresent(ElectronicSeal.self, forKey: .seal)
    }
}

/// A red seal found on a rendered page. `box` is in PDF points, origin top-left. The seal's words are not read
/// here: `text` stays nil until OCR reads the seal's box (a separate stage), unless the seal is vector text.
public struct SealInfo: Sendable, Codable, Hashable {
    public var page: Int
    public var box: Box
    /// 0...1: how round, how ring-like and how red the mark is.
    public var confidence: Double
    /// `round` or `oval`.
    public var shape: String
    /// The seal's words, when some later stage read them (nil here).
    public var text: String?

    public init(page: Int, box: Box, confidence: Double, shape: String, text: String? = nil) {
        self.page = page; self.box = box; self.confidence = confidence; self.shape = shape; self.text = text
    }
}

/// A QR code or barcode decoded on a rendered page. `box` is in PDF points, origin top-left.
public struct CodeInfo: Sendable, Codable, Hashable {
    public var page: Int
    public var box: Box
    /// zbar's symbology name: `QR-Code`, `CODE-128`, `EAN-13`…
    public var symbology: String
    public var payload: String

    public init(page: Int, box: Box, symbology: String, payload: String) {
        self.page = page; self.box = box; self.symbology = symbology; self.payload = payload
    }
}

/// Why a file could not be read. Codes are stable; messages are Chinese for the people who read reports.
public struct ReadError: Error, Sendable, Hashable, Codable {
    public var code: String
    public var message: String
    public init(code: String, message: String) { self.code = code; self.message = message }

    public static func notADocument(_ detail: String = "") -> ReadError {
        ReadError(code: "not-a-document", message: "文件不是可识别的 PDF 文档" + detail)
    }
    public static let encrypted = ReadError(code: "encrypted", message: "文件已加密，需要密码才能打开，无法读取内容")
    public static func corrupt(_ detail: String = "") -> ReadError {
        ReadError(code: "corrupt", message: "文件已损坏或不完整，无法解析" + detail)
    }
    public static let empty = ReadError(code: "empty", message: "文件为空（0 字节）")
    public static func tooLarge(bytes: Int, limit: Int) -> ReadError {
        ReadError(code: "too-large", message: "文件过大（\(bytes / 1_048_576) MB），超过上限 \(limit / 1_048_576) MB")
    }
    public static func unreadable(_ detail: String) -> ReadError {
        ReadError(code: "unreadable", message: "无法读取文件：" + detail)
    }
    /// An image or page whose pixels, from its header or page size, pass the limit: refused before decoding.
    public static func tooManyPixels(width: Int, height: Int, limit: Int) -> ReadError {
        ReadError(code: "too-many-pixels",
                  message: "图像尺寸过大（\(width)×\(height) 像素），超过上限 \(pixelText(limit))，未解码")
    }
    /// A file that would inflate past the decompressed-bytes limit (a decompression bomb).
    public static func tooMuchData(limit: Int) -> ReadError {
        ReadError(code: "decompression-limit", message: "文件解压后的数据超过上限 \(byteText(limit))（可能是解压炸弹），未读取")
    }
    /// A limit as a reader would say it: "60 百万像素", "10000 像素" (a limit set low is not rounded to 0).
    static func pixelText(_ n: Int) -> String { n >= 1_000_000 ? "\(n / 1_000_000) 百万像素" : "\(n) 像素" }
    /// "256 MB", "3000 字节".
    static func byteText(_ n: Int) -> String { n >= 1_048_576 ? "\(n / 1_048_576) MB" : "\(n) 字节" }
    /// The worker reading the file ran past its seconds.
    public static func timeout(seconds: Double) -> ReadError {
        ReadError(code: "timeout", message: "读取超时：超过每个文件 \(Int(seconds)) 秒的时限，已中止")
    }
    /// The worker reading the file ran past its resident memory.
    public static func memoryLimit(megabytes: Int) -> ReadError {
        ReadError(code: "memory-limit", message: "读取时内存超过每个文件 \(megabytes) MB 的上限，已中止")
    }
    /// The worker reading the file died (a crash in a C library, a trap).
    public static func crashed(_ detail: String) -> ReadError {
        ReadError(code: "crashed", message: "读取此文件的进程异常退出（\(detail)），其余文件不受影响")
    }
    /// A path named on the command line, or a link, that leads to nothing.
    public static func notFound(_ detail: String = "") -> ReadError {
        ReadError(code: "not-found", message: "文件不存在" + detail)
    }
    /// Not a regular file: a device, a FIFO, a socket.
    public static func notAFile(_ kind: String) -> ReadError {
        ReadError(code: "not-a-file", message: "不是普通文件（\(kind)），未读取")
    }
}
