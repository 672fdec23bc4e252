import Foundation
import XueshiCore

/// Draws one page of a document held in memory, whatever its format, through its page source: for `xueshi draw`
/// (a reviewer's picture of the page with the fields' boxes on it) and for tests.
public enum PageDrawing {
    /// Page `index` (0-based) at `dpi`, or why it could not be drawn.
    public static func draw(data: Data, page index: Int, dpi: Double, options: ReadOptions = .init())
        -> Result<PixelImage, ReadError> {
        if data.isEmpty { return .failure(.empty) }
        if data.count > options.maxBytes { return .failure(.tooLarge(bytes: data.count, limit: options.maxBytes)) }
        switch FormatSniffer.sniff(data) {
        case .pdf:
            return PDFReader.withDocument(data) { document -> Result<PixelImage, ReadError> in
                let (source, hugeImage) = PopplerPages.open(document, data: data, options: options)
                if let image = hugeImage {
                    return .failure(.tooManyPixels(width: image.width, height: image.height, limit: options.maxImagePixels))
                }
                return draw(source, index: index, dpi: dpi)
            }.flatMap { $0 }
        case .ofd:
            return OFDReader.withPages(data: data, options: options) { draw($0, index: index, dpi: dpi) }.flatMap { $0 }
        case .image:
            // An image is its own drawing; page units are its pixels (as ImageReader's page is).
            return ImageReader.decode(data, maxPixels: options.maxImagePixels).map { var i = $0; i.scale = 1; return i }
        default:
            return .failure(.notADocument())
        }
    }

    static func draw(_ source: some PageSource, index: Int, dpi: Double) -> Result<PixelImage, ReadError> {
        guard index >= 0, index < source.pageCount else {
            return .failure(ReadError(code: "no-such-page", message: "没有第 \(index + 1) 页（共 \(source.pageCount) 页）"))
        }
        guard let image = source.render(index, dpi: dpi, grey: false) else {
            return .failure(ReadError(code: "not-drawn", message: "第 \(index + 1) 页无法绘制（页面尺寸无效或像素过多）"))
        }
        return .success(image)
    }
}
