import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// Glyphs as poppler reports a page: rows of text, and optionally a seal drawn the way corpus/generate.py's
/// `seal_vector` draws one (characters on the upper arc, turned outwards, a line across the lower middle).
struct SyntheticPage {
    var glyphs: [Glyph] = []
    private var line = 0

    /// A row of abutting glyphs from `x`, top `y`, one poppler line.
    mutating func row(_ text: String, x: Double, y: Double, size: Double, red: Bool = false) {
        var left = x
        for (k, ch) in text.unicodeScalars.enumerated() {
            let w = ch.isASCII ? size / 2 : size
            glyphs.append(Glyph(scalar: ch, box: Box(x0: left, y0: y, x1: left + w, y1: y + size), sourceLine: line,
                                spaceBefore: k == 0, red: red))
            left += w
        }
        line += 1
    }

    /// A row centred on `cx`.
    mutating func centredRow(_ text: String, cx: Double, y: Double, size: Double, red: Bool = false) {
        let width = text.unicodeScalars.reduce(0.0) { $0 + ($1.isASCII ? size / 2 : size) }
        row(text, x: cx - width / 2, y: y, size: size, red: red)
    }

    /// Seal of outer radius `r` centred at (cx, cy) in page coordinates (y down), as seal_vector draws it.
    /// Boxes are squares around each character's centre, nudged by up to `jitter` points and sometimes flattened
    /// the way poppler boxes a turned glyph; two neighbours at the top share a poppler line, as poppler joins them.
    mutating func seal(_ text: String, cx: Double, cy: Double, r: Double = 56, bottom: String = "", jitter: Double = 2,
                       red: Bool = true) {
        let chars = Array(text.unicodeScalars)
        let n = Double(chars.count)
        let size = r * (n <= 8 ? 0.22 : n <= 12 ? 0.19 : 0.16)
        let span = min(270.0, 24.0 * n + 40)
        let start = 90 + span / 2
        var rng = SplitMix64(state: UInt64(chars.count) * 7919)
        for (i, ch) in chars.enumerated() {
            let ang = (start - span * (Double(i) + 0.5) / n) * .pi / 180
            let rc = r - size * 1.05
            let x = cx + rc * cos(ang) + Double.random(in: -jitter...jitter, using: &rng)
            let y = cy - rc * sin(ang) + Double.random(in: -jitter...jitter, using: &rng)
            let flat = i % 3 == 1 ? 0.86 : 1.0
            let (w, h) = i % 2 == 0 ? (size, size * flat) : (size * flat, size)
            let apex = abs(ang - .pi / 2) < 0.3
            glyphs.append(Glyph(scalar: ch, box: Box(x0: x - w / 2, y0: y - h / 2, x1: x + w / 2, y1: y + h / 2),
                                sourceLine: apex && i > 0 && glyphs.last.map({ $0.sourceLine == line - 1 }) == true
                                    ? line - 1 : line, spaceBefore: true, red: red))
            line += 1
        }
        if !bottom.isEmpty { centredRow(bottom, cx: cx, y: cy + r * 0.55 - r * 0.16 * 0.85, size: r * 0.16, red: red) }
    }

    func blocks(width: Double = 842, height: Double = 595) -> [Block] {
        PageLayout(width: width, height: height).blocks(from: glyphs)
    }
}

@Suite("Seals drawn as vector text")
struct SealTextTests {
    /// Body text, a signature block the seal overlaps, and the seal: the seal is one block, last, read along its arc.
    @Test func sealOverSignatureIsReadAlongTheArc() throws {
        var page = SyntheticPage()
        page.centredRow("会议出席确认函", cx: 421, y: 90, size: 24)
        page.row("兹证明毛翔燕同志于11月8日参加了会议全程学术交流。", x: 100, y: 167, size: 15)
        page.row("特此证明。", x: 100, y: 255, size: 15)
        page.centredRow("安徽理工大学", cx: 650, y: 355, size: 14)
        page.centredRow("2025年11月9日", cx: 650, y: 381, size: 14)
        page.seal("安徽理工大学", cx: 650, cy: 365)
        let blocks = page.blocks()
        let seal = try #require(blocks.last)
        #expect(seal.isSeal)
        #expect(seal.lines.map(\.text) == ["安徽理工大学"])
        #expect(seal.lines[0].glyphs.count == 6)
        #expect(blocks.filter(\.isSeal).count == 1)
        let others = blocks.dropLast().flatMap(\.lines).map(\.text)
        #expect(others.contains("安徽理工大学"))
        #expect(others.contains("2025年11月9日"))
        #expect(others.contains("特此证明。"))
    }

