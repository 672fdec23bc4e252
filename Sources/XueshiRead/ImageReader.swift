import Foundation
import XueshiCore
import XueshiOCR

/// Photos and scans as image files (JPEG, PNG, TIFF, WebP, BMP, GIF): decoded, then read by OCR as one page.
///
/// An image is sized from its headers (`ImageHeader`, which finds them wherever they lie) and refused before
/// decoding when it has more than `ReadOptions.maxImagePixels` pixels (`too-many-pixels`); one whose headers say
/// nothing usable is never decoded (with OCR off it is the unread page it would have been; with OCR on, `corrupt`).
enum ImageReader {
    static func read(data: Data, size: ImageHeader.Size?, options: ReadOptions) -> Result<Document, ReadError> {
        if let size, size.decodedPixels > options.maxImagePixels {
            return .failure(.tooManyPixels(width: size.width, height: size.height, limit: options.maxImagePixels))
        }
        let width = Double(size?.width ?? 0), height = Double(size?.height ?? 0)
        let unread = { (ocr: PageOCRInfo?) -> Result<Document, ReadError> in
            // The page exists so checks can say why nothing was read. Size in pixels.
            var page = Page(number: 1, width: width, height: height, blocks: [], textSource: .none, imageCoverage: 1)
            page.ocr = ocr
            var document = Document(format: .image, pages: [page], byteCount: data.count)
            document.pageCount = 1
            return .success(document)
        }
        guard options.ocr != .off else { return unread(nil) }
        let image: PixelImage
        switch decode(data, maxPixels: options.maxImagePixels) {
        case .success(let i): image = i
        case .failure(let e): return .failure(e)
        }
        let engine: any OCREngine
        switch OCREngines.engine(options.ocr, options: options) {
        case .success(let e): engine = e
        case .failure(let err):
            return unread(PageOCRInfo(engine: options.ocr.rawValue, meanScore: 0, quarterTurns: 0, skew: 0,
                                      reason: "no-text-layer", seconds: 0, error: err.message))
        }
        // A photo of a document on a desk (or a viewer's dark margins round a page): the document alone, squared.
        let paper = DocumentQuad.straightened(image) ?? image
        OCRDebug.log("image \(image.width)x\(image.height) → document \(paper.width)x\(paper.height)")
        let out = OCRReader.read(paper, number: 1, engine: engine, reason: "no-text-layer",
                                 deadline: Date().addingTimeInterval(options.ocrSecondsPerFile))
        var document = Document(format: .image, pages: [out.page], byteCount: data.count)
        document.pageCount = 1
        document.seals = out.seals
        document.codes = out.codes
        return .success(document)
    }

    /// The image decoded and turned upright (a phone's portrait photo is stored on its side with a tag saying so),
    /// or why it could not be.
    static func decode(_ data: Data, maxPixels: Int) -> Result<PixelImage, ReadError> {
        switch ImageFiles.decode(data, maxPixels: maxPixels) {
        case .success(let i): .success(ImageOrientation.upright(i, orientation: ImageOrientation.read(data)))
        case .failure(.tooLarge(let w, let h)): .failure(.tooManyPixels(width: w, height: h, limit: maxPixels))
        case .failure(.unreadable): .failure(.corrupt("：图片文件已损坏、文件头不完整或格式不受支持"))
        }
    }
}
