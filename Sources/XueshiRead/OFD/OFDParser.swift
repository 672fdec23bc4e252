import Foundation

/// Reads the package structure: OFD.xml → Document.xml → resources, templates, pages (GB/T 33190 §7). Every
/// part is found by following the XML's own references, never by folder names (producers write Tpls/, Temps/,
/// TPLS/…), and every part a reference names must exist.
struct OFDParser {
    let container: OFDContainer
    private var parsed: [String: OFDElement] = [:]

    init(container: OFDContainer) { self.container = container }

    /// A part's element tree, parsed once when `keep` (resources, templates: shared by pages); page parts are
    /// parsed, used and let go, so a long document does not hold every page's tree.
    mutating func element(_ path: String, what: String, keep: Bool = true) throws(OFDError) -> OFDElement {
        if let e = parsed[path] { return e }
        guard container.contains(path) else { throw .corrupt("缺少\(what)（\(path)）") }
        let e = try OFDXML.parse(try container.part(path, cached: keep), part: path)
        if keep { parsed[path] = e }
        return e
    }

    struct Template {
        var path: String
        var zOrder: String?
    }

    /// What Document.xml declares, before any page is read.
    struct DocumentPlan {
        var documentPath: String
        var box: (x: Double, y: Double, width: Double, height: Double)
        var resources = OFDResources()
        var templates: [String: Template] = [:]
        var pages: [(id: String?, path: String)] = []
        var attachmentsPath: String?
        var customTagsPath: String?
        /// Page ID → its annotation files (Annotations.xml → Page PageID → FileLoc).
        var annotations: [String: [String]] = [:]
    }

    /// OFD.xml and Document.xml with its resources; pages are read one by one with `page(_:in:)`.
    mutating func open() throws(OFDError) -> (OFDPackage, DocumentPlan) {
        guard container.contains("OFD.xml") else {
            // An OFD's folder zipped again puts its entry file one level down, where no reader looks for it.
            if let nested = container.names.first(where: { $0.hasSuffix("/OFD.xml") }) {
                throw .notADocument("压缩包根目录中没有 OFD.xml（\(nested) 在子文件夹中，可能是把解压后的 OFD 文件夹重新压缩了）")
            }
            throw .notADocument("压缩包中没有 OFD.xml")
        }
        let root = try element("OFD.xml", what: "OFD.xml")
        guard root.name == "OFD" else { throw .notADocument("OFD.xml 的根元素不是 OFD") }
        // A container may hold several documents; the first DocBody is the main one (§7.4).
        guard let body = root.child("DocBody"), let docRoot = body.childText("DocRoot") else {
            throw .notADocument("OFD.xml 没有指明文档（DocBody/DocRoot）")
        }
        guard let documentPath = OFDContainer.resolve(docRoot, from: "OFD.xml") else {
            throw .corrupt("DocRoot 路径不安全：\(docRoot)")
        }
        let document = try element(documentPath, what: "文档描述 Document.xml")
        guard document.name == "Document" else { throw .corrupt("\(documentPath) 的根元素不是 Document") }

        var package = OFDPackage(container: container, documentPath: documentPath)
        if let info = body.child("DocInfo") { Self.readInfo(info, into: &package) }
        if let sig = body.childText("Signatures") { package.signaturesPath = OFDContainer.resolve(sig, from: "OFD.xml") }

        let common = document.child("CommonData")
        let box = OFDNumbers.box(common?.child("PageArea")?.childText("PhysicalBox")) ?? (0, 0, 210, 297)
        var plan = DocumentPlan(documentPath: documentPath, box: box)
        for ref in (common?.children ?? []) where ref.name == "PublicRes" || ref.name == "DocumentRes" {
            guard let loc = ref.text.nonEmptyTrimmed else { continue }
            guard let path = container.locate(loc, from: documentPath) else { throw .corrupt("资源路径不安全：\(loc)") }
            try addResources(path, to: &plan.resources)
        }
        for t in common?.children("TemplatePage") ?? [] {
            guard let id = t["ID"], let loc = t["BaseLoc"], let path = container.locate(loc, from: documentPath) else { continue }
            plan.templates[id] = Template(path: path, zOrder: t["ZOrder"])
        }
        for p in document.child("Pages")?.children("Page") ?? [] {
            guard let loc = p["BaseLoc"] else { throw .corrupt("页面 \(p["ID"] ?? "?") 没有 BaseLoc") }
            guard let path = container.locate(loc, from: documentPath) else { throw .corrupt("页面路径不安全：\(loc)") }
            plan.pages.append((p["ID"], path))
        }
        guard !plan.pages.isEmpty else { throw .corrupt("文档没有任何页面") }
        plan.attachmentsPath = document.childText("Attachments").flatMap { container.locate($0, from: documentPath) }
        plan.customTagsPath = document.childText("CustomTags").flatMap { container.locate($0, from: documentPath) }
        if let loc = document.childText("Annotations"), let path = container.locate(loc, from: documentPath) {
            plan.annotations = annotationFiles(path)
        }
        package.pageCount = plan.pages.count
        package.fonts = plan.resources.fonts
        package.media = plan.resources.media
        return (package, plan)
    }