    @Test(arguments: [
        ("安徽省人民政府", ""),
        ("湖北省教育学会", ""),
        ("皖江职业技术培训中心", "培训专用章"),        // 10 characters: smaller glyphs, with a centre line
        ("中国电力企业联合会电力建设技术经济咨询中心", "继续教育专用章"),  // 20 characters: a 270° arc past the right side
        ("ABCD", ""),
    ])
    func arcTextAndCentreLine(_ name: String, _ bottom: String) throws {
        var page = SyntheticPage()
        page.row("证书编号：2025-0001", x: 80, y: 80, size: 12)
        page.seal(name, cx: 600, cy: 420, bottom: bottom)
        page.centredRow("二〇二五年三月二十六日", cx: 600, y: 470, size: 14)
        let blocks = page.blocks()
        let seals = blocks.filter(\.isSeal)
        try #require(seals.count == 1)
        #expect(blocks.last?.isSeal == true)
        #expect(seals[0].lines.map(\.text) == (bottom.isEmpty ? [name] : [name, bottom]))
        for line in seals[0].lines { #expect(line.text.count == line.glyphs.count) }
        #expect(blocks.flatMap(\.lines).map(\.text).contains("二〇二五年三月二十六日"))
    }

    /// A page whose text (seal included) runs down the page, as landscape content on a portrait page does.
    @Test func sidewaysPage() throws {
        var page = SyntheticPage()
        page.centredRow("荣誉证书", cx: 421, y: 90, size: 28)
        page.row("毛强淼：你撰写的论文在2025年度优秀学术论文评选中荣获二等奖。", x: 100, y: 200, size: 16)
        page.centredRow("2025年8月15日", cx: 620, y: 460, size: 14)
        page.seal("湖北省教育学会", cx: 620, cy: 440)
        // Frame (842 × 595, as built) → a portrait page 595 × 842 with the text running downwards.
        for i in page.glyphs.indices {
            page.glyphs[i].box = TextOrientation.downward.toPage(page.glyphs[i].box, width: 595, height: 842)
        }
        let blocks = PageLayout(width: 595, height: 842).blocks(from: page.glyphs)
        let seal = try #require(blocks.last)
        #expect(seal.isSeal && seal.lines.map(\.text) == ["湖北省教育学会"])
        #expect(blocks.flatMap(\.lines).map(\.text).contains("2025年8月15日"))
    }

    @Test func twoSealsInPageOrder() {
        var page = SyntheticPage()
        page.seal("安徽省护理学会", cx: 250, cy: 420)
        page.seal("安徽理工大学", cx: 600, cy: 420)
        page.seal("宣城市人民医院", cx: 420, cy: 200)
        let seals = page.blocks().filter(\.isSeal).map { $0.lines[0].text }
        #expect(seals == ["宣城市人民医院", "安徽省护理学会", "安徽理工大学"])
    }

    @Test func ordinaryTextHasNoSeal() {
        var page = SyntheticPage()
        page.centredRow("荣誉证书", cx: 421, y: 90, size: 28)
        for k in 0..<12 { page.row("第\(k)行：本证书用于继续教育学时登记，内容仅供核验。", x: 80, y: 150 + 22 * Double(k), size: 14) }
        // Short lines placed on a circle, but each a word of abutting letters: text, not a seal.
        for k in 0..<6 {
            let a = Double(k) * .pi / 5
            page.row("签章", x: 600 + 45 * cos(a), y: 420 - 45 * sin(a), size: 12)
        }
        // Single characters on a straight line (a spaced-out title): collinear, no circle.
        for k in 0..<6 { page.row(String("学时证明材料".unicodeScalars.map(Character.init)[k]), x: 100 + 40 * Double(k), y: 500, size: 16) }
        #expect(page.blocks().allSatisfy { !$0.isSeal })
    }

    /// Without red to go by, a long name over most of a circle still reads as a seal; four characters do not.
    @Test func sealsInBlack() {
        var long = SyntheticPage()
        long.seal("安徽省人民政府", cx: 600, cy: 420, red: false)
        #expect(long.blocks().filter(\.isSeal).map { $0.lines[0].text } == ["安徽省人民政府"])
        var short = SyntheticPage()
        short.seal("教育学会", cx: 600, cy: 420, red: false)
        #expect(short.blocks().allSatisfy { !$0.isSeal })
    }

    /// Single characters in table cells (a lattice 25 pt apart) include five on an arc of one circle; black text in
    /// a grid is not a seal.
    @Test func latticeOfSingleCharactersIsNotASeal() {
        var page = SyntheticPage()
        for row in 0..<8 {
            for column in 0..<12 { page.row("√", x: 300 + 25 * Double(column), y: 200 + 25 * Double(row), size: 10) }
        }
        #expect(page.blocks().allSatisfy { !$0.isSeal })
    }

    /// A black signature line inside a red seal stays in the text, even where a centre line would be.
    @Test func blackTextInsideARedSealIsNotItsCentreLine() throws {
        var page = SyntheticPage()
        page.seal("安徽理工大学", cx: 600, cy: 420)
        page.centredRow("专用章", cx: 600, y: 442, size: 9)
        let blocks = page.blocks()
        let seal = try #require(blocks.last)
        #expect(seal.isSeal && seal.lines.map(\.text) == ["安徽理工大学"])
        #expect(blocks.flatMap(\.lines).map(\.text).contains("专用章"))
    }

    @Test func circleFit() throws {
        let points = (0..<7).map { k -> (x: Double, y: Double) in
            let a = Double(k) * 0.5
            return (100 + 40 * cos(a), 200 + 40 * sin(a))
        }
        let c = try #require(SealText.fitCircle(points))
        #expect(abs(c.x - 100) < 1e-6 && abs(c.y - 200) < 1e-6 && abs(c.r - 40) < 1e-6)
    }
}

/// The corpus documents whose seals are vector text (their labels say so), and none of the others.
@Suite("Vector seals in the corpus")
struct CorpusSealTests {
    static let expected: [String: String] = [
        "corpus/docs/继续教育材料-151.pdf": "安徽理工大学",
        "corpus/docs/附件199.pdf": "安徽省人民政府",
        "corpus/holdout/证明材料934.pdf": "湖北省教育学会",
    ]

