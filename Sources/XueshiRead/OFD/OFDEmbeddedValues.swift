import Foundation

/// Exact values an e-document carries beside its drawing: XML attachments (an e-invoice's original_invoice.xml,
/// a bank receipt's issuer XML), custom tags (GB/T 33190 §16: tag files whose elements name a value and point at
/// the text object that draws it) and DocInfo's CustomDatas. The extract stage may use them to confirm or fill
/// fields read from the page text (invoice number, date, amounts, seller) without trusting layout guesses; they
/// are what the issuer's system wrote, but nothing here proves they match the drawn page or the signature.
enum OFDEmbeddedValues {
    static let maxFiles = 32
    static let maxValues = 2_000

    /// Fills `package.embedded` and `package.attachments`. Keys are element local names ("InvoiceNo", "IssueDate",
    /// "SellerName"); the first value for a key wins, and sources rank attachments, then custom tags, then
    /// CustomDatas. Broken optional parts are skipped: the pages still read without them.
    static func read(_ parser: inout OFDParser, plan: OFDParser.DocumentPlan, textByPage: [String: [String: String]],
                     into package: inout OFDPackage) {
        var values: [String: String] = [:]
        func add(_ key: String, _ value: String) {
            // Values past a few KiB are payloads (a base64 QR image), not facts.
            guard values.count < maxValues, !key.isEmpty, values[key] == nil, value.utf8.count <= 4096,
                  let v = value.nonEmptyTrimmed else { return }
            values[key] = v
        }

        if let path = plan.attachmentsPath, let list = try? parser.element(path, what: "附件列表") {
            for a in list.children("Attachment").prefix(maxFiles) {
                guard let loc = a.childText("FileLoc"), let file = parser.container.locate(loc, from: path),
                      parser.container.contains(file) else { continue }
                package.attachments.append(file)
                let isXML = (a["Format"] ?? "").lowercased() == "xml" || file.lowercased().hasSuffix(".xml")
                guard isXML, let root = try? parser.element(file, what: "附件") else { continue }
                for (k, v) in leaves(root) { add(k, v) }
            }
        }

        if let path = plan.customTagsPath, let list = try? parser.element(path, what: "自定义标引列表") {
            let allText = textByPage.values.reduce(into: [String: String]()) { $0.merge($1) { a, _ in a } }
            for tag in list.children("CustomTag").prefix(maxFiles) {
                guard let loc = tag.childText("FileLoc"), let file = parser.container.locate(loc, from: path),
                      let root = try? parser.element(file, what: "自定义标引") else { continue }
                for (k, v) in tagValues(root, textByPage: textByPage, allText: allText) { add(k, v) }
            }
        }

        for (k, v) in package.customData.sorted(by: { $0.key < $1.key }) { add(k, v) }
        package.embedded = values
    }

    /// Leaf elements (no element children) with text, in document order.
    static func leaves(_ root: OFDElement) -> [(String, String)] {
        var out: [(String, String)] = []
        var stack = [root]
        while let e = stack.popLast(), out.count < maxValues {
            if e.children.isEmpty {
                if let t = e.text.nonEmptyTrimmed { out.append((e.name, t)) }
            } else {
                stack.append(contentsOf: e.children.reversed())
            }
        }
        return out
    }

    /// A tag file's named values: an element holding `ObjectRef`s takes the text of the objects they name (on the
    /// page `PageRef` names, else on any page); a leaf with its own text takes that text. A name repeated in one
    /// file is one value drawn in pieces (a licence's 颁发日期 as year, month and day objects): the pieces are
    /// joined with spaces, in file order.
    static func tagValues(_ root: OFDElement, textByPage: [String: [String: String]], allText: [String: String])
        -> [(String, String)] {
        var pieces: [(String, String)] = []
        for (k, v) in tagPieces(root, textByPage: textByPage, allText: allText) {
            if let i = pieces.firstIndex(where: { $0.0 == k }) { pieces[i].1 += " " + v } else { pieces.append((k, v)) }
        }
        return pieces
    }

    private static func tagPieces(_ root: OFDElement, textByPage: [String: [String: String]], allText: [String: String])
        -> [(String, String)] {
        var out: [(String, String)] = []
        var stack = [root]
        while let e = stack.popLast(), out.count < maxValues {
            let refs = e.children("ObjectRef")
            if !refs.isEmpty {
                let parts = refs.compactMap { ref -> String? in
                    guard let id = ref.text.nonEmptyTrimmed else { return nil }
                    if let page = ref["PageRef"], let t = textByPage[page]?[id] { return t }
                    return allText[id]
                }
                if !parts.isEmpty { out.append((e.name, parts.joined())) }
            } else if e.children.isEmpty {
                if let t = e.text.nonEmptyTrimmed { out.append((e.name, t)) }
            } else {
                stack.append(contentsOf: e.children.reversed())
            }
        }
        return out
    }
}