    /// Annotations are optional to reading: an index that is missing or broken leaves the pages without them.
    private mutating func annotationFiles(_ path: String) -> [String: [String]] {
        guard let index = try? element(path, what: "注释列表") else { return [:] }
        var out: [String: [String]] = [:]
        for p in index.children("Page").prefix(10_000) {
            guard let id = p["PageID"] else { continue }
            for loc in p.children("FileLoc").prefix(16) {
                if let file = loc.text.nonEmptyTrimmed.flatMap({ container.locate($0, from: path) }) {
                    out[id, default: []].append(file)
                }
            }
        }
        return out
    }

    private mutating func addResources(_ path: String, to resources: inout OFDResources) throws(OFDError) {
        let res = try element(path, what: "资源文件")
        let container = self.container
        resources.add(res, path: path, exists: { container.contains($0) })
    }

    static func readInfo(_ info: OFDElement, into package: inout OFDPackage) {
        for child in info.children {
            switch child.name {
            case "CustomDatas":
                for d in child.children("CustomData") {
                    guard let name = d["Name"], let value = d.text.nonEmptyTrimmed else { continue }
                    package.customData[name] = value
                }
            case "Keywords":
                let words = child.children("Keyword").compactMap { $0.text.nonEmptyTrimmed }
                if !words.isEmpty { package.info["Keywords"] = words.joined(separator: "; ") }
            default:
                if let v = child.text.nonEmptyTrimmed { package.info[child.name] = v }
            }
        }
    }

    /// One page with its templates, in drawing order, plus the text of its objects by ID.
    mutating func page(_ index: Int, in plan: DocumentPlan) throws(OFDError) -> (OFDPage, [String: String]) {
        let (id, path) = plan.pages[index]
        let root = try element(path, what: "第 \(index + 1) 页的页面描述", keep: false)
        // A page reference that lands on some other part (Document.xml, a resource file) would read as a blank
        // page: the document is broken, not empty.
        guard root.name == "Page" else { throw .corrupt("第 \(index + 1) 页的页面描述 \(path) 不是页面（根元素是 \(root.name)）") }
        var resources = plan.resources
        for ref in root.children("PageRes") {
            guard let loc = ref.text.nonEmptyTrimmed, let p = container.locate(loc, from: path) else { continue }
            try addResources(p, to: &resources)
        }
        let box = OFDNumbers.box(root.child("Area")?.childText("PhysicalBox")) ?? plan.box

        // Templates named by the page (several are allowed), each Background (default) or Foreground; the page's
        // own ZOrder wins over the TemplatePage's.
        var background: [OFDElement] = [], foreground: [OFDElement] = []
        var skipped: [String: Int] = [:]
        for t in root.children("Template").prefix(16) {
            guard let tid = t["TemplateID"], let template = plan.templates[tid] else {
                skipped["Template", default: 0] += 1
                continue
            }
            guard template.path != path else { continue }
            let content = try element(template.path, what: "模板页 \(tid)")
            guard content.name == "Page" else { throw .corrupt("模板页 \(tid)（\(template.path)）不是页面（根元素是 \(content.name)）") }
            for ref in content.children("PageRes") {
                guard let loc = ref.text.nonEmptyTrimmed, let p = container.locate(loc, from: template.path) else { continue }
                try addResources(p, to: &resources)
            }
            if (t["ZOrder"] ?? template.zOrder) == "Foreground" { foreground.append(content) } else { background.append(content) }
        }
        var reader = OFDContentReader(resources: resources)
        for t in background { reader.read(content: t.child("Content")) }
        reader.read(content: root.child("Content"))
        for t in foreground { reader.read(content: t.child("Content")) }
        let annotationStart = reader.objects.count
        for file in id.flatMap({ plan.annotations[$0] }) ?? [] {
            guard let annots = try? element(file, what: "页面注释", keep: false) else {
                skipped["Annot", default: 0] += 1
                continue
            }
            for annot in annots.children("Annot").prefix(1_000) where OFDNumbers.bool(annot["Visible"], default: true) {
                if let appearance = annot.child("Appearance") { reader.read(appearance: appearance) }
            }
        }
        skipped.merge(reader.skipped, uniquingKeysWith: +)
        var page = OFDPage(index: index, box: box, objects: reader.objects, skipped: skipped, id: id)
        if reader.objects.count > annotationStart { page.annotationStart = annotationStart }
        return (page, reader.textByID)
    }
}
