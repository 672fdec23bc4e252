import XueshiCore

/// Why an OFD container or one of its parts could not be read; becomes the report's `error`.
enum OFDError: Error, Equatable {
    /// The container or a part it needs is broken: bad zip, bad XML, a missing part, an unsafe entry.
    case corrupt(String)
    /// A zip that is not an OFD document (no OFD.xml, or one that names no document).
    case notADocument(String)
    /// Over one of the container's limits (entries, sizes, ratio, nesting).
    case tooLarge(String)
    /// Entries encrypted with a zip password.
    case encrypted
    /// The parts would inflate past `ReadOptions.maxDecompressedBytes` (the limit, in bytes) in all.
    case decompressionLimit(Int, String)

    var readError: ReadError {
        switch self {
        case .corrupt(let d): ReadError(code: "corrupt", message: "OFD 文件已损坏或不完整，无法解析：" + d)
        case .notADocument(let d): ReadError(code: "not-a-document", message: "这个压缩包不是 OFD 文档：" + d)
        case .tooLarge(let d): ReadError(code: "too-large", message: "OFD 文件超出读取上限：" + d)
        case .encrypted: ReadError(code: "encrypted", message: "OFD 文件中的内容已加密，需要密码才能打开，无法读取")
        case .decompressionLimit(let limit, let d):
            ReadError(code: "decompression-limit", message: ReadError.tooMuchData(limit: limit).message + "：" + d)
        }
    }
}
