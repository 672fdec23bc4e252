import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// Text a reader sees, spaces aside: one line, or a wrapped phrase across consecutive lines of one block.
func findsPhrase(_ phrase: String, in document: Document) -> Bool {
    let target = phrase.filter { !$0.isWhitespace }
    for page in document.pages {
        for block in page.blocks {
            let texts = block.lines.map { $0.text.filter { !$0.isWhitespace } }
            for i in texts.indices where texts[i...].prefix(3).joined().contains(target) { return true }
        }
    }
    return false
}

struct Label {
    let file: String
    let pages: Int
    let render: String

    static let all: [Label] = {
        guard let data = try? Data(contentsOf: Samples.corpus.appendingPathComponent("labels.json")),
              let items = try? JSONSerialization.jsonObject(with: data) as? [[String: Any]] else { return [] }
        return items.compactMap {
            guard let file = $0["file"] as? String, let pages = $0["pages"] as? Int else { return nil }
            return Label(file: file, pages: pages, render: $0["render"] as? String ?? "")
        }
    }()
}

@Suite("Born-digital samples")
struct BornDigitalSampleTests {
    static let phrases: [String: [String]] = [
        "继续教育材料-71.pdf": ["累计学时40", "宣城市专业技术人员培训中心", "2025年09月09日", "编号：WH202573662", "学习日期9月5日—9月9日"],
        "证明材料22.pdf": ["编号：2024-289-4205", "累计学时80", "学习日期2024年6月5日至9日", "铜陵市人力资源和社会保障局", "2024年6月9日"],
        "certificate_857.pdf": ["铜陵市人民医院", "2023-08-10", "自2023年5月4日起至2023年8月3日止"],
        "263614561b.pdf": ["徽学堂继续教育云平台", "学习时段：2025年2月24日—2025年5月27日", "本年度网络培训认定学时总计：19", "打印时间：2025年5月28日"],
        "附件11.pdf": ["安徽省水利学会", "2024年4月23日至4月24日", "二〇二四年四月二十四日"],
        "附件17.pdf": ["蚌埠市人民政府", "授奖时间 2025年4月17日", "完成人（排序） 岳翔（第2位）"],
        "5a114411fa.pdf": ["证书号第6864466号", "发明名称：一种水闸闸门智能启闭控制装置", "ZL 2024 1 8350932.3", "专利申请日：2024年03月18日", "国家知识产权局"],
        "f8e311ba7b.pdf": ["浙人社发〔2026〕179号", "每年累计应不少于90学时", "2026年1月27日", "人工智能技术及其应用 12 网络"],
        "附件1.pdf": ["水利水电技术进展", "ISSN 1000-0860", "CN 11-1757/TV", "收稿日期：2021-01-18", "考虑连接刚度的装配式框架结构抗震性能分析", "汪沁骞"],
    ]

    @Test(arguments: phrases.keys.sorted())
    func readsSample(_ name: String) throws {
        let document = try Samples.read(name)
        #expect(document.format == .pdf)
        let label = try #require(Label.all.first { $0.file == name })
        #expect(document.pages.count == label.pages)
        #expect(document.pageCount == label.pages)
        #expect(document.textSource == .textLayer)
        for page in document.pages {
            #expect(!page.garbled)
            #expect(page.garbledRatio < 0.01)
        }
        for phrase in Self.phrases[name] ?? [] {
            #expect(findsPhrase(phrase, in: document), "\(name): \(phrase)")
        }
    }

