import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// Small packages built in the test: exact glyph boxes, drawing order, inheritance, garble and tags.
@Suite struct OFDSyntheticTests {
    static let pt = 72 / 25.4

    @Test func exactGlyphBoxes() throws {
        let o = MiniOFD.single("<ofd:TextObject ID=\"5\" Boundary=\"10 20 100 10\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"1\" Y=\"4\" DeltaX=\"5 5\">中文1</ofd:TextCode></ofd:TextObject>")
        let p = try OFDTest.package(o.data)
        let page = try #require(p.pages.first)
        #expect(page.widthPoints.rounded() == 595 && page.heightPoints.rounded() == 842)
        let g = OFDTextGlyphs.glyphs(page).glyphs
        #expect(String(String.UnicodeScalarView(g.map(\.scalar))) == "中文1")
        func near(_ a: Double, _ mm: Double) -> Bool { abs(a - mm * Self.pt) < 1e-6 }
        #expect(near(g[0].box.x0, 11) && near(g[0].box.x1, 16))
        #expect(near(g[0].box.y0, 24 - 0.88 * 5) && near(g[0].box.y1, 24 + 0.12 * 5))
        #expect(near(g[1].box.x0, 16) && near(g[1].box.x1, 21))
        // The last character has no delta: a digit takes half an em.
        #expect(near(g[2].box.x0, 21) && near(g[2].box.x1, 23.5))
        #expect(g.allSatisfy { $0.sourceLine == g[0].sourceLine && !$0.red })
        let document = try OFDReader.read(data: o.data, options: .textOnly).get()
        #expect(document.pages.first?.text == "中文1")
        #expect(document.pages.first?.textSource == .textLayer)
        #expect(document.metadata.title == "测试")
        #expect(document.pageCount == 1)
    }

    @Test func ctmScalesTheTextObject() throws {
        // Text written at 10 units with a CTM of 0.5: drawn 5 mm tall from the boundary's origin.
        let o = MiniOFD.single("<ofd:TextObject Boundary=\"20 30 50 10\" CTM=\"0.5 0 0 0.5 0 0\" Font=\"1\" Size=\"10\"><ofd:TextCode X=\"0\" Y=\"10\" DeltaX=\"10\">甲乙</ofd:TextCode></ofd:TextObject>")
        let g = OFDTextGlyphs.glyphs(try OFDTest.package(o.data).pages[0]).glyphs
        #expect(abs(g[1].box.x0 - 25 * Self.pt) < 1e-6)
        #expect(abs(g[0].box.y1 - (35 + 0.6) * Self.pt) < 1e-6)
        #expect(abs(g[0].box.height - 5 * Self.pt) < 1e-6)
    }

    @Test func templatesDrawBehindOrInFront() throws {
        var o = MiniOFD()
        let text = { (s: String, y: Int) in "<ofd:TextObject Boundary=\"10 \(y) 100 10\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"5\">\(s)</ofd:TextCode></ofd:TextObject>" }
        // Templates in folders of any name: only the XML says where they are.
        o.templates = [("7", "Temps/Temp_0/Content.xml", nil, MiniOFD.page(text("背景", 10))),
                       ("8", "Odd/Front.xml", "Foreground", MiniOFD.page(text("前景", 50)))]
        o.pages = [("P/1.xml", MiniOFD.page(text("正文", 30), template: "<ofd:Template TemplateID=\"8\"/><ofd:Template TemplateID=\"7\"/>"))]
        let page = try OFDTest.package(o.data).pages[0]
        let runs = page.objects.compactMap { obj -> String? in
            guard case .text(let t) = obj else { return nil }
            return String(String.UnicodeScalarView(t.glyphs.map(\.scalar)))
        }
        #expect(runs == ["背景", "正文", "前景"])
    }

    @Test func pageAreaOverridesTheDocument() throws {
        let o = MiniOFD.single("", area: "0 0 100 50")
        let page = try OFDTest.package(o.data).pages[0]
        #expect(page.box.width == 100 && page.box.height == 50)
        let read = try OFDReader.read(data: o.data, options: .textOnly).get()
        #expect(read.pages[0].textSource == .none)
    }

