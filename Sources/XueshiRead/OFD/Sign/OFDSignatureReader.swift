import Foundation
import XueshiCore

/// Reads and verifies an OFD document's signatures (GB/T 33190 §18): Signatures.xml → each Signature.xml → its
/// references (recomputed), its signature value (SES electronic seal signature or PKCS#7, verified with OpenSSL),
/// its seal and where its stamp is drawn. Never throws: a signature that cannot be read becomes a `SignatureInfo`
/// with status `not-found` or `decoding-error` and a reason.
///
/// No Chinese CA is trusted here, so a certificate is at best `unknown-issuer` (or `expired` when the signing
/// time is outside its validity): the signature proves the bytes are what the key holder signed, not who that is.
enum OFDSignatureReader {
    static let maxSignatures = 64

    static func read(_ container: OFDContainer, signaturesPath: String) -> (signatures: [SignatureInfo], stamps: [OFDStamp]) {
        let list: OFDElement
        do {
            guard container.contains(signaturesPath) else {
                return ([broken("not-found", "签名列表 \(signaturesPath) 在文件中不存在")], [])
            }
            list = try OFDXML.parse(try container.part(signaturesPath), part: signaturesPath)
        } catch {
            return ([broken("decoding-error", "签名列表 \(signaturesPath) 无法读取：\(message(error))")], [])
        }
        // The Document.xml this list belongs to, read once for the stamps' pages and for what draws them.
        let owner = document(container, signaturesPath: signaturesPath)
        let pages = owner.map { pageIndexByID($0.1) } ?? [:]
        var results: [(info: SignatureInfo, covered: Set<String>, own: Set<String>)] = []
        var folders: Set<String> = []
        var stamps: [OFDStamp] = []
        let cache = OFDDigestCache()
        // Real documents carry a handful; a list longer than this is not a document's.
        let entries = Array(list.children("Signature").prefix(maxSignatures))
        for (i, entry) in entries.enumerated() {
            let r = readOne(entry, container: container, listPath: signaturesPath, pages: pages, cache: cache,
                            laterSignatures: i < entries.count - 1)
            results.append((r.info, r.covered, r.own))
            if let f = r.folder { folders.insert(f) }
            stamps += r.stamps
        }

        // Parts that draw pages: everything but OFD.xml (rewritten when a signature is added: it names
        // Signatures.xml) and the signatures' own files (the list, values, seals, and whatever sits in a
        // Signature.xml's own folder, e.g. a producer's signFilePaths.dat).
        var signatureFiles: Set<String> = [signaturesPath]
        for r in results { signatureFiles.formUnion(r.own) }
        folders.remove(folder(signaturesPath))
        // A container with several documents: the others' parts are theirs to sign.
        let others = otherDocumentFolders(container, signaturesPath: signaturesPath).map { $0 + "/" }
        let drawing = container.names.filter { name in
            name != "OFD.xml" && !signatureFiles.contains(name) && !folders.contains(folder(name))
                && !others.contains(where: name.hasPrefix)
        }
        let pageParts = owner.map { pagePaths($0.0, $0.1) } ?? []
        var out: [SignatureInfo] = []
        for r in results {
            var info = r.info
            // Only a signature that lists parts can leave some out (one whose Signature.xml is unreadable says nothing).
            if !r.covered.isEmpty {
                info.uncoveredParts = drawing.filter { !r.covered.contains($0) }.sorted()
                info.uncoveredPages = info.uncoveredParts.filter(pageParts.contains)
            }
            info.coversWholeFile = info.uncoveredParts.isEmpty && info.failedReferences.isEmpty && !r.covered.isEmpty
            out.append(info)
        }
        return (out, stamps)
    }


    // MARK: - One signature