    @Test(arguments: phrases.keys.sorted())
    func linesKeepOneBoxPerCharacterInsideThePage(_ name: String) throws {
        let document = try Samples.read(name)
        for page in document.pages {
            #expect(page.width > 500 && page.height > 500)
            for block in page.blocks {
                #expect(!block.lines.isEmpty)
                for line in block.lines {
                    #expect(line.text.count == line.glyphs.count, "\(line.text)")
                    #expect(!line.text.isEmpty)
                    #expect(!line.text.unicodeScalars.contains { $0.properties.generalCategory == .control })
                    #expect(!line.text.hasPrefix(" ") && !line.text.hasSuffix(" ") && !line.text.contains("  "))
                    #expect(line.fontSize > 4 && line.fontSize < 60)
                    for glyph in line.glyphs {
                        #expect(glyph.x0 >= 0 && glyph.y0 >= 0 && glyph.x1 <= page.width && glyph.y1 <= page.height)
                        #expect(glyph.x0 <= glyph.x1 && glyph.y0 <= glyph.y1)
                        #expect(glyph.x0 >= line.box.x0 - 0.01 && glyph.x1 <= line.box.x1 + 0.01)
                        #expect(glyph.y0 >= block.box.y0 - 0.01 && glyph.y1 <= block.box.y1 + 0.01)
                    }
                    // Left to right within a line (none of these pages is rotated).
                    #expect(zip(line.glyphs, line.glyphs.dropFirst()).allSatisfy { $0.midX <= $1.midX + 0.01 })
                }
            }
        }
    }

    @Test func glyphBoxesPointAtTheirCharacters() throws {
        let document = try Samples.read("继续教育材料-71.pdf")
        let line = try #require(document.pages[0].lines.first { $0.text.contains("累计学时40") })
        let chars = Array(line.text)
        let start = try #require((0..<chars.count).first { String(chars[$0..<min($0 + 6, chars.count)]) == "累计学时40" })
        let boxes = line.glyphs[start..<(start + 6)]
        // Same baseline, advancing left to right, and on the body text's line of the landscape page.
        #expect(boxes.allSatisfy { abs($0.y1 - boxes.first!.y1) < 0.5 })
        #expect(zip(boxes, boxes.dropFirst()).allSatisfy { $0.x1 <= $1.x0 + 0.5 })
        #expect(boxes.first!.y0 > 250 && boxes.first!.y1 < 350)
    }

    @Test func tableRowKeepsLabelsBeforeTheirValues() throws {
        let document = try Samples.read("263614561b.pdf")
        let lines = document.pages[0].lines.map(\.text)
        #expect(lines.contains("姓名 钱淼湘 证件号码 340602********8934"))
        #expect(lines.contains("工作单位 蚌埠市第三人民医院 学习年度 2025年度"))
        #expect(lines.contains("KC64647 乡村振兴战略解读 100% 82 2"))
        // The inserted space spans the gap between cells.
        let row = try #require(document.pages[0].lines.first { $0.text.hasPrefix("姓名 钱淼湘") })
        let space = row.glyphs[2]
        #expect(space.x0 == row.glyphs[1].x1 && space.x1 == row.glyphs[3].x0 && space.width > 10)
    }

