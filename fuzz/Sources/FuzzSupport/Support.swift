import Foundation
import XueshiPipeline

/// What every target shares: the repository's extractor specs and standards (loaded once), a Document made of
/// plain text, and a stored (uncompressed) zip writer for OFD parts.
public enum Fuzz {
    /// The repository root: XUESHI_ROOT, else two folders above this package (fuzz/Sources/FuzzSupport/…).
    public static let root: String = {
        if let r = ProcessInfo.processInfo.environment["XUESHI_ROOT"] { return r }
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    public static let library: SpecLibrary = {
        do { return try SpecLibrary.load(directory: root + "/extractors") } catch { fatalError("extractors: \(error)") }
    }()

    public static let policies: PolicySet = {
        do { return try PolicySet.load(directory: root + "/policies") } catch { fatalError("policies: \(error)") }
    }()

    /// The whole pipeline, OCR off (an image page must not start PP-OCR workers under the fuzzer) and a fixed today.
    public static let pipeline: Pipeline = {
        var o = ScanOptions()
        o.read.ocr = .off
        o.today = DayDate(year: 2025, month: 6, day: 13)
        return Pipeline(library: library, policies: policies, options: o)
    }()

    public static func bytes(_ data: UnsafePointer<UInt8>?, _ size: Int) -> [UInt8] {
        guard let data, size > 0 else { return [] }
        return Array(UnsafeBufferPointer(start: data, count: size))
    }

    public static func string(_ b: [UInt8]) -> String { String(decoding: b, as: UTF8.self) }

    /// One A4 page: a block per paragraph (blank-line separated), a line per line, glyphs laid left to right at
    /// 12 pt, lines 20 pt apart.
    public static func document(text: String) -> Document {
        var blocks: [Block] = []
        var lines: [Line] = []
        var y = 60.0
        func flush() {
            guard !lines.isEmpty else { return }
            let x1 = lines.map(\.box.x1).max() ?? 72
            blocks.append(Block(lines: lines, box: Box(x0: 72, y0: lines[0].box.y0, x1: x1, y1: lines.last!.box.y1)))
            lines = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let s = String(raw)
            if s.trimmingCharacters(in: .whitespaces).isEmpty { flush(); y += 20; continue }
            var glyphs: [Box] = []
            var x = 72.0
            for c in s {
                let w = c.isASCII ? 6.0 : 12.0
                glyphs.append(Box(x0: x, y0: y, x1: x + w, y1: y + 12))
                x += w
            }
            lines.append(Line(text: s, glyphs: glyphs, box: Box(x0: 72, y0: y, x1: x, y1: y + 12), fontSize: 12))
            y += 20
        }
        flush()
        let page = Page(number: 1, width: 595, height: 842, blocks: blocks, textSource: .textLayer)
        return Document(format: .pdf, pages: [page], byteCount: text.utf8.count)
    }

    /// The post-read stages a scan runs on a document's text: view, extract, embedded merge, the standards.
    public static func extractAndPropose(_ document: Document) {
        let view = TextView(document: document)
        var extraction = pipeline.extractor.extract(view)
        _ = pipeline.extractor.merge(embedded: document.embedded, into: &extraction)
        var fields: [String: Field] = [:]
        for (k, f) in extraction.fields {
            fields[k] = Field(value: f.value, confidence: f.confidence, page: f.page, text: f.snippet, box: f.box,
                              note: f.note)
        }
        if extraction.isEvidence {
            _ = policies.propose(EvidenceFacts(mode: extraction.mode, kind: extraction.kind, subject: extraction.subject,
                                               activity: extraction.activity, fields: fields, text: view.string,
                                               classification: extraction.classificationConfidence))
        }
    }

    // MARK: - zip

    static let crcTable: [UInt32] = (0..<256).map { n -> UInt32 in
        var c = UInt32(n)
        for _ in 0..<8 { c = (c & 1) != 0 ? 0xEDB8_8320 ^ (c >> 1) : c >> 1 }
        return c
    }

    public static func crc32(_ b: [UInt8]) -> UInt32 {
        var c: UInt32 = 0xFFFF_FFFF
        for x in b { c = crcTable[Int((c ^ UInt32(x)) & 0xFF)] ^ (c >> 8) }
        return c ^ 0xFFFF_FFFF
    }

    /// A zip of stored entries with correct sizes and CRCs, UTF-8 names.
    public static func zip(_ entries: [(String, [UInt8])]) -> Data {
        var out: [UInt8] = []
        var central: [UInt8] = []
        func u16(_ v: Int, _ a: inout [UInt8]) { a += [UInt8(v & 0xFF), UInt8((v >> 8) & 0xFF)] }
        func u32(_ v: UInt32, _ a: inout [UInt8]) { for i in 0..<4 { a.append(UInt8((v >> (8 * UInt32(i))) & 0xFF)) } }
        for (name, data) in entries {
            let nb = Array(name.utf8)
            let crc = crc32(data)
            let offset = UInt32(out.count)
            u32(0x0403_4B50, &out); u16(20, &out); u16(0x800, &out); u16(0, &out); u16(0, &out); u16(0x5865, &out)
            u32(crc, &out); u32(UInt32(data.count), &out); u32(UInt32(data.count), &out); u16(nb.count, &out)
            u16(0, &out); out += nb; out += data
            u32(0x0201_4B50, &central); u16(20, &central); u16(20, &central); u16(0x800, &central); u16(0, &central)
            u16(0, &central); u16(0x5865, &central); u32(crc, &central); u32(UInt32(data.count), &central)
            u32(UInt32(data.count), &central); u16(nb.count, &central); u16(0, &central); u16(0, &central)
            u16(0, &central); u16(0, &central); u32(0, &central); u32(offset, &central); central += nb
        }
        let cdOffset = UInt32(out.count)
        out += central
        u32(0x0605_4B50, &out); u16(0, &out); u16(0, &out); u16(entries.count, &out); u16(entries.count, &out)
        u32(UInt32(central.count), &out); u32(cdOffset, &out); u16(0, &out)
        return Data(out)
    }

    // MARK: - a minimal valid OFD package

    public static let ns = "http://www.ofdspec.org/2016"
    public static let partNames = ["OFD.xml", "Doc_0/Document.xml", "Doc_0/PublicRes.xml",
                                   "Doc_0/Pages/Page_0/Content.xml"]

    public static func ofdParts() -> [(String, [UInt8])] {
        let ofd = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:OFD xmlns:ofd="\(ns)" Version="1.0" DocType="OFD"><ofd:DocBody><ofd:DocInfo><ofd:DocID>0123456789abcdef\
            </ofd:DocID><ofd:Title>培训证明</ofd:Title><ofd:CreationDate>2024-03-05</ofd:CreationDate></ofd:DocInfo>\
            <ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>
            """
        let doc = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Document xmlns:ofd="\(ns)"><ofd:CommonData><ofd:MaxUnitID>100</ofd:MaxUnitID><ofd:PageArea>\
            <ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>\
            </ofd:CommonData><ofd:Pages><ofd:Page ID="1" BaseLoc="Pages/Page_0/Content.xml"/></ofd:Pages></ofd:Document>
            """
        let res = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Res xmlns:ofd="\(ns)" BaseLoc="Res"><ofd:Fonts><ofd:Font ID="2" FontName="SimSun" FamilyName="SimSun"/>\
            </ofd:Fonts></ofd:Res>
            """
        let content = """
            <?xml version="1.0" encoding="UTF-8"?>
            <ofd:Page xmlns:ofd="\(ns)"><ofd:Area><ofd:PhysicalBox>0 0 210 297</ofd:PhysicalBox></ofd:Area><ofd:Content>\
            <ofd:Layer ID="3"><ofd:TextObject ID="10" Boundary="20 40 170 8" Font="2" Size="5"><ofd:TextCode X="0" \
            Y="5" DeltaX="g 5 5">张伟同志参加培训，共计24学时。</ofd:TextCode></ofd:TextObject><ofd:PathObject ID="11" \
            Boundary="20 60 100 1"><ofd:AbbreviatedData>M 0 0 L 100 0 B 1 1 2 2 3 3 C</ofd:AbbreviatedData>\
            </ofd:PathObject></ofd:Layer></ofd:Content></ofd:Page>
            """
        return Swift.zip(partNames, [ofd, doc, res, content]).map { ($0.0, Array($0.1.utf8)) }
    }
}