    @Test func blocksNestAndStylesInherit() throws {
        var o = MiniOFD.single("""
        <ofd:Layer DrawParam="2"><ofd:PageBlock><ofd:PageBlock>\
        <ofd:PathObject Boundary="0 0 10 10"><ofd:AbbreviatedData>M 0 0 L 10 10</ofd:AbbreviatedData></ofd:PathObject>\
        <ofd:TextObject Boundary="10 10 50 10" Font="1" Size="5"><ofd:TextCode X="0" Y="5">红</ofd:TextCode></ofd:TextObject>\
        <ofd:TextObject Boundary="10 30 50 10" Font="1" Size="5"><ofd:FillColor Value="0 0 255"/><ofd:TextCode X="0" Y="5">蓝</ofd:TextCode></ofd:TextObject>\
        </ofd:PageBlock></ofd:PageBlock><ofd:CompositeObject ResourceID="9" Boundary="0 0 1 1"/>\
        <ofd:ImageObject ResourceID="3" Boundary="0 0 105 297" CTM="105 0 0 297 0 0"/></ofd:Layer>
        """)
        o.extraResources = """
        <ofd:DrawParams><ofd:DrawParam ID="1" LineWidth="0.7" Cap="Round" DashPattern="1 0.5"><ofd:FillColor Value="230 0 0"/><ofd:StrokeColor Value="0 128 0"/></ofd:DrawParam>\
        <ofd:DrawParam ID="2" Relative="1"/></ofd:DrawParams>\
        <ofd:MultiMedias><ofd:MultiMedia ID="3" Type="Image"><ofd:MediaFile>a.png</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>
        """
        let page = try OFDTest.package(o.data).pages[0]
        #expect(page.skipped["CompositeObject"] == 1)
        guard page.objects.count == 4, case .path(let path) = page.objects[0], case .text(let red) = page.objects[1],
              case .text(let blue) = page.objects[2], case .image(let image) = page.objects[3] else {
            Issue.record("objects \(page.objects)"); return
        }
        #expect(path.fill == nil && path.stroke == OFDColor(r: 0, g: 128 / 255, b: 0) && path.lineWidth == 0.7)
        #expect(path.cap == "Round" && path.join == "Miter" && path.dashPattern == [1, 0.5])
        #expect(red.fill == OFDColor(r: 230 / 255, g: 0, b: 0) && red.stroke == nil)
        #expect(blue.fill == OFDColor(r: 0, g: 0, b: 1))
        // Resource files are relative to their BaseLoc folder.
        #expect(image.file == "Doc_0/Res/a.png")
        let glyphs = OFDTextGlyphs.glyphs(page).glyphs
        #expect(glyphs.map(\.red) == [true, false])
        #expect(abs(OFDTextGlyphs.imageCoverage(page) - 0.5) < 1e-9)
    }

    @Test func privateUseTextIsGarbled() throws {
        let pua = String(String.UnicodeScalarView((0xE000..<0xE010).compactMap(Unicode.Scalar.init)))
        let o = MiniOFD.single("<ofd:TextObject Boundary=\"10 10 150 10\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"5\">\(pua)</ofd:TextCode></ofd:TextObject>")
        let page = try OFDReader.read(data: o.data, options: .textOnly).get().pages[0]
        #expect(page.garbled)
        #expect(page.textSource == .none)
    }

