/// Every flag code xueshi raises, with the short Chinese name a reviewer reads in tables and pages.
///
/// The report keeps `Flag.code` a string (the JSON contract, and extractor specs may raise codes of their own);
/// the code raises flags through this type so a typo is a build error, and tables find the names here.
public enum FlagCode: String, CaseIterable, Codable, Sendable {
    // The file itself
    case encrypted, repairedFile = "repaired-file", limitReached = "limit-reached", readerWarnings = "reader-warnings"
    case noText = "no-text", needsOCR = "needs-ocr", garbledText = "garbled-text"
    case ocrLowConfidence = "ocr-low-confidence"
    // Signatures and edits
    case signatureValid = "signature-valid", signatureInvalid = "signature-invalid"
    case signaturePartial = "signature-partial", signatureUnverified = "signature-unverified"
    case modifiedAfterSigning = "modified-after-signing", incrementalUpdate = "incremental-update"
    case editedMetadata = "edited-metadata", embeddedMismatch = "embedded-mismatch"
    // What it says
    case notEvidence = "not-evidence", unclassified, acceptanceOnly = "acceptance-only"
    case datesInconsistent = "dates-inconsistent", issuerUnrecognized = "issuer-unrecognized"
    case noSealFound = "no-seal-found"
    case duplicateFile = "duplicate-file", duplicateCertificate = "duplicate-certificate"
    // What it is worth
    case hoursExceedDailyCap = "hours-exceed-daily-cap", outsidePolicyPeriod = "outside-policy-period"
    case policyDateUnknown = "policy-date-unknown", policyValueProvisional = "policy-value-provisional"
    case proposalUnavailable = "proposal-unavailable", notCountedByStandard = "not-counted-by-standard"

    public var chinese: String {
        switch self {
        case .encrypted: "文件已加密"
        case .repairedFile: "文件已损坏并修复"
        case .limitReached: "超出读取限制"
        case .readerWarnings: "读取时有结构错误"
        case .noText: "无可读文字"
        case .needsOCR: "需文字识别"
        case .garbledText: "文字乱码"
        case .ocrLowConfidence: "识别可信度低"
        case .signatureValid: "电子签名有效"
        case .signatureInvalid: "电子签名无效"
        case .signaturePartial: "签名未覆盖全文"
        case .signatureUnverified: "签名无法验证"
        case .modifiedAfterSigning: "签名后被修改"
        case .incrementalUpdate: "文件有增量修改"
        case .editedMetadata: "编辑软件痕迹"
        case .embeddedMismatch: "内嵌数据不一致"
        case .notEvidence: "非学时证明"
        case .unclassified: "未能分类"
        case .acceptanceOnly: "仅为录用通知"
        case .datesInconsistent: "日期矛盾"
        case .issuerUnrecognized: "发证单位不在名录"
        case .noSealFound: "未见公章"
        case .duplicateFile: "重复文件"
        case .duplicateCertificate: "证书编号重复"
        case .hoursExceedDailyCap: "学时超过每日上限"
        case .outsidePolicyPeriod: "不在标准有效期"
        case .policyDateUnknown: "日期不明，标准待定"
        case .policyValueProvisional: "折算值待确认"
        case .proposalUnavailable: "无法给出认定建议"
        case .notCountedByStandard: "现行标准不计学时"
        }
    }
}

extension Flag {
    /// A flag with a code from the catalogue.
    public init(_ code: FlagCode, severity: Severity, message: String, page: Int? = nil) {
        self.init(code: code.rawValue, severity: severity, message: message, page: page)
    }
}
