import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// A zip holding an OFD.xml is an OFD only when it is a whole one: anything less is an error that says what is
/// missing, never an empty report; a whole OFD whose pages are blank still reads.
@Suite struct OFDStructureTests {
    func error(_ data: Data) -> ReadError? {
        if case .failure(let e) = DocumentReader.read(data: data, options: .textOnly) { return e }
        return nil
    }

    /// A page reference landing on a part that is no page (Document.xml itself, a resource file, any XML) read as
    /// a blank page: an error-free empty report.
    @Test func aPagePartThatIsNoPageIsCorrupt() throws {
        for body in ["<?xml version=\"1.0\"?><x/>", MiniOFD().documentXML, MiniOFD().resourcesXML] {
            var o = MiniOFD()
            o.pages = [("Pages/Page_0/Content.xml", body)]
            let e = try #require(error(o.data))
            #expect(e.code == "corrupt" && e.message.contains("不是页面"))
        }
        var self_ = MiniOFD()
        self_.pages = [("Document.xml", "")]
        var z = MiniZip()
        z.add("OFD.xml", self_.ofdXML); z.add("Doc_0/Document.xml", self_.documentXML); z.add("Doc_0/PublicRes.xml", self_.resourcesXML)
        #expect(error(z.data)?.code == "corrupt")
    }

    @Test func aTemplateThatIsNoPageIsCorrupt() {
        var o = MiniOFD()
        o.templates = [("T1", "Tpls/Tpl_0/Content.xml", nil, "<?xml version=\"1.0\"?><ofd:Res \(MiniOFD.ns)/>")]
        o.pages = [("Pages/Page_0/Content.xml", MiniOFD.page("", template: "<ofd:Template TemplateID=\"T1\"/>"))]
        let e = error(o.data)
        #expect(e?.code == "corrupt" && e?.message.contains("模板页") == true)
    }

    @Test func anOFDFolderZippedAgainSaysSo() throws {
        let o = MiniOFD.single("")
        var z = MiniZip()
        for e in o.zip.entries { z.add("发票/" + e.name, e.data) }
        let e = try #require(error(z.data))
        #expect(e.code == "not-a-document" && e.message.contains("发票/OFD.xml") && e.message.contains("子文件夹"))
    }

    @Test func anEntryFileNamingNoDocumentOrMissingPartsIsAnError() {
        var noBody = MiniZip()
        noBody.add("OFD.xml", "<?xml version=\"1.0\"?><ofd:OFD \(MiniOFD.ns)><ofd:DocBody><ofd:DocInfo/></ofd:DocBody></ofd:OFD>")
        #expect(error(noBody.data)?.code == "not-a-document")
        var noDocument = MiniZip()
        noDocument.add("OFD.xml", MiniOFD().ofdXML)
        #expect(error(noDocument.data)?.code == "corrupt")
        var noPages = MiniOFD()
        noPages.pages = []
        #expect(error(noPages.data)?.code == "corrupt")
        var missingPage = MiniOFD.single("")
        var zip = missingPage.zip
        zip.entries.removeAll { $0.name.hasSuffix("Content.xml") }
        missingPage.pages = []
        #expect(error(zip.data)?.code == "corrupt")
    }

    @Test func aWholeOFDWithBlankPagesStillReads() throws {
        var o = MiniOFD()
        o.pages = [("Pages/Page_0/Content.xml", MiniOFD.page("")),
                   ("Pages/Page_1/Content.xml", "<?xml version=\"1.0\"?><ofd:Page \(MiniOFD.ns)/>")]
        let document = try DocumentReader.read(data: o.data, options: .textOnly).get()
        #expect(document.format == .ofd && document.pages.count == 2 && document.pages.allSatisfy { $0.blocks.isEmpty })
    }
}
