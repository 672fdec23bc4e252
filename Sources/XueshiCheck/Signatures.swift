import Foundation
import XueshiCore

/// Digital signatures: each one's validity, and whether the file was changed after the last one was applied.
///
/// Driven by what the reader recorded, not by the format: a PDF signature signs a byte range (`signedLength`), an
/// OFD signature a list of parts (`references`, `failedReferences`, `uncoveredParts`). A signature that is there
/// but could not be checked (`not-verified`: unsupported format or algorithm, no certificate) is
/// `signature-unverified`, never `signature-valid` nor `signature-invalid`.
public enum SignatureChecks {
    public static func run(_ doc: Document) -> [Flag] {
        let sigs = doc.signatures
        guard !sigs.isEmpty else { return [] }
        var flags: [Flag] = []
        let many = sigs.count > 1
        for (i, s) in sigs.enumerated() {
            let which = many ? "第\(i + 1)个数字签名" : "数字签名"
            let who = describe(s)
            // A part that no longer matches its signed digest outweighs a signature value that verified.
            let status = !s.failedReferences.isEmpty && (s.signatureStatus == "valid" || s.signatureStatus == "not-verified")
                ? "digest-mismatch" : s.signatureStatus
            switch status {
            case "valid" where s.certificateStatus != "revoked":
                flags.append(Flag(.signatureValid, severity: .info,
                                  message: "\(which)\(who)验证有效：签名后签名覆盖的内容未被改动；\(certificateText(s.certificateStatus))"))
            case "digest-mismatch":
                let parts = s.failedReferences.isEmpty ? "" : "：" + partList(s.failedReferences)
                flags.append(Flag(.signatureInvalid, severity: .critical,
                                  message: "\(which)\(who)验证失败：签名覆盖的内容在签名后被改动（摘要不符）\(parts)"))
            case "not-verified":
                flags.append(Flag(.signatureUnverified, severity: .info,
                                  message: "\(which)\(who)签名存在，未能验证：\(s.reason ?? "签名格式或算法不受支持")；签名是否有效、内容是否在签名后被改动需另行核实"))
            default:
                let why = s.reason.map { "：" + $0 } ?? ""
                flags.append(Flag(.signatureInvalid, severity: .critical,
                                  message: "\(which)\(who)验证失败（\(signatureText(s.signatureStatus))）\(why)；\(certificateText(s.certificateStatus))"))
            }
        }
        // Later signatures legitimately leave earlier ones short of the end: what matters is the last one.
        let ends = sigs.compactMap(\.signedLength)
        let covered = sigs.contains(where: \.coversWholeFile)
        // Parts signatures list: those whose digests failed, and those no signature covers (added after signing).
        var failedParts: [String] = []
        for p in sigs.flatMap(\.failedReferences) where !failedParts.contains(p) { failedParts.append(p) }
        let partSigned = sigs.filter { $0.signedLength == nil && (!$0.uncoveredParts.isEmpty || $0.references > 0) }
        var uncovered = partSigned.first?.uncoveredParts ?? []
        for s in partSigned.dropFirst() { uncovered = uncovered.filter(s.uncoveredParts.contains) }
        if covered { uncovered = [] }
        // A page no signature covers was added or replaced after signing; templates, pictures and fonts left out
        // are how some producers sign (only the pages' own content), which leaves them replaceable, not replaced.
        let pages = Set(partSigned.flatMap(\.uncoveredPages))
        let unprotected = uncovered.filter { !pages.contains($0) }
        uncovered = uncovered.filter(pages.contains)
        if !covered, let last = ends.max(), last > doc.byteCount || last < 0 {
            // The range a file states may be anything: one reaching past the end describes bytes that are not there.
            flags.append(Flag(.signatureInvalid, severity: .critical,
                              message: "数字签名的签名范围（/ByteRange，到第 \(last) 字节）超出文件长度 \(doc.byteCount) 字节：文件被截断或签名范围被篡改，签名无法覆盖整个文件"))
        } else if !covered, let last = ends.max() {
            let extra = doc.byteCount - last
            flags.append(Flag(.modifiedAfterSigning, severity: .critical,
                              message: "签名只覆盖文件的前 \(last) 字节，文件共 \(doc.byteCount) 字节：签名后又追加了 \(extra) 字节的修改（增量更新），签名未覆盖的内容可能被改动过"))
        } else if !failedParts.isEmpty || !uncovered.isEmpty {
            var seen: [String] = []
            if !failedParts.isEmpty { seen.append("签名覆盖的部件在签名后被改动或缺失：\(partList(failedParts))") }
            if !uncovered.isEmpty {
                seen.append("文件中有任何签名都未覆盖的页面内容部件（签名后添加或替换）：\(partList(uncovered))")
            }
            flags.append(Flag(.modifiedAfterSigning, severity: .critical,
                              message: seen.joined(separator: "；") + "，这些内容可能在签名后被改动过"))
        } else if !unprotected.isEmpty {
            flags.append(Flag(.signaturePartial, severity: .info,
                              message: "签名只保护了页面内容，未覆盖这些部件：\(partList(unprotected))；它们在签名后被替换时签名仍显示有效，请以页面所示内容核对原件"))
        } else if sigs.contains(where: { $0.signatureStatus == "digest-mismatch" }) {
            flags.append(Flag(.modifiedAfterSigning, severity: .critical,
                              message: "签名覆盖的字节在签名后被改动（签名摘要与文件内容不符）"))
        } else if ends.isEmpty, sigs.contains(where: isByteRangeStyle) {
            flags.append(Flag(.signatureInvalid, severity: .critical,
                              message: "数字签名缺少可读的签名范围（/ByteRange），无法确认签名覆盖整个文件"))
        }
        return flags
    }

