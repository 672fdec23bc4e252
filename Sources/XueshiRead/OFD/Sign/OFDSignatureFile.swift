import Foundation

/// One `Signature.xml` (GB/T 33190 §18.2): what was signed (References with their digests), how, when, where the
/// stamp goes, and where the seal and the signature value are. Paths are resolved to normalised container paths,
/// relative to the Signature.xml's own folder unless absolute.
struct OFDSignatureFile: Sendable {
    struct Reference: Sendable {
        /// As written.
        var fileRef: String
        /// Normalised container path, nil when it climbs out of the container.
        var path: String?
        /// Decoded CheckValue; nil when missing or not base64.
        var checkValue: Data?
    }

    struct StampAnnot: Sendable {
        var id: String?
        /// The page's ID (not its index) in Document.xml.
        var pageRef: String?
        var boundary: OFDStamp.Rect?
        var clip: OFDStamp.Rect?
    }

    var path: String
    var providerName: String?
    var company: String?
    var providerVersion: String?
    /// SignatureMethod text: an OID or a name.
    var method: String?
    var dateTime: String?
    var checkMethod: String?
    var references: [Reference] = []
    var stamps: [StampAnnot] = []
    var sealPath: String?
    var signedValuePath: String?

    init(_ root: OFDElement, path: String) {
        self.path = path
        let info = root.child("SignedInfo") ?? root
        if let p = info.child("Provider") {
            // Attributes per the standard; some producers write child elements instead.
            providerName = p["ProviderName"] ?? p.childText("ProviderName")
            company = p["Company"] ?? p.childText("Company")
            providerVersion = p["Version"] ?? p.childText("Version")
        }
        method = info.childText("SignatureMethod")
        dateTime = info.childText("SignatureDateTime")
        if let refs = info.child("References") {
            checkMethod = refs["CheckMethod"]?.trimmingCharacters(in: .whitespaces)
            for r in refs.children("Reference") {
                let ref = r["FileRef"] ?? ""
                let value = r.childText("CheckValue").flatMap {
                    Data(base64Encoded: $0.filter { !$0.isWhitespace }, options: .ignoreUnknownCharacters)
                }
                references.append(Reference(fileRef: ref, path: ref.isEmpty ? nil : OFDContainer.resolve(ref, from: path),
                                            checkValue: value))
            }
        }
        for s in info.children("StampAnnot") {
            stamps.append(StampAnnot(id: s["ID"], pageRef: s["PageRef"]?.trimmingCharacters(in: .whitespaces),
                                     boundary: OFDStamp.Rect(s["Boundary"]), clip: OFDStamp.Rect(s["Clip"])))
        }
        if let loc = info.child("Seal")?.childText("BaseLoc") { sealPath = OFDContainer.resolve(loc, from: path) }
        if let loc = root.childText("SignedValue") { signedValuePath = OFDContainer.resolve(loc, from: path) }
    }

    /// SignatureDateTime as a date. Producers write "20200620091849Z", "20201116063601.779Z", "2020-06-20 17:18:49"
    /// or "20201010151120": with Z it is UTC, without a zone it is Beijing time (what Chinese producers mean).
    var signingTime: Date? {
        guard let raw = dateTime else { return nil }
        let utc = raw.hasSuffix("Z") || raw.hasSuffix("z")
        var digits = raw.filter { !"-: TZz".contains($0) }
        if let plus = digits.firstIndex(of: "+") { digits = String(digits[..<plus]) }
        guard let d = DERNode.parseTime(digits, utc: false) else { return nil }
        return utc ? d : d.addingTimeInterval(-8 * 3600)
    }
}
