import Foundation
import XueshiCore
@testable import XueshiExtract

/// The repository's root, found from this file.
let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

let library: SpecLibrary = {
    try! SpecLibrary.load(directory: repoRoot.appendingPathComponent("extractors").path)
}()

/// A line of text placed on an A4 page: x, y of its top-left corner and its font size, glyphs laid out evenly.
struct Placed {
    var text: String
    var x: Double
    var y: Double
    var size: Double = 12

    func line() -> Line {
        var glyphs: [Box] = []
        var cx = x
        for c in text {
            let w = c.isASCII ? size * 0.5 : size
            glyphs.append(Box(x0: cx, y0: y, x1: cx + w, y1: y + size))
            cx += w
        }
        return Line(text: text, glyphs: glyphs, box: Box(x0: x, y0: y, x1: cx, y1: y + size), fontSize: size)
    }
}

/// A one-page document; each inner array is a block.
func document(_ blocks: [[Placed]], width: Double = 595, height: Double = 842) -> Document {
    let bs = blocks.map { ps -> Block in
        let lines = ps.map { $0.line() }
        return Block(lines: lines, box: Box.union(lines.map(\.box))!)
    }
    let page = Page(number: 1, width: width, height: height, blocks: bs, textSource: .textLayer)
    return Document(format: .pdf, pages: [page], byteCount: 1000)
}

func extract(_ blocks: [[Placed]], width: Double = 595, height: Double = 842) -> Extraction {
    Extractor(library: library).extract(TextView(document: document(blocks, width: width, height: height)))
}