    private static func readOne(_ entry: OFDElement, container: OFDContainer, listPath: String, pages: [String: Int],
                                cache: OFDDigestCache, laterSignatures: Bool)
        -> (info: SignatureInfo, covered: Set<String>, own: Set<String>, folder: String?, stamps: [OFDStamp]) {
        let id = entry["ID"] ?? ""
        let kind = entry["Type"]?.lowercased() == "sign" ? "sign" : "seal"
        var info = SignatureInfo(fieldName: id.isEmpty ? nil : id, signer: nil, signingTime: nil,
                                 signatureStatus: "not-found", certificateStatus: "not-verified",
                                 signedLength: nil, coversWholeFile: false)
        info.kind = kind
        guard let loc = entry["BaseLoc"], let path = OFDContainer.resolve(loc, from: listPath) else {
            info.reason = "签名列表中的签名 \(id) 没有有效的 BaseLoc"
            return (info, [], [], nil, [])
        }
        var own: Set<String> = [path]
        let xml: Data
        let file: OFDSignatureFile
        do {
            guard container.contains(path) else {
                info.reason = "签名描述文件 \(path) 在文件中不存在"
                return (info, [], own, folder(path), [])
            }
            xml = try container.part(path)
            file = OFDSignatureFile(try OFDXML.parse(xml, part: path), path: path)
        } catch {
            info.signatureStatus = "decoding-error"
            info.reason = "签名描述文件 \(path) 无法读取：\(message(error))"
            return (info, [], own, folder(path), [])
        }
        if let p = file.signedValuePath { own.insert(p) }
        if let p = file.sealPath { own.insert(p) }
        info.signingTime = file.signingTime
        if let name = file.providerName?.trimmingCharacters(in: .whitespaces), !name.isEmpty {
            let version = file.providerVersion.map { " " + $0 } ?? ""
            let company = file.company.flatMap { $0.isEmpty ? nil : "（\($0)）" } ?? ""
            info.provider = name + version + company
        }

        var refs = OFDReferenceCheck(file, container: container, cache: cache)
        var notes: [String] = []
        // Adding a signature rewrites Signatures.xml: a signature followed by others may have signed the list as
        // it was then. Only the list: each signature's own files stay as they were signed.
        if laterSignatures, let i = refs.failed.firstIndex(of: listPath), container.contains(listPath) {
            refs.failed.remove(at: i)
            refs.problems.remove(at: i)
            notes.append("签名列表 \(listPath) 在此签名之后因追加签名而更新（不视为改动）")
        }
        info.references = refs.checked
        info.failedReferences = refs.failed

        // The signature value.
        var value: OFDSignedValueCheck?
        if let vp = file.signedValuePath, container.contains(vp), let bytes = try? container.part(vp) {
            value = OFDSignedValueCheck(value: bytes, signatureXML: xml, file: file, kind: kind)
        }
        var seal = value?.seal
        var sealStatus = value?.sealStatus ?? "not-verified"
        if seal == nil, let sp = file.sealPath, container.contains(sp), let bytes = try? container.part(sp) {
            do { seal = try SESeal(try DERNode.parse(bytes)); sealStatus = OFDSignedValueCheck.verifySeal(seal!) }
            catch { sealStatus = "decoding-error" }
        }
        info.method = value?.method ?? file.method.flatMap { OFDSignatureAlgorithm($0)?.label }
        if let t = value?.signingTime { info.signingTime = t }
        if let cert = value?.certificate {
            info.signer = cert.displayName
            info.organization = cert.organization
            if let t = info.signingTime, !cert.isValid(at: t) { info.certificateStatus = "expired" }
            else { info.certificateStatus = "unknown-issuer" }
        }

        // Status: what failed first, then what could not be checked.
        var reasons: [String] = []
        if let value {
            info.signatureStatus = value.status
            if let r = value.reason { reasons.append(r) }
        } else {
            info.signatureStatus = "not-found"
            reasons.append("签名值文件 \(file.signedValuePath ?? "（未注明）") 在文件中不存在")
        }
        // GB/T 38540 §8: a seal used outside its own validity does not make a valid electronic seal signature.
        if let t = info.signingTime, let seal = value?.seal, info.signatureStatus == "valid" || info.signatureStatus == "digest-mismatch",
           (seal.validStart.map { t < $0.addingTimeInterval(-300) } ?? false) || (seal.validEnd.map { t > $0.addingTimeInterval(300) } ?? false) {
            info.signatureStatus = "invalid"
            reasons.append("签章时间不在电子印章的有效期内（印章有效期\(OFDSignatureReader.day(seal.validStart))至\(OFDSignatureReader.day(seal.validEnd))）")
        }
        if !refs.failed.isEmpty {
            if info.signatureStatus == "valid" || info.signatureStatus == "not-verified" {
                info.signatureStatus = "digest-mismatch"
            }
            let verified = value?.cryptoVerified == true ? "签名值本身验证通过，但" : ""
            reasons.append(verified + "签名覆盖的部件在签名后被改动或缺失：" + refs.problems.joined(separator: "；"))
        }
        if let why = refs.unsupported {
            if info.signatureStatus == "valid" { info.signatureStatus = "not-verified" }
            reasons.append(why)
        }
        if file.references.isEmpty, info.signatureStatus == "valid" {
            info.signatureStatus = "not-verified"
            reasons.append("签名没有列出任何被签名的部件")
        }
        if info.signatureStatus != "valid" { reasons += notes }
        info.reason = reasons.isEmpty ? nil : reasons.joined(separator: "；")

        // The seal and its stamps.
        var stamps: [OFDStamp] = []
        for s in file.stamps {
            guard let box = s.boundary, let ref = s.pageRef, let index = pages[ref] else { continue }
            stamps.append(OFDStamp(signatureID: id, pageIndex: index, boundary: box, clip: s.clip,
                                   pictureType: seal?.pictureType, picture: seal?.picture))
        }
        if let seal {
            var e = ElectronicSeal(name: seal.name, esID: seal.esID, type: seal.type, version: seal.version,
                                   createdAt: seal.createDate, validFrom: seal.validStart, validTo: seal.validEnd,
                                   pictureType: seal.pictureType, widthMM: seal.widthMM, heightMM: seal.heightMM,
                                   sealStatus: sealStatus)
            e.maker = seal.makerCertificate.flatMap { OFDCertificate(der: $0) }?.displayName
            e.owner = seal.ownerCertificates.first.flatMap { OFDCertificate(der: $0) }?.displayName
            if let first = stamps.first {
                let k = OFDPage.pointsPerMM
                e.page = first.pageIndex + 1
                e.box = Box(x0: first.boundary.x * k, y0: first.boundary.y * k,
                            x1: (first.boundary.x + first.boundary.width) * k,
                            y1: (first.boundary.y + first.boundary.height) * k)
            }
            info.seal = e
        }
        return (info, refs.covered, own, folder(path), stamps)
    }