    @Test func twoColumnPaperReadsLeftColumnBeforeRight() throws {
        let document = try Samples.read("附件1.pdf")
        let page = document.pages[0]
        let lines = page.lines
        let gutter = page.width / 2
        /// First line starting with `prefix`, on one side of the gutter or anywhere.
        func index(_ prefix: String, right: Bool? = nil) throws -> Int {
            try #require(lines.firstIndex {
                $0.text.hasPrefix(prefix) && (right == nil || ($0.box.x0 > gutter) == right!)
            }, "\(prefix)")
        }
        let header = try index("水利水电技术进展")
        let title = try index("考虑连接刚度的装配式框架结构抗震性能分析")
        let abstract = try index("[摘要]")
        let leftFirst = try index("1 引言", right: false)
        let leftLast = try index("量可控等优点，近年来在我国得到了广泛应用。", right: false)
        let footnote = try index("收稿日期：2021-01-18", right: false)
        let rightFirst = try index("基于参数分析，提出了考虑连接刚度影响的节点受", right: true)
        let rightLast = try index("察了轴压比、连接方式和配筋率等参数的影响。结果表", right: true)
        let folio = try index("49")
        #expect(header < title && title < abstract && abstract < leftFirst)
        #expect(leftFirst < leftLast && leftLast < footnote && footnote < rightFirst && rightFirst < rightLast)
        #expect(rightLast < folio)
        // No line of the body runs across the gutter.
        for line in lines[leftFirst...rightLast] {
            #expect(line.box.x1 < gutter + 5 || line.box.x0 > gutter - 5, "\(line.text)")
        }
        // Column blocks don't mix columns.
        for block in page.blocks where block.box.y0 > 290 && block.box.y1 < 800 {
            #expect(block.box.x1 < gutter + 5 || block.box.x0 > gutter - 5)
        }
        // Page two keeps the same order: left column, right column, then the full-width references.
        let second = document.pages[1].lines
        let leftEnd = try #require(second.firstIndex { $0.text == "参考文献：" })
        let rightStart = try #require(second.firstIndex { $0.text.hasPrefix("混凝土强度等级为C40，纵向钢筋采用HRB400级钢") && $0.box.x0 > 300 })
        let reference = try #require(second.firstIndex { $0.text.hasPrefix("[1]") })
        #expect(leftEnd < rightStart && rightStart < reference)
    }

    @Test func singleColumnCertificateReadsTopToBottom() throws {
        let lines = try Samples.read("继续教育材料-71.pdf").pages[0].lines.map(\.text)
        #expect(lines.first == "培训合格证书")
        #expect(lines.last == "2025年09月09日")
        let wrapped = try Samples.read("证明材料22.pdf").pages[0].blocks
        let paragraph = try #require(wrapped.first { $0.lines.first?.text.hasPrefix("证明：") == true })
        #expect(paragraph.lines.count == 3)
    }

    @Test func maxPagesStopsReadingButCountsPages() throws {
        var options = ReadOptions()
        options.maxPages = 1
        let document = try DocumentReader.read(data: Samples.data("附件1.pdf"), options: options).get()
        #expect(document.pages.count == 1)
        #expect(document.pageCount == 2)
    }

    @Test func readsConcurrently() async throws {
        let names = Self.phrases.keys.sorted()
        let datas = try names.map { try Samples.data($0) }
        let counts = await withTaskGroup(of: Int.self) { group in
            for _ in 0..<3 {
                for data in datas {
                    group.addTask { (try? DocumentReader.read(data: data).get())?.pages.count ?? -1 }
                }
            }
            return await group.reduce(into: [Int]()) { $0.append($1) }
        }
        #expect(counts.count == names.count * 3)
        #expect(!counts.contains(-1))
    }
}

@Suite("Scans and images")
struct ScanSampleTests {
    @Test(arguments: ["扫描件6.pdf", "SCAN_20230930_5614.pdf"])
    func scannedPDFHasNoTextAndIsCoveredByAnImage(_ name: String) throws {
        let document = try Samples.read(name, ocr: .off)
        #expect(document.format == .pdf)
        #expect(document.pages.count == 1)
        let page = document.pages[0]
        #expect(page.lines.map(\.text).joined().count < 5)
        #expect(page.textSource == .none)
        #expect(page.imageCoverage > 0.9)
        #expect(document.textSource == .none)
    }

    @Test func bornDigitalPagesAreNotScans() throws {
        for name in ["继续教育材料-71.pdf", "附件1.pdf"] {
            for page in try Samples.read(name).pages { #expect(page.imageCoverage < 0.1) }
        }
    }

    @Test func photoReadsAsAnImagePage() throws {
        let document = try Samples.read("IMG_20221230_124415.jpg", ocr: .off)
        #expect(document.format == .image)
        #expect(document.pages.count == 1)
        #expect(document.pages[0].blocks.isEmpty)
        #expect(document.pages[0].textSource == .none)
        #expect(document.pages[0].width == 1241 && document.pages[0].height == 1572)
    }

    @Test func plainTextJoinsPages() throws {
        let text = try Samples.read("f8e311ba7b.pdf").plainText
        #expect(text.contains("浙江省人力资源和社会保障厅"))
        let pages = text.components(separatedBy: "\u{0C}")
        #expect(pages.count == 2)
        #expect(pages.last?.contains("序号 培训内容 学时 方式") == true)
    }
}