    @Test func glyphIndicesWithoutTextAreGarbled() throws {
        let o = MiniOFD.single("""
        <ofd:TextObject Boundary="10 10 150 10" Font="1" Size="5"><ofd:CGTransform CodePosition="0" CodeCount="4" GlyphCount="4"><ofd:Glyphs>12 13 14 15</ofd:Glyphs></ofd:CGTransform><ofd:TextCode X="0" Y="5" DeltaX="5"></ofd:TextCode></ofd:TextObject>\
        <ofd:TextObject Boundary="10 30 150 10" Font="1" Size="5"><ofd:CGTransform CodePosition="0" CodeCount="2" GlyphCount="2"><ofd:Glyphs>7 8</ofd:Glyphs></ofd:CGTransform><ofd:TextCode X="0" Y="5" DeltaX="5">甲</ofd:TextCode></ofd:TextObject>
        """)
        let package = try OFDTest.package(o.data)
        guard case .text(let t) = package.pages[0].objects[1] else { Issue.record("no text"); return }
        #expect(t.glyphs.map(\.glyphIndex) == [7])
        let page = OFDReader.page(package.pages[0], in: package)
        #expect(page.garbled)
    }

    @Test func glyphsOffThePageAreDropped() throws {
        let o = MiniOFD.single("<ofd:TextObject Boundary=\"-80 10 50 10\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"5\">看不见</ofd:TextCode></ofd:TextObject><ofd:TextObject Boundary=\"10 10 50 10\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"5\">看得见</ofd:TextCode></ofd:TextObject>")
        let page = try OFDReader.read(data: o.data, options: .textOnly).get().pages[0]
        #expect(page.text == "看得见")
    }

    @Test func maxPagesIsHonoured() throws {
        var o = MiniOFD()
        for i in 0..<3 {
            o.pages.append(("Pages/\(i).xml", MiniOFD.page("<ofd:TextObject Boundary=\"10 10 50 10\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\">第\(i)页</ofd:TextCode></ofd:TextObject>")))
        }
        var options = ReadOptions.textOnly
        options.maxPages = 2
        let d = try OFDReader.read(data: o.data, options: options).get()
        #expect(d.pages.count == 2 && d.pageCount == 3)
        #expect(d.pages[1].text == "第1页")
    }

    @Test func customTagsNameTheTextTheyPointAt() throws {
        var o = MiniOFD.single("<ofd:TextObject ID=\"41\" Boundary=\"10 10 50 10\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"2.5\">12345678</ofd:TextCode></ofd:TextObject>")
        o.documentExtra = "<ofd:CustomTags>Tags/CustomTags.xml</ofd:CustomTags><ofd:Attachments>Attachs/Attachments.xml</ofd:Attachments>"
        o.extraParts = [
            ("Doc_0/Tags/CustomTags.xml", "<ofd:CustomTags \(MiniOFD.ns)><ofd:CustomTag TypeID=\"t\"><ofd:FileLoc>Tag.xml</ofd:FileLoc></ofd:CustomTag></ofd:CustomTags>"),
            ("Doc_0/Tags/Tag.xml", "<t:Root xmlns:t=\"urn:t\" \(MiniOFD.ns)><t:InvoiceNo><ofd:ObjectRef PageRef=\"10\">41</ofd:ObjectRef></t:InvoiceNo><t:Note>备注</t:Note><x:Date>2022</x:Date><x:Date>11</x:Date></t:Root>"),
            ("Doc_0/Attachs/Attachments.xml", "<ofd:Attachments \(MiniOFD.ns)><ofd:Attachment Name=\"x\" Format=\"xml\"><ofd:FileLoc>x.xml</ofd:FileLoc></ofd:Attachment></ofd:Attachments>"),
            ("Doc_0/Attachs/x.xml", "<e><Seller><SellerName>某某公司</SellerName></Seller><Note>附件备注</Note></e>"),
        ]
        let p = try OFDTest.package(o.data)
        #expect(p.embedded["InvoiceNo"] == "12345678")
        // An undeclared prefix is dropped; a name repeated in one tag file is one value in pieces.
        #expect(p.embedded["Date"] == "2022 11")
        #expect(p.embedded["SellerName"] == "某某公司")
        // Attachments rank above tags.
        #expect(p.embedded["Note"] == "附件备注")
        #expect(p.attachments == ["Doc_0/Attachs/x.xml"])
    }

