import Foundation
import XueshiCore

/// Digital signatures: each one's validity, and whether the file was changed after the last one was applied.
public enum SignatureChecks {
    public static func run(_ doc: Document) -> [Flag] {
        let sigs = doc.signatures
        guard !sigs.isEmpty else { return [] }
        var flags: [Flag] = []
        let many = sigs.count > 1
        for (i, s) in sigs.enumerated() {
            let which = many ? "第\(i + 1)个数字签名" : "数字签名"
            let who = describe(s)
            switch s.signatureStatus {
            case "valid" where s.certificateStatus != "revoked":
                flags.append(Flag(code: "signature-valid", severity: .info,
                                  message: "\(which)\(who)验证有效：签名后签名覆盖的内容未被改动；\(certificateText(s.certificateStatus))"))
            case "digest-mismatch":
                flags.append(Flag(code: "signature-invalid", severity: .critical,
                                  message: "\(which)\(who)验证失败：签名覆盖的内容在签名后被改动（摘要不符）"))
            default:
                flags.append(Flag(code: "signature-invalid", severity: .critical,
                                  message: "\(which)\(who)验证失败（\(signatureText(s.signatureStatus))）；\(certificateText(s.certificateStatus))"))
            }
        }
        // Later signatures legitimately leave earlier ones short of the end: what matters is the last one.
        let ends = sigs.compactMap(\.signedLength)
        let covered = sigs.contains(where: \.coversWholeFile)
        if !covered, let last = ends.max() {
            let extra = doc.byteCount - last
            flags.append(Flag(code: "modified-after-signing", severity: .critical,
                              message: "签名只覆盖文件的前 \(last) 字节，文件共 \(doc.byteCount) 字节：签名后又追加了 \(extra) 字节的修改（增量更新），签名未覆盖的内容可能被改动过"))
        } else if sigs.contains(where: { $0.signatureStatus == "digest-mismatch" }) {
            flags.append(Flag(code: "modified-after-signing", severity: .critical,
                              message: "签名覆盖的字节在签名后被改动（签名摘要与文件内容不符）"))
        } else if ends.isEmpty {
            flags.append(Flag(code: "signature-invalid", severity: .critical,
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
        return parts.isEmpty ? "" : "（" + parts.joined(separator: "，") + "）"
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
