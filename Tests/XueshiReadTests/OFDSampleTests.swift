import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// The three real fixtures, read as text; strings and positions checked by eye against the parts' XML.
@Suite struct OFDSampleTests {
    static func read(_ name: String) throws -> Document {
        try DocumentReader.read(data: try OFDTest.fixture(name), options: .textOnly).get()
    }

    static func line(_ page: Page, containing s: String) -> Line? { page.lines.first { $0.text.contains(s) } }

    @Test func invoice() throws {
        let d = try Self.read("发票示例.ofd")
        #expect(d.format == .ofd && d.pageCount == 1)
        let page = try #require(d.pages.first)
        // PhysicalBox 0 0 210 140 (mm) → points.
        #expect(abs(page.width - 595.28) < 0.01 && abs(page.height - 396.85) < 0.01)
        #expect(page.textSource == .textLayer && !page.garbled)
        let number = try #require(Self.line(page, containing: "99999951"))
        #expect(number.text.contains("发票号码"))
        // Boundary 164 11.7, baseline Y 4.0875, size 3.175: the number's box spans 15.79 − 2.79 … 15.79 + 0.38 mm.
        let digits = number.glyphs.suffix(8)
        #expect(abs(digits.first!.x0 - 164 * 72 / 25.4) < 0.5)
        #expect(abs(digits.first!.y1 - (11.7 + 4.0875 + 0.12 * 3.175) * 72 / 25.4) < 0.5)
        #expect(page.text.contains("2020年10月10日"))
        #expect(page.text.contains("杭州融易算企业管理咨询有限公司"))
        #expect(page.text.contains("北京市海淀区颐和园西路一亩园11号"))
        #expect(page.text.contains("14754 82292 98567 72523"))
        #expect(page.text.contains("¥318.00"))
        // The title is above the buyer's name, which is above the seller's.
        let title = try #require(Self.line(page, containing: "增值税电子普通发票"))
        let buyer = try #require(Self.line(page, containing: "科游迈利有限公司"))
        let seller = try #require(Self.line(page, containing: "杭州融易算"))
        #expect(title.box.y1 < buyer.box.y0 && buyer.box.y1 < seller.box.y0)
        #expect(page.imageCoverage > 0 && page.imageCoverage < 0.05)
        #expect(d.metadata.creationDate != nil)
    }

    @Test func invoiceEmbeddedValues() throws {
        let p = try OFDTest.package(try OFDTest.fixture("发票示例.ofd"))
        #expect(p.embedded["InvoiceNo"] == "99999951")
        #expect(p.embedded["InvoiceCode"] == "050001700111")
        #expect(p.embedded["IssueDate"] == "2020年10月10日")
        #expect(p.embedded["SellerName"] == "杭州融易算企业管理咨询有限公司")
        #expect(p.embedded["TaxInclusiveTotalAmount"] == "318.00")
        #expect(p.embedded["发票号码"] == "99999951")
        #expect(p.attachments == ["Doc_0/Attachs/original_invoice.xml"])
        #expect(p.signaturesPath == "Doc_0/Signs/Signatures.xml")
        #expect(p.fonts["85"]?.name == "宋体")
        #expect(p.media["106"] == "Doc_0/Res/qr.png")
        // The template's frame lines come first (Background), then the page's own objects.
        guard case .path = p.pages[0].objects.first else { Issue.record("template not first"); return }
    }

    /// Text and the template's frame share one frame: the buyer's lines sit between the rules the template draws at
    /// 30 mm and 52 mm, the seller's between 104 mm and 124 mm, all right of the vertical rule at x = 12.5 mm.
    @Test func invoiceTextSitsInsideTheTemplateFrame() throws {
        let p = try OFDTest.package(try OFDTest.fixture("发票示例.ofd"))
        let page = p.pages[0]
        var rules: [Double] = []
        for case .path(let path) in page.objects {
            if case .line(let x, let y) = path.commands.last, x > 150 {
                rules.append(path.transform.apply(x, y).y)
            }
        }
        #expect(rules.contains { abs($0 - 30) < 0.01 } && rules.contains { abs($0 - 52) < 0.01 })
        #expect(rules.contains { abs($0 - 104) < 0.01 } && rules.contains { abs($0 - 124) < 0.01 })
        let read = OFDReader.page(page, in: p)
        let mm = 72 / 25.4
        for (text, top, bottom) in [("科游迈利有限公司", 30.0, 52.0), ("9150010807MGZHI002", 30, 52),
                                    ("杭州融易算企业管理咨询有限公司", 104, 124), ("建设银行625555888900998711", 104, 124)] {
            let line = try #require(Self.line(read, containing: text), "\(text)")
            let start = line.text.range(of: text)!.lowerBound
            let k = line.text.unicodeScalars.distance(from: line.text.unicodeScalars.startIndex, to: start)
            let box = line.glyphs[k]
            #expect(box.y0 > top * mm && box.y1 < bottom * mm, "\(text) \(box)")
            #expect(box.x0 > 12.5 * mm, "\(text)")
        }
    }