    @Test func annotationsDrawLastButAreNotText() throws {
        var o = MiniOFD.single("<ofd:TextObject Boundary=\"10 10 50 10\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"0\" Y=\"5\" DeltaX=\"5\">正文</ofd:TextCode></ofd:TextObject>")
        o.documentExtra = "<ofd:Annotations>Annots/Annotations.xml</ofd:Annotations>"
        o.extraParts = [
            ("Doc_0/Annots/Annotations.xml", "<ofd:Annotations \(MiniOFD.ns)><ofd:Page PageID=\"10\"><ofd:FileLoc>Page_0/Annotation.xml</ofd:FileLoc></ofd:Page></ofd:Annotations>"),
            ("Doc_0/Annots/Page_0/Annotation.xml", """
            <ofd:PageAnnot \(MiniOFD.ns)><ofd:Annot Type="Watermark" ID="1"><ofd:Appearance Boundary="100 200 50 50">\
            <ofd:TextObject Boundary="1 2 40 10" Font="1" Size="5"><ofd:TextCode X="0" Y="5" DeltaX="5">水印</ofd:TextCode></ofd:TextObject>\
            <ofd:ImageObject ResourceID="3" Boundary="0 0 210 297" CTM="210 0 0 297 0 0"/></ofd:Appearance></ofd:Annot>\
            <ofd:Annot Type="Link" ID="2" Visible="false"><ofd:Appearance Boundary="0 0 1 1"><ofd:PathObject Boundary="0 0 1 1"><ofd:AbbreviatedData>M 0 0 L 1 1</ofd:AbbreviatedData></ofd:PathObject></ofd:Appearance></ofd:Annot></ofd:PageAnnot>
            """),
        ]
        let package = try OFDTest.package(o.data)
        let page = package.pages[0]
        #expect(page.annotationStart == 1 && page.objects.count == 3)
        guard case .text(let mark) = page.objects[1] else { Issue.record("no annotation text"); return }
        // Placed from the Appearance's origin.
        #expect(mark.transform.apply(0, 0) == (x: 101, y: 202))
        let read = OFDReader.page(page, in: package)
        #expect(read.text == "正文")
        #expect(read.imageCoverage == 0)
    }

    @Test func clipsAreKeptForTheRenderer() throws {
        let o = MiniOFD.single("""
        <ofd:ImageObject ResourceID="3" Boundary="10 20 100 50" CTM="100 0 0 50 0 0"><ofd:Clips><ofd:Clip><ofd:Area CTM="0.5 0 0 0.5 0 0">\
        <ofd:Path Boundary="2 4 10 10"><ofd:AbbreviatedData>M 0 0 L 10 0 L 10 10 C</ofd:AbbreviatedData></ofd:Path></ofd:Area></ofd:Clip></ofd:Clips></ofd:ImageObject>
        """)
        let page = try OFDTest.package(o.data).pages[0]
        guard case .image(let image) = page.objects.first else { Issue.record("no image"); return }
        let area = try #require(image.clips.first?.areas.first)
        #expect(area.commands.count == 4)
        // Path origin (2, 4) → Area CTM ×0.5 → object boundary origin (10, 20); TransFlag false: no object CTM.
        let corner = area.transform.apply(10, 10)
        let expected: (x: Double, y: Double) = (16, 27)
        #expect(corner == expected)
    }

    @Test func verticalTextAdvancesDown() throws {
        let o = MiniOFD.single("<ofd:TextObject Boundary=\"50 20 10 60\" Font=\"1\" Size=\"5\"><ofd:TextCode X=\"2.5\" Y=\"5\" DeltaY=\"6\">竖排文字</ofd:TextCode></ofd:TextObject>")
        let package = try OFDTest.package(o.data)
        let glyphs = OFDTextGlyphs.glyphs(package.pages[0]).glyphs
        #expect(glyphs.count == 4)
        let mm = 72 / 25.4
        // Centred on X, one below the other 6 mm apart.
        #expect(abs(glyphs[0].box.x0 - 50 * mm) < 1e-6 && abs(glyphs[0].box.x1 - 55 * mm) < 1e-6)
        #expect(abs(glyphs[1].box.y0 - glyphs[0].box.y0 - 6 * mm) < 1e-6)
        #expect(OFDReader.page(package.pages[0], in: package).text.filter { !$0.isWhitespace } == "竖排文字")
    }

