import Foundation
import XueshiCore
import XueshiOCR

public enum DocumentReader {
    /// Never throws or traps; every failure is a ReadError with a stable code and a Chinese message.
    public static func read(data: Data, options: ReadOptions = .init()) -> Result<Document, ReadError> {
        if data.isEmpty { return .failure(.empty) }
        if data.count > options.maxBytes { return .failure(.tooLarge(bytes: data.count, limit: options.maxBytes)) }
        switch FormatSniffer.sniff(data) {
        case .pdf:
            return PDFReader.read(data: data, options: options)
        case .image(let size):
            return ImageReader.read(data: data, size: size, options: options)
        case .ofd:
            return OFDReader.read(data: data, options: options)
        case .zip:
            return .failure(.notADocument("：这是一个 ZIP 压缩包（可能是 Word/Excel 文档），不是 PDF 或 OFD"))
        case .html:
            return .failure(.notADocument("：这是一个 HTML 网页，请打印为 PDF 后再提交"))
        case .text:
            return .failure(.notADocument("：这是一个纯文本文件"))
        case .unknown:
            return .failure(.notADocument())
        }
    }

    /// The format the bytes are in, by their content (not the file's name): what a report says even when the file
    /// could not be read.
    public static func format(of data: Data) -> DocumentFormat {
        switch FormatSniffer.sniff(data) {
        case .pdf: .pdf
        case .ofd: .ofd
        case .image: .image
        case .html: .html
        case .text: .text
        case .zip, .unknown: .unknown
        }
    }
}
