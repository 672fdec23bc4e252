import Foundation
import XueshiOCR
import XueshiCore
@testable import XueshiRead

/// The shared sample corpus and this target's own fixtures, found from this file's path.
enum Samples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus/samples")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func data(_ name: String) throws -> Data { try Data(contentsOf: corpus.appendingPathComponent(name)) }
    static func fixture(_ name: String) throws -> Data { try Data(contentsOf: fixtures.appendingPathComponent(name)) }

    static func read(_ name: String, ocr: OCRChoice = .auto) throws -> Document {
        var o = ReadOptions()
        o.ocr = ocr
        return try DocumentReader.read(data: data(name), options: o).get()
    }
}

extension ReadOptions {
    /// The text layer only: what the reader finds before any OCR.
    static var textOnly: ReadOptions { var o = ReadOptions(); o.ocr = .off; return o }
}
