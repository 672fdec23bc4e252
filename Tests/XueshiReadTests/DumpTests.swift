import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// `XUESHI_DUMP=file.pdf swift test --filter dump` prints (or writes to XUESHI_DUMP_OUT) blocks and lines with their boxes, for tuning the layout.
@Test(.enabled(if: ProcessInfo.processInfo.environment["XUESHI_DUMP"] != nil))
func dump() throws {
    let name = ProcessInfo.processInfo.environment["XUESHI_DUMP"] ?? ""
    let url = name.hasPrefix("/") ? URL(fileURLWithPath: name) : Samples.corpus.appendingPathComponent(name)
    let document = try DocumentReader.read(data: Data(contentsOf: url)).get()
    var out = "format \(document.format) pages \(document.pages.count) revisions \(String(describing: document.revisions))\n"
    for page in document.pages {
        out += "== page \(page.number) \(page.width)x\(page.height) source \(page.textSource) garbled \(page.garbledRatio) images \(page.imageCoverage)\n"
        for block in page.blocks {
            out += "  -- block \(fmt(block.box))\n"
            for line in block.lines { out += "    [\(fmt(line.box)) fs \(String(format: "%.1f", line.fontSize))] \(line.text)\n" }
        }
    }
    if let path = ProcessInfo.processInfo.environment["XUESHI_DUMP_OUT"] {
        try out.write(toFile: path, atomically: true, encoding: .utf8)
    } else {
        print(out)
    }
}

private func fmt(_ b: Box) -> String { String(format: "%.0f,%.0f,%.0f,%.0f", b.x0, b.y0, b.x1, b.y1) }
