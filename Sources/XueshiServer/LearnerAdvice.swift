import XueshiCore

/// What a reviewer would question, worded for the learner who uploaded the file: what it means for them and what
/// they can do. A flag the table does not know keeps the reviewer's message.
enum LearnerAdvice {
    struct Item: Codable, Sendable {
        var code: String
        var severity: String
        var message: String
    }

    static func items(_ report: Report) -> [Item] {
        var out: [Item] = []
        if let e = report.error {
            out.append(Item(code: e.code, severity: "critical", message: "这个文件无法读取（\(e.message)）。请上传原始的 PDF、OFD 或清晰的照片。"))
        }
        for f in report.flags {
            out.append(Item(code: f.code, severity: f.severity.rawValue, message: words[f.code] ?? f.message))
        }
        return out
    }

    static let words: [String: String] = [
        "not-evidence": "这份文件看起来不是学时证明（如证书、结业证明、学习记录、会议通知回执等）。审核人员很可能不予认定。",
        "unclassified": "没能判断这是哪一种继续教育形式。审核人员会人工判断，您可以在备注中说明。",
        "issuer-unrecognized": "没有认出发证单位。请确认证明上有清楚的主办或发证单位名称。",
        "unknown-issuer": "没有认出发证单位。请确认证明上有清楚的主办或发证单位名称。",
        "untrusted-issuer": "发证单位不在认可的名单中，审核人员会核实。",
        "no-seal-found": "证明上没有找到公章。没有盖章的证明通常需要补充盖章件。",
        "signature-invalid": "文件的电子签名校验不通过：文件可能在签名后被改动过。请上传发证单位给您的原始文件。",
        "modified-after-signing": "文件在电子签名之后又被修改过。请上传未经改动的原始文件。",
        "signature-partial": "电子签名只覆盖了文件的一部分，审核人员会核对其余部分。",
        "signature-unverified": "文件带有电子签名，但无法验证签名人，审核人员会核实。",
        "signature-valid": "电子签名校验通过。",
        "edited-metadata": "文件信息显示它被编辑软件修改过。审核人员会核对原件，请保留好原始文件。",
        "incremental-update": "文件在生成后又被修改保存过，审核人员会核对原件。",
        "embedded-mismatch": "文件中内嵌的信息与页面上显示的内容不一致，审核人员会核实。",
        "repaired-file": "文件有损坏，是修复后读取的。如有完好的原件，请重新上传。",
        "encrypted": "文件加了密码，无法读取。请上传未加密的文件。",
        "garbled-text": "文件中的文字无法正常识别（乱码），已改用图像识别，结果可能有误，请核对。",
        "needs-ocr": "这是扫描件或照片，文字是识别出来的，请核对学时和日期是否正确。",
        "ocr-low-confidence": "图片不够清晰，识别结果可能有误。建议重新拍摄或扫描（平整、光线充足、不要反光）。",
        "no-text": "文件中没有可识别的文字。请上传清晰的扫描件或原始电子文件。",
        "not-drawn": "页面无法显示，但文字已读取。",
        "limit-reached": "文件过大或页数过多，只读取了一部分。请只上传证明所在的页面。",
        "duplicate-file": "同一个文件已经提交过。重复提交的材料只计算一次。",
        "duplicate-certificate": "证书编号与已提交的另一份材料相同。重复的证书只计算一次。",
        "dates-inconsistent": "文件上的日期前后不一致（例如结束早于开始），请核对。",
        "hours-exceed-daily-cap": "按天数计算，学时超过了每天可认定的上限，审核人员可能会核减。",
        "outside-policy-period": "活动日期不在可认定的年度或政策有效期内。",
        "policy-date-unknown": "没有读到活动日期，无法确定适用哪一年的标准。请确认证明上写明了日期。",
        "policy-value-provisional": "这项折算标准尚待确认，学时为暂定值。",
        "proposal-unavailable": "无法按标准折算学时（缺少学时、天数或其他必要信息）。审核人员会人工认定。",
    ]
}
