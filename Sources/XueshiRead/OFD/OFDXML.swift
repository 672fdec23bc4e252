@preconcurrency import CLibXML2
import Foundation

/// One element of an OFD part, copied out of libxml2 into Swift values: its local name (namespace prefixes such
/// as `ofd:` dropped, since producers disagree on them), attributes by local name, element children and the text
/// directly inside it.
struct OFDElement: Sendable, Hashable {
    var name: String
    var attributes: [String: String] = [:]
    var children: [OFDElement] = []
    /// Text and CDATA directly inside the element (not its children's), as written.
    var text: String = ""

    subscript(_ attribute: String) -> String? { attributes[attribute] }

    /// The first child element called `name`.
    func child(_ name: String) -> OFDElement? { children.first { $0.name == name } }
    /// Every child element called `name`, in document order.
    func children(_ name: String) -> [OFDElement] { children.filter { $0.name == name } }
    /// Text of the first child called `name`, trimmed; nil when absent or empty.
    func childText(_ name: String) -> String? {
        guard let t = child(name)?.text.trimmingCharacters(in: .whitespacesAndNewlines), !t.isEmpty else { return nil }
        return t
    }
    /// Every element below this one (depth first, document order), this one excluded.
    func descendants(_ name: String) -> [OFDElement] {
        var out: [OFDElement] = []
        var stack = Array(children.reversed())
        while let e = stack.popLast() {
            if e.name == name { out.append(e) }
            stack.append(contentsOf: e.children.reversed())
        }
        return out
    }
}

/// Parses OFD parts with libxml2, refusing what a hostile file could use against the reader: no network, no DTD
/// loaded, no entity substitution (an entity-expansion bomb stays unexpanded and is refused once it is referenced),
/// bounded depth and element count.
enum OFDXML {
    /// Deeper nesting than this is no real page (a content stream nests layers, blocks and objects a few levels).
    static let maxDepth = 256
    static let maxElements = 2_000_000

    private static let initialised: Bool = { xmlInitParser(); return true }()

    static func parse(_ data: Data, part: String) throws(OFDError) -> OFDElement {
        _ = initialised
        guard !data.isEmpty else { throw .corrupt("\(part) 为空") }
        guard data.count < Int(Int32.max) else { throw .tooLarge("\(part) 过大") }
        // NONET: never fetch; no NOENT (entities are not substituted); no DTDLOAD/DTDATTR; HUGE is left off so
        // libxml2's own limits on text nodes and names stay in force.
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NOCDATA.rawValue)
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw in
            raw.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) {
                xmlReadMemory($0, Int32(raw.count), part, nil, options)
            }
        }
        guard let doc else { throw .corrupt("\(part) 不是格式正确的 XML") }
        defer { xmlFreeDoc(doc) }
        // A document type with entity declarations has no place in OFD: refuse it rather than guess what it meant.
        if doc.pointee.intSubset != nil || doc.pointee.extSubset != nil {
            throw .corrupt("\(part) 含有文档类型声明（DTD），OFD 不使用 DTD")
        }
        guard let root = xmlDocGetRootElement(doc) else { throw .corrupt("\(part) 没有根元素") }
        var count = 0
        return try copy(root, depth: 0, count: &count, part: part)
    }

    private static func copy(_ node: xmlNodePtr, depth: Int, count: inout Int, part: String) throws(OFDError) -> OFDElement {
        // Iterative copy: a hostile part can nest far deeper than the stack allows.
        struct Frame { var node: xmlNodePtr; var element: OFDElement; var next: xmlNodePtr? }
        func make(_ n: xmlNodePtr) -> OFDElement {
            var e = OFDElement(name: local(string(n.pointee.name) ?? ""))
            var a = n.pointee.properties
            while let attr = a {
                if let key = string(attr.pointee.name) { e.attributes[local(key)] = text(attr.pointee.children) }
                a = attr.pointee.next
            }
            return e
        }
        var stack = [Frame(node: node, element: make(node), next: node.pointee.children)]
        count += 1
        while !stack.isEmpty {
            let top = stack.count - 1
            guard let child = stack[top].next else {
                let done = stack.removeLast()
                if stack.isEmpty { return done.element }
                stack[stack.count - 1].element.children.append(done.element)
                continue
            }
            stack[top].next = child.pointee.next
            switch child.pointee.type {
            case XML_ELEMENT_NODE:
                count += 1
                guard stack.count < maxDepth else { throw .corrupt("\(part) 嵌套层次过深") }
                guard count <= maxElements else { throw .tooLarge("\(part) 元素过多") }
                stack.append(Frame(node: child, element: make(child), next: child.pointee.children))
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                if let s = string(child.pointee.content) { stack[top].element.text += s }
            case XML_ENTITY_REF_NODE:
                throw .corrupt("\(part) 引用了未定义的实体")
            default:
                continue
            }
        }
        return OFDElement(name: "")
    }

    /// libxml2 already drops a declared prefix; an undeclared one ("kj:data" in a bank receipt's tag file, "ofd:"
    /// without its xmlns) stays in the name and is dropped here.
    private static func local(_ name: String) -> String {
        guard let colon = name.lastIndex(of: ":") else { return name }
        return String(name[name.index(after: colon)...])
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        return p.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }

    /// An attribute's value: its text children concatenated (read in place, nothing to free).
    private static func text(_ first: xmlNodePtr?) -> String {
        var s = ""
        var n = first
        while let node = n {
            if let c = string(node.pointee.content) { s += c }
            n = node.pointee.next
        }
        return s
    }
}