    @Test(arguments: expected.keys.sorted())
    func sealIsItsOwnBlock(_ path: String) throws {
        let data = try Data(contentsOf: Samples.root.appendingPathComponent(path))
        let document = try DocumentReader.read(data: data).get()
        let page = try #require(document.pages.first)
        let seals = page.blocks.filter(\.isSeal)
        try #require(seals.count == 1)
        #expect(page.blocks.last?.isSeal == true)
        #expect(seals[0].lines.map(\.text) == [Self.expected[path]!])
        // The lines the seal used to break: no fragments of the seal name left among the text.
        let texts = page.blocks.filter { !$0.isSeal }.flatMap(\.lines).map(\.text)
        for text in texts { #expect(text.count > 2, "fragment \(text)") }
        if path.hasSuffix("继续教育材料-151.pdf") { #expect(texts.contains("安徽理工大学")) }
    }

    /// Every label that mentions a vector seal is in `expected`, and no other corpus file grows a seal block.
    @Test func noOtherCorpusFileHasASeal() throws {
        var vector: Set<String> = []
        for folder in ["corpus/docs", "corpus/holdout"] {
            let url = Samples.root.appendingPathComponent(folder).appendingPathComponent("labels.json")
            let items = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [[String: Any]] ?? []
            for item in items where ((item["notes"] as? String) ?? "").lowercased().contains("vector seal") {
                vector.insert("\(folder)/\(item["file"] as? String ?? "")")
            }
        }
        #expect(vector == Set(Self.expected.keys))
        var found: Set<String> = []
        for file in CorpusFiles.all {
            guard let document = try? DocumentReader.read(data: file.data, options: .textOnly).get() else { continue }
            if document.pages.contains(where: { $0.blocks.contains(where: \.isSeal) }) { found.insert(file.name) }
        }
        #expect(found == Set(Self.expected.keys))
    }
}