    /// The signer of the last valid signature, for the report's `signer` field.
    public static func signer(_ doc: Document) -> String? {
        doc.signatures.last(where: { $0.signatureStatus == "valid" && $0.signer != nil })?.signer
    }

    static func describe(_ s: SignatureInfo) -> String {
        var parts: [String] = []
        if let n = s.signer { parts.append("签名人：\(n)") }
        if let t = s.signingTime { parts.append("签名时间：\(timeText(t))") }
        if let n = s.seal?.name { parts.append("印章：\(n)") }
        return parts.isEmpty ? "" : "（" + parts.joined(separator: "，") + "）"
    }

    /// A signature that signs a byte range, or should: no range read, no parts listed, no OFD kind.
    static func isByteRangeStyle(_ s: SignatureInfo) -> Bool {
        s.signedLength == nil && s.references == 0 && s.failedReferences.isEmpty && s.uncoveredParts.isEmpty && s.kind == nil
    }

    /// Up to five part names, then how many more.
    static func partList(_ parts: [String]) -> String {
        let shown = parts.prefix(5).joined(separator: "、")
        return parts.count > 5 ? "\(shown) 等 \(parts.count) 个部件" : shown
    }

    static func timeText(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Shanghai")
        f.dateFormat = "yyyy-MM-dd HH:mm"
        return f.string(from: d)
    }

    static func signatureText(_ s: String) -> String {
        switch s {
        case "invalid": "签名值无效"
        case "decoding-error": "签名数据格式损坏"
        case "not-found": "找不到签名数据"
        case "not-verified": "未能验证"
        default: "验证出错"
        }
    }

    static func certificateText(_ s: String) -> String {
        switch s {
        case "trusted": "签名证书可信"
        case "untrusted-issuer": "签名证书的签发者不受信任（不在信任列表中，可能是自签名证书），签名人身份需另行核实"
        case "unknown-issuer": "签名证书的签发者不在信任列表中（可能是自签名证书），签名人身份需另行核实"
        case "revoked": "签名证书已被吊销"
        case "expired": "签名时证书不在有效期内"
        case "not-verified": "签名证书未验证"
        default: "签名证书无法验证"
        }
    }
}
