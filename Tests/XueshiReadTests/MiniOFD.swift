import Foundation

/// Builds small OFD packages in memory: OFD.xml → Doc_0/Document.xml → one resource file → pages.
struct MiniOFD {
    static let ns = "xmlns:ofd=\"http://www.ofdspec.org/2016\""
    var docInfo = "<ofd:DocID>test</ofd:DocID><ofd:Title>测试</ofd:Title>"
    var box = "0 0 210 297"
    var fonts = "<ofd:Font ID=\"1\" FontName=\"宋体\" FamilyName=\"宋体\"/>"
    var extraResources = ""
    var templates: [(id: String, path: String, zOrder: String?, content: String)] = []
    var pages: [(path: String, xml: String)] = []
    var extraParts: [(String, String)] = []
    var documentExtra = ""

    /// A page part whose Content holds `layers` (already wrapped in `<ofd:Layer>` or not: bare objects get one).
    static func page(_ objects: String, area: String? = nil, template: String = "") -> String {
        let body = objects.contains("<ofd:Layer") ? objects : "<ofd:Layer ID=\"100\">\(objects)</ofd:Layer>"
        let a = area.map { "<ofd:Area><ofd:PhysicalBox>\($0)</ofd:PhysicalBox></ofd:Area>" } ?? ""
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Page \(ns)>\(a)\(template)<ofd:Content>\(body)</ofd:Content></ofd:Page>"
    }

    var ofdXML: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:OFD \(Self.ns) DocType=\"OFD\" Version=\"1.1\"><ofd:DocBody>"
            + "<ofd:DocInfo>\(docInfo)</ofd:DocInfo><ofd:DocRoot>Doc_0/Document.xml</ofd:DocRoot></ofd:DocBody></ofd:OFD>"
    }

    var documentXML: String {
        var s = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Document \(Self.ns)><ofd:CommonData><ofd:PageArea>"
            + "<ofd:PhysicalBox>\(box)</ofd:PhysicalBox></ofd:PageArea><ofd:PublicRes>PublicRes.xml</ofd:PublicRes>"
        for t in templates {
            s += "<ofd:TemplatePage ID=\"\(t.id)\" BaseLoc=\"\(t.path)\"" + (t.zOrder.map { " ZOrder=\"\($0)\"" } ?? "") + "/>"
        }
        s += "</ofd:CommonData><ofd:Pages>"
        for (i, p) in pages.enumerated() { s += "<ofd:Page ID=\"\(i + 10)\" BaseLoc=\"\(p.path)\"/>" }
        return s + "</ofd:Pages>\(documentExtra)</ofd:Document>"
    }

    var resourcesXML: String {
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><ofd:Res \(Self.ns) BaseLoc=\"Res\"><ofd:Fonts>\(fonts)</ofd:Fonts>\(extraResources)</ofd:Res>"
    }

    var zip: MiniZip {
        var z = MiniZip()
        z.add("OFD.xml", ofdXML)
        z.add("Doc_0/Document.xml", documentXML)
        z.add("Doc_0/PublicRes.xml", resourcesXML)
        for t in templates { z.add("Doc_0/" + t.path, t.content) }
        for p in pages { z.add("Doc_0/" + p.path, p.xml) }
        for (name, text) in extraParts { z.add(name, text) }
        return z
    }

    var data: Data { zip.data }

    /// One page holding `objects`.
    static func single(_ objects: String, area: String? = nil) -> MiniOFD {
        var o = MiniOFD()
        o.pages = [("Pages/Page_0/Content.xml", page(objects, area: area))]
        return o
    }
}