    // MARK: - Helpers

    private static func broken(_ status: String, _ reason: String) -> SignatureInfo {
        var s = SignatureInfo(signer: nil, signingTime: nil, signatureStatus: status, certificateStatus: "not-verified",
                              signedLength: nil, coversWholeFile: false)
        s.reason = reason
        return s
    }

    private static func message(_ error: any Error) -> String {
        switch error as? OFDError {
        case .corrupt(let d)?, .tooLarge(let d)?, .notADocument(let d)?, .decompressionLimit(_, let d)?: d
        case .encrypted?: "内容已加密"
        default: "\(error)"
        }
    }

    static func day(_ d: Date?) -> String {
        guard let d else { return "（未注明）" }
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Shanghai")
        f.dateFormat = "yyyy-MM-dd"
        return " " + f.string(from: d) + " "
    }

    private static func folder(_ path: String) -> String { path.split(separator: "/").dropLast().joined(separator: "/") }

    /// The folders of the documents OFD.xml lists besides the one whose DocBody names this Signatures.xml.
    static func otherDocumentFolders(_ container: OFDContainer, signaturesPath: String) -> [String] {
        guard let root = try? OFDXML.parse(try container.part("OFD.xml"), part: "OFD.xml") else { return [] }
        let bodies = root.children("DocBody")
        guard bodies.count > 1 else { return [] }
        let mine = bodies.firstIndex { b in
            b.childText("Signatures").flatMap { OFDContainer.resolve($0, from: "OFD.xml") } == signaturesPath
        } ?? 0
        let own = bodies[mine].childText("DocRoot").flatMap { OFDContainer.resolve($0, from: "OFD.xml") }.map(folder)
        return bodies.enumerated().compactMap { i, b in
            guard i != mine, let r = b.childText("DocRoot"), let p = OFDContainer.resolve(r, from: "OFD.xml") else { return nil }
            let f = folder(p)
            return f.isEmpty || f == own ? nil : f
        }
    }

    /// The document's page list (Document.xml, at `docPath`) and every listed page's content part: what a page
    /// added or replaced after signing changes.
    static func pagePaths(_ docPath: String, _ doc: OFDElement) -> Set<String> {
        var out: Set<String> = [docPath]
        for p in doc.child("Pages")?.children("Page") ?? [] {
            if let loc = p["BaseLoc"], let path = OFDContainer.resolve(loc, from: docPath) { out.insert(path) }
        }
        return out
    }

    /// The Document.xml that `signaturesPath` belongs to (its DocBody's DocRoot), parsed.
    static func document(_ container: OFDContainer, signaturesPath: String) -> (String, OFDElement)? {
        guard let root = try? OFDXML.parse(try container.part("OFD.xml"), part: "OFD.xml") else { return nil }
        let bodies = root.children("DocBody")
        let body = bodies.first { b in
            b.childText("Signatures").flatMap { OFDContainer.resolve($0, from: "OFD.xml") } == signaturesPath
        } ?? bodies.first
        guard let docRoot = body?.childText("DocRoot"), let docPath = OFDContainer.resolve(docRoot, from: "OFD.xml"),
              let doc = try? OFDXML.parse(try container.part(docPath), part: docPath) else { return nil }
        return (docPath, doc)
    }

    /// Page ID → 0-based index in a Document.xml (StampAnnot's PageRef is a page's ID, not its position).
    static func pageIndexByID(_ doc: OFDElement) -> [String: Int] {
        var out: [String: Int] = [:]
        for (i, p) in (doc.child("Pages")?.children("Page") ?? []).enumerated() {
            if let id = p["ID"]?.trimmingCharacters(in: .whitespaces), out[id] == nil { out[id] = i }
        }
        return out
    }
}