    @Test func officialDocument() throws {
        let d = try Self.read("n.ofd")
        #expect(d.pages.count == 2 && d.pageCount == 2)
        let page = d.pages[0]
        #expect(abs(page.width - 595.28) < 0.01 && abs(page.height - 841.89) < 0.01)
        let head = try #require(Self.line(page, containing: "测试符路桥区卫生局文件"))
        let title = try #require(Self.line(page, containing: "关于同意张阿三同志辞职的批复"))
        let body = try #require(Self.line(page, containing: "区中医院："))
        #expect(head.box.y1 < title.box.y0 && title.box.y1 < body.box.y0)
        // The red head: FillColor "#ee #20 #25". Boundary 39.14 37 with baseline 14.62, size 14.7, HScale 0.64.
        #expect(abs(head.box.x0 - 39.14 * 72 / 25.4) < 1)
        #expect(abs(head.box.y1 - (37 + 14.62 + 0.12 * 14.7) * 72 / 25.4) < 1)
        #expect(head.fontSize > 35)
        #expect(page.text.contains("同意张阿三同志辞职"))
        #expect(d.pages[1].text.contains("2011年3月10日"))
        #expect(d.metadata.author?.contains("iOFD") == true)
        #expect(d.metadata.producer == "iOFD® 2.1.1 ©2019-2020 dms360.cn")
        let p = try OFDTest.package(try OFDTest.fixture("n.ofd"))
        guard case .text(let t) = p.pages[0].objects[0] else { Issue.record("no head"); return }
        #expect(abs(t.fill!.r - 0xEE / 255.0) < 1e-9 && t.weight == 900 && t.hScale == 0.64)
        #expect(OFDTextGlyphs.glyphs(p.pages[0]).glyphs.first?.red == true)
    }

    @Test func propertyProof() throws {
        let d = try Self.read("keyword.ofd")
        let page = try #require(d.pages.first)
        // PhysicalBox 0 0 283 196: landscape.
        #expect(abs(page.width - 283 * 72 / 25.4) < 0.01 && abs(page.height - 196 * 72 / 25.4) < 0.01)
        #expect(page.text.contains("鲁（2020）泰安市不动产证明第0014777号"))
        #expect(page.text.contains("中国建设银行股份有限公司泰安分行"))
        #expect(page.text.contains("37000015590"))
        // The 45° line reads whole.
        #expect(page.text.contains("事由户籍办理房产证明"))
        // The background template is one image covering the page.
        #expect(page.imageCoverage > 0.99)
        let p = try OFDTest.package(try OFDTest.fixture("keyword.ofd"))
        #expect(p.fonts["7"]?.file == "Doc_0/Res/Font7.ttf")
        guard case .image(let image) = p.pages[0].objects.first else { Issue.record("template image not first"); return }
        #expect(image.file == "Doc_0/Res/image_1_5.png")
        #expect(image.transform.apply(1, 1) == (x: 283, y: 196))
    }

    /// `XUESHI_OFD_DUMP=file.ofd swift test --filter OFDSampleTests` prints a package's objects and embedded values.
    @Test(.enabled(if: ProcessInfo.processInfo.environment["XUESHI_OFD_DUMP"] != nil))
    func dumpPackage() throws {
        let path = ProcessInfo.processInfo.environment["XUESHI_OFD_DUMP"] ?? ""
        let p = try OFDTest.package(try Data(contentsOf: URL(fileURLWithPath: path)))
        print("pages \(p.pages.count)/\(p.pageCount) info \(p.info) custom \(p.customData)")
        for (k, v) in p.embedded.sorted(by: { $0.key < $1.key }) { print("  embedded \(k) = \(v)") }
        for page in p.pages {
            print("page \(page.index + 1) id \(page.id ?? "-") box \(page.box) skipped \(page.skipped)")
            for o in page.objects {
                switch o {
                case .text(let t): print("  text run \(t.run) size \(t.size) \(t.transform) \(String(String.UnicodeScalarView(t.glyphs.map(\.scalar))))")
                case .path(let q): print("  path \(q.commands.count) fill \(q.fill.map { "\($0)" } ?? "-") stroke \(q.stroke.map { "\($0)" } ?? "-")")
                case .image(let i): print("  image \(i.resource) \(i.file ?? "-") \(i.transform)")
                }
            }
        }
    }
}