    @Test func charDirectionTurnsTheGlyphBox() throws {
        let o = MiniOFD.single("<ofd:TextObject Boundary=\"50 20 10 60\" Font=\"1\" Size=\"5\" CharDirection=\"90\"><ofd:TextCode X=\"0\" Y=\"0\" DeltaY=\"5\">竖排</ofd:TextCode></ofd:TextObject>")
        let package = try OFDTest.package(o.data)
        guard case .text(let t) = package.pages[0].objects[0] else { Issue.record("no text"); return }
        #expect(t.charDirection == 90)
        let g = OFDTextGlyphs.glyphs(package.pages[0]).glyphs
        let mm = 72 / 25.4
        // The em box (−2.5…2.5 across, −4.4…0.6 about the baseline) turned a quarter clockwise: 5 mm tall,
        // from 0.6 mm left of the origin to 4.4 mm right of it.
        #expect(abs(g[0].box.height - 5 * mm) < 1e-6)
        #expect(abs(g[0].box.x0 - (50 - 0.6) * mm) < 1e-6 && abs(g[0].box.x1 - (50 + 4.4) * mm) < 1e-6)
    }
}

/// Producers write one line three ways — one TextCode with deltas, one TextCode per character, one TextObject per
/// character — and the layout must read the same line from each.
@Suite struct OFDProducerStyleTests {
    static let text = Array("学时：30 2025年5月27日—8月28日".unicodeScalars)
    static let size = 4.0

    /// x of each character (mm): digits and Latin half an em, the rest a full em, as a typesetter would place them.
    static var xs: [Double] {
        var out: [Double] = [], x = 0.0
        for s in text {
            out.append(x)
            x += s == " " ? size * 0.3 : (s.isASCII ? size * 0.5 : size)
        }
        return out
    }

    static func content(_ style: Int) -> String {
        let t = text, x = xs
        func esc(_ s: Unicode.Scalar) -> String { s == " " ? " " : String(s) }
        switch style {
        case 0:
            let deltas = zip(x.dropFirst(), x).map { String($0 - $1) }.joined(separator: " ")
            return "<ofd:TextObject ID=\"5\" Boundary=\"10 20 180 10\" Font=\"1\" Size=\"4\"><ofd:TextCode X=\"0\" Y=\"4\" DeltaX=\"\(deltas)\">\(String(String.UnicodeScalarView(t)))</ofd:TextCode></ofd:TextObject>"
        case 1:
            let codes = zip(t, x).filter { $0.0 != " " }.map { "<ofd:TextCode X=\"\($0.1)\" Y=\"4\">\(esc($0.0))</ofd:TextCode>" }.joined()
            return "<ofd:TextObject ID=\"5\" Boundary=\"10 20 180 10\" Font=\"1\" Size=\"4\">\(codes)</ofd:TextObject>"
        default:
            return zip(t, x).enumerated().filter { $0.element.0 != " " }.map { i, p in
                "<ofd:TextObject ID=\"\(100 + i)\" Boundary=\"\(10 + p.1) 20 10 10\" Font=\"1\" Size=\"4\"><ofd:TextCode X=\"0\" Y=\"4\">\(esc(p.0))</ofd:TextCode></ofd:TextObject>"
            }.joined()
        }
    }

    @Test(arguments: [0, 1, 2]) func oneLineWhateverTheProducer(_ style: Int) throws {
        let o = MiniOFD.single(Self.content(style))
        let document = try OFDReader.read(data: o.data, options: .textOnly).get()
        let lines = try #require(document.pages.first).lines.map(\.text)
        #expect(lines == ["学时：30 2025年5月27日—8月28日"], "style \(style)")
    }
}
