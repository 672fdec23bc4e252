@preconcurrency import CLibXML2
import Foundation

/// Reads xmp:CreateDate and xmp:ModifyDate from an XMP packet, whether written as elements or as attributes of
/// rdf:Description.
enum XMPParser {
    static let xmpNamespace = "http://ns.adobe.com/xap/1.0/"

    /// libxml2 wants its globals set up once before threads use it.
    private static let initialised: Bool = { xmlInitParser(); return true }()

    static func dates(_ packet: String) -> (create: Date?, modify: Date?) {
        _ = initialised
        var utf8 = Array(packet.utf8)
        // The packet may be wrapped in <?xpacket?> with trailing padding; libxml2 copes with both.
        guard !utf8.isEmpty, utf8.count < Int(Int32.max) else { return (nil, nil) }
        let options = Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue)
        let document = utf8.withUnsafeMutableBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                xmlReadMemory($0, Int32(buffer.count), "xmp.xml", "UTF-8", options)
            }
        }
        guard let document else { return (nil, nil) }
        defer { xmlFreeDoc(document) }
        var found: [String: String] = [:]
        var stack: [xmlNodePtr] = []
        if let root = xmlDocGetRootElement(document) { stack.append(root) }
        // Iterative walk: a hostile packet can nest deeply.
        while let node = stack.popLast(), found.count < 2 {
            guard node.pointee.type == XML_ELEMENT_NODE else { continue }
            if isXMP(node.pointee.ns), let name = string(node.pointee.name), name == "CreateDate" || name == "ModifyDate",
               found[name] == nil {
                found[name] = textContent(node.pointee.children)
            }
            var attribute = node.pointee.properties
            while let a = attribute {
                if isXMP(a.pointee.ns), let name = string(a.pointee.name), name == "CreateDate" || name == "ModifyDate",
                   found[name] == nil {
                    found[name] = textContent(a.pointee.children)
                }
                attribute = a.pointee.next
            }
            var child = node.pointee.children
            while let c = child { stack.append(c); child = c.pointee.next }
        }
        return (found["CreateDate"].flatMap(ISO8601.parse), found["ModifyDate"].flatMap(ISO8601.parse))
    }

    private static func isXMP(_ ns: UnsafeMutablePointer<xmlNs>?) -> Bool {
        guard let ns, let href = string(ns.pointee.href) else { return false }
        return href == xmpNamespace
    }

    private static func string(_ p: UnsafePointer<xmlChar>?) -> String? {
        guard let p else { return nil }
        return p.withMemoryRebound(to: CChar.self, capacity: 1) { String(cString: $0) }
    }

    /// Concatenated text children, read in place so nothing needs xmlFree.
    private static func textContent(_ first: xmlNodePtr?) -> String? {
        var out = ""
        var node = first
        while let n = node {
            if n.pointee.type == XML_TEXT_NODE || n.pointee.type == XML_CDATA_SECTION_NODE,
               let s = n.pointee.content.flatMap({ string(UnsafePointer($0)) }) { out += s }
            node = n.pointee.next
        }
        let trimmed = out.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? nil : trimmed
    }
}

/// The ISO 8601 forms XMP allows: YYYY, YYYY-MM, YYYY-MM-DD, then Thh:mm[:ss[.s+]] and Z or ±hh:mm.
/// A time without a zone is taken as UTC.
enum ISO8601 {
    static func parse(_ text: String) -> Date? {
        let s = Array(text.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= s.count else { return nil }
            var v = 0
            for k in 0..<digits {
                let c = s[i + k]
                guard c >= 0x30 && c <= 0x39 else { return nil }
                v = v * 10 + Int(c - 0x30)
            }
            i += digits
            return v
        }
        func accept(_ c: UInt8) -> Bool {
            if i < s.count && s[i] == c { i += 1; return true }
            return false
        }
        guard let year = number(4) else { return nil }
        var month = 1, day = 1, hour = 0, minute = 0, second = 0.0, offset = 0
        if accept(0x2D) {  // -
            guard let m = number(2) else { return nil }
            month = m
            if accept(0x2D) { guard let d = number(2) else { return nil }; day = d }
        }
        if accept(0x54) || accept(0x20) {  // T or space
            guard let h = number(2), accept(0x3A), let mi = number(2) else { return nil }
            hour = h; minute = mi
            if accept(0x3A) {
                guard let sec = number(2) else { return nil }
                second = Double(sec)
                if accept(0x2E) || accept(0x2C) {
                    var scale = 0.1
                    while i < s.count, s[i] >= 0x30, s[i] <= 0x39 { second += Double(s[i] - 0x30) * scale; scale /= 10; i += 1 }
                }
            }
            if accept(0x5A) {  // Z
                offset = 0
            } else if i < s.count, s[i] == 0x2B || s[i] == 0x2D {
                let sign = s[i] == 0x2D ? -1 : 1
                i += 1
                guard let oh = number(2) else { return nil }
                _ = accept(0x3A)
                let om = number(2) ?? 0
                offset = sign * (oh * 3600 + om * 60)
            }
        }
        guard i == s.count, (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        let days = daysFromCivil(year, month, day)
        let seconds = Double(days * 86400 + hour * 3600 + minute * 60 - offset) + second
        return Date(timeIntervalSince1970: seconds)
    }

    /// Days since 1970-01-01 in the proleptic Gregorian calendar.
    static func daysFromCivil(_ y0: Int, _ m: Int, _ d: Int) -> Int {
        let y = m <= 2 ? y0 - 1 : y0
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }
}
