import CPoppler
import Foundation
import XueshiCore
import XueshiOCR

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
            PopplerRuntime.ensureReady()
            return data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<PixelImage, ReadError> in
                guard let base = raw.baseAddress, let bytes = g_bytes_new_static(base, gsize(raw.count)) else {
                    return .failure(.unreadable("内存不足"))
                }
                defer { g_bytes_unref(bytes) }
                var error: UnsafeMutablePointer<GError>? = nil
                guard let document = poppler_document_new_from_bytes(bytes, nil, &error) else {
                    defer { if error != nil { g_error_free(error) } }
                    return .failure(PDFReader.mapOpenError(error))
                }
                defer { g_object_unref(UnsafeMutableRawPointer(document)) }
                return draw(PopplerPages(document: document), index: index, dpi: dpi)
            }
        case .ofd:
            return OFDReader.withPages(data: data, options: options) { draw($0, index: index, dpi: dpi) }.flatMap { $0 }
        case .image:
            // An image is its own drawing; page units are its pixels (as ImageReader's page is).
            switch ImageFiles.decode(data) {
            case .success(let i):
                var upright = ImageOrientation.upright(i, orientation: ImageOrientation.read(data))
                upright.scale = 1
                return .success(upright)
            case .failure(.tooLarge(let w, let h)):
                return .failure(ReadError(code: "too-large", message: "图片过大（\(w)×\(h) 像素），超过上限"))
            case .failure:
                return .failure(.corrupt("：图片文件已损坏或格式不受支持"))
            }
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
