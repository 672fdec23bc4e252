import Foundation
import XueshiCore

/// OFD bytes → `Document` (text pages, metadata), and the parsed `OFDPackage` for the renderer, seals and OCR.
/// Everything happens in memory; nothing is written to disk.
enum OFDReader {
    static func read(data: Data, options: ReadOptions) -> Result<Document, ReadError> {
        withPages(data: data, options: options) { source in
            let package = source.package
            var document = Document(format: .ofd, pages: PageAnalysis.pages(source, options: options),
                                    metadata: metadata(package), byteCount: data.count)
            document.pageCount = package.pageCount
            document.embedded = package.embedded
            document.signatures = source.signatures
            // Seals, codes, OCR and logos through the drawn pages, as for every format; the stamps are drawn on them.
            PageAnalysis.run(source, on: &document, options: options)
            return document
        }
    }

    /// The document opened as a page source (text, pictures, pages drawn with their seal stamps) with its
    /// signatures read, for `body`.
    static func withPages<T>(data: Data, options: ReadOptions, _ body: (OFDPages) -> T) -> Result<T, ReadError> {
        switch open(data: data, options: options) {
        case .failure(let e):
            return .failure(e)
        case .success(let package):
            var signatures: [SignatureInfo] = []
            var stamps: [OFDStampPicture] = []
            // The signatures of the document whose pages were read (OFD.xml was parsed once, by the parser).
            if let path = package.signaturesPath {
                let read = OFDSignatureReader.read(package.container, signaturesPath: path)
                signatures += read.signatures
                stamps += read.stamps.compactMap(\.drawing)
            }
            return .success(body(OFDPages(package: package, stamps: stamps, signatures: signatures, options: options)))
        }
    }

    /// The parsed package: OFD.xml, Document.xml, resources and the first `options.maxPages` pages with their
    /// templates, plus attachments and custom tags in `embedded`.
    static func open(data: Data, options: ReadOptions, limits: OFDLimits? = nil) -> Result<OFDPackage, ReadError> {
        let limits = limits ?? OFDLimits(options)
        do throws(OFDError) {
            return .success(try parse(data: data, maxPages: options.maxPages, limits: limits))
        } catch {
            return .failure(error.readError)
        }
    }

    static func parse(data: Data, maxPages: Int, limits: OFDLimits = .init()) throws(OFDError) -> OFDPackage {
        let container = try OFDContainer(data: data, limits: limits)
        var parser = OFDParser(container: container)
        var (package, plan) = try parser.open()
        var textByPage: [String: [String: String]] = [:]
        let count = min(plan.pages.count, max(maxPages, 0))
        package.pages.reserveCapacity(count)
        for index in 0..<count {
            let (page, texts) = try parser.page(index, in: plan)
            package.pages.append(page)
            textByPage[page.id ?? "#\(index)"] = texts
        }
        OFDEmbeddedValues.read(&parser, plan: plan, textByPage: textByPage, into: &package)
        return package
    }

    /// One parsed page as text: glyphs in points through the PDF side's layout. `metrics` measures widths the
    /// producer left to the font (one is made for the call when not given).
    static func page(_ page: OFDPage, in package: OFDPackage, metrics: OFDFontMetrics? = nil,
                     maxGlyphs: Int = ReadOptions().maxGlyphsPerPage) -> Page {
        let width = page.widthPoints, height = page.heightPoints
        let text = OFDTextGlyphs.glyphs(page, metrics: metrics ?? OFDFontMetrics(package: package), maxGlyphs: maxGlyphs)
        let cjkFont = package.fonts.values.contains { FontNames.isCJK($0.name) || FontNames.isCJK($0.family ?? "") }
        var ratio = text.counter.ratio(cidCharacters: CIDText.count(in: text.text)) { cjkFont }
        // Glyph indices with no characters behind them: the text layer is not what the page shows.
        if text.glyphsWithoutText > 0 {
            let shown = Double(text.counter.total + text.glyphsWithoutText)
            ratio = max(ratio, Double(text.glyphsWithoutText) / shown)
        }
        let garbled = ratio >= GarbleCounter.threshold
        let blocks = PageLayout(width: width, height: height).blocks(from: text.glyphs)
        let source: TextSource = blocks.isEmpty || garbled ? .none : .textLayer
        var out = Page(number: page.index + 1, width: width, height: height, blocks: blocks, textSource: source,
                       garbled: garbled, garbledRatio: ratio, imageCoverage: OFDTextGlyphs.imageCoverage(page))
        out.glyphsLeftOut = text.leftOut
        return out
    }

    /// DocInfo → metadata; the producer is Creator and CreatorVersion together, as PDF's Producer names a tool.
    static func metadata(_ package: OFDPackage) -> DocumentMetadata {
        var m = DocumentMetadata()
        let info = package.info
        m.title = info["Title"]
        m.author = info["Author"]
        m.subject = info["Subject"]
        m.keywords = info["Keywords"]
        m.creator = info["Creator"]
        if let creator = info["Creator"] {
            m.producer = info["CreatorVersion"].map { creator.contains($0) ? creator : creator + " " + $0 } ?? creator
        } else {
            m.producer = info["CreatorVersion"]
        }
        m.creationDate = info["CreationDate"].flatMap(date)
        m.modificationDate = info["ModDate"].flatMap(date)
        return m
    }

    /// xs:date or xs:dateTime as producers write them ("2020-06-20", "2020-06-20T10:11:12", with a zone or not,
    /// "2020/10/10 15:11:19"); times without a zone are China time, where these documents come from.
    static func date(_ s: String) -> Date? {
        let t = s.trimmingCharacters(in: .whitespaces)
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(secondsFromGMT: 8 * 3600)
        for format in ["yyyy-MM-dd'T'HH:mm:ssXXXXX", "yyyy-MM-dd'T'HH:mm:ss.SSSXXXXX", "yyyy-MM-dd'T'HH:mm:ss",
                       "yyyy-MM-dd HH:mm:ss", "yyyy/MM/dd HH:mm:ss", "yyyy-MM-ddXXXXX", "yyyy-MM-dd", "yyyy/MM/dd"] {
            formatter.dateFormat = format
            if let d = formatter.date(from: t) { return d }
        }
        return nil
    }
}
