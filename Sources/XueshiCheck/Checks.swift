import XueshiCore
import XueshiNormalize

/// What the check stage looks at: the fields as extracted and what the reader said about the pages.
public struct CheckInput: Sendable {
    public var fields: [String: Field]
    public var isEvidence: Bool
    public var mode: Mode
    public var document: Document?
    /// Today, for "in the future" (injected so tests are stable).
    public var today: DayDate
    /// The material type the classifier chose (e.g. training-certificate) and the spec that chose it.
    public var kind: String = "unknown"
    public var specId: String? = nil
    /// The kind is issued under a seal (its spec says `seal: true`).
    public var carriesSeal = false
    /// Flags the winning spec raises for its whole kind (`raises` in its YAML).
    public var specFlags: [Flag] = []

    public init(fields: [String: Field], isEvidence: Bool, mode: Mode, document: Document?, today: DayDate) {
        self.fields = fields; self.isEvidence = isEvidence; self.mode = mode; self.document = document
        self.today = today
    }
}

/// The flags a reviewer must look at. Each check is small and independent; issue-specific checks (signatures,
/// edits, duplicates, seals) join this list as they land.
public enum Checks {
    public static func run(_ input: CheckInput) -> [Flag] {
        var flags: [Flag] = []
        flags += evidence(input)
        flags += input.specFlags
        flags += textLayer(input)
        flags += dates(input)
        if let doc = input.document {
            flags += SignatureChecks.run(doc)
            flags += EditTraces.run(doc)
        }
        flags += SealChecks.run(input)
        return FlagMerge.onePerCode(flags)
    }

    static func evidence(_ input: CheckInput) -> [Flag] {
        guard !input.isEvidence else { return [] }
        return [Flag(.notEvidence, severity: .warning,
                     message: "该文件不是学习或成果的证明材料（如通知、日程、邀请函、发票、空白表格或论文模板），不能据此认定学时")]
    }

    static func textLayer(_ input: CheckInput) -> [Flag] {
        guard let doc = input.document else { return [] }
        var flags: [Flag] = []
        let garbled = doc.pages.filter(\.garbled).map(\.number)
        let readInstead = doc.pages.filter { $0.ocr?.reason == "garbled" && $0.ocr?.error == nil }.map(\.number)
        if !readInstead.isEmpty {
            flags.append(Flag(.garbledText, severity: .info,
                              message: "第\(readInstead.map(String.init).joined(separator: "、"))页的文字层乱码（字体缺少编码映射），已改用 OCR 识别页面图像",
                              page: readInstead.first))
        }
        if !garbled.isEmpty {
            flags.append(Flag(.garbledText, severity: .warning,
                              message: "第\(garbled.map(String.init).joined(separator: "、"))页的文字层乱码（字体缺少编码映射），需要 OCR 识别或人工阅读",
                              page: garbled.first))
        }
        let blank = doc.pages.filter { $0.blocks.isEmpty && $0.ocr?.error == nil && $0.ocr == nil }.map(\.number)
        if !blank.isEmpty {
            let scanned = doc.pages.filter { $0.blocks.isEmpty && $0.ocr == nil && $0.imageCoverage > 0.3 }.map(\.number)
            let all = blank.count == doc.pages.count
            if doc.format == .image || !scanned.isEmpty {
                flags.append(Flag(.needsOCR, severity: .info,
                                  message: (doc.format == .image ? "图片文件" : "第\(scanned.map(String.init).joined(separator: "、"))页为扫描图像")
                                    + "，没有文字层，需要 OCR 识别后才能提取信息", page: scanned.first ?? 1))
            } else if all {
                flags.append(Flag(.noText, severity: .warning, message: "文件没有任何可读文字（空白页）", page: 1))
            }
        }
        flags += ocr(doc)
        return flags
    }

    /// OCR that failed, or read a page so poorly that a reviewer should read it by eye.
    static func ocr(_ doc: Document) -> [Flag] {
        var flags: [Flag] = []
        let failed = doc.pages.filter { $0.ocr?.error != nil }
        if let first = failed.first {
            flags.append(Flag(.needsOCR, severity: .warning,
                              message: "第\(failed.map { String($0.number) }.joined(separator: "、"))页需要 OCR 识别，但未能识别：\(first.ocr?.error ?? "")",
                              page: first.number))
        }
        for page in doc.pages {
            guard let o = page.ocr, o.error == nil else { continue }
            let lines = page.lines.filter { $0.score != nil }
            let weak = lines.filter { ($0.score ?? 1) < PageOCRInfo.lowScore }
            if page.blocks.isEmpty {
                flags.append(Flag(.ocrLowConfidence, severity: .warning,
                                  message: "第\(page.number)页经 OCR（\(o.engine)）未识别出任何文字，请人工阅读原件", page: page.number))
            } else if o.meanScore < PageOCRInfo.lowScore || (lines.count >= 3 && Double(weak.count) / Double(lines.count) > 0.3) {
                flags.append(Flag(.ocrLowConfidence, severity: .warning,
                                  message: String(format: "第%d页为 OCR 识别（%@），识别可信度偏低（平均 %.2f，%d/%d 行低于 %.2f），请人工核对",
                                                  page.number, o.engine, o.meanScore, weak.count, lines.count, PageOCRInfo.lowScore),
                                  page: page.number))
            }
        }
        return flags
    }

    static func dates(_ input: CheckInput) -> [Flag] {
        func day(_ k: String) -> DayDate? { input.fields[k]?.value.string.flatMap(DayDate.init(iso:)) }
        var flags: [Flag] = []
        let start = day("startDate"), end = day("endDate"), issue = day("issueDate")
        if let s = start, let e = end, e < s {
            flags.append(Flag(.datesInconsistent, severity: .warning,
                              message: "结束日期 \(e.iso) 早于开始日期 \(s.iso)", page: input.fields["endDate"]?.page))
        }
        // An acceptance is written before the conference it accepts a talk for: its date precedes the event's end.
        if let e = end, let i = issue, i < e, e.ordinal - i.ordinal > 0, input.kind != "acceptance-notice" {
            flags.append(Flag(.datesInconsistent, severity: .warning,
                              message: "发证日期 \(i.iso) 早于活动结束日期 \(e.iso)", page: input.fields["issueDate"]?.page))
        }
        for (k, name) in [("startDate", "开始日期"), ("endDate", "结束日期"), ("issueDate", "发证日期")] {
            if let d = day(k), d > input.today {
                flags.append(Flag(.datesInconsistent, severity: .warning,
                                  message: "\(name) \(d.iso) 晚于今天（\(input.today.iso)）", page: input.fields[k]?.page))
            }
        }
        return flags
    }
}
