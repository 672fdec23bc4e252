import Foundation
import XueshiCore
import XueshiPolicy

/// `scan --format csv`: a row per document for a spreadsheet — UTF-8 with a byte-order mark (Excel and WPS read
/// UTF-8 only with one), Chinese headings, CRLF, names and flags in Chinese, ID numbers masked unless `--unmask`.
struct ReportCSV {
    static let headings = ["文件", "方式", "类型", "学时", "开始日期", "结束日期", "发证日期", "发证单位", "持证人", "证书编号",
                           "认定学时", "认定规则", "适用标准", "科目", "置信度", "提示", "读取错误", "SHA-256"]

    var names: [String: String]
    var policies: PolicySet
    var unmask: Bool
    private let catalogue: Catalogue

    init(names: [String: String], policies: PolicySet, unmask: Bool) {
        self.names = names; self.policies = policies; self.unmask = unmask
        catalogue = policies.catalogue
    }

    var header: String { CSV.byteOrderMark + CSV.line(ReportCSV.headings) }

    func row(_ r: Report) -> String {
        func value(_ k: String) -> String { r.fields[k]?.value.description ?? "" }
        let flags = FlagLines.lines(r.flags, catalogue: catalogue).joined(separator: "；")
        let cells: [String] = [
            names[r.file] ?? r.file, r.error == nil ? r.mode.chinese : "", r.error == nil ? catalogue.kind(r.kind) : "",
            value("hours"), value("startDate"), value("endDate"), value("issueDate"), value("issuer"), value("holder"),
            value("certificateNumber"), r.proposal.map { FieldValue.number($0.hours).description } ?? "",
            r.proposal.map(policies.ruleName) ?? "", r.proposal?.policy ?? "",
            (r.proposal?.subject ?? r.subject)?.chinese ?? "", r.error == nil ? String(format: "%.2f", r.confidence) : "",
            flags, r.error.map { "\($0.code)：\($0.message)" } ?? "", r.sha256,
        ]
        return CSV.line(unmask ? cells : cells.map { PersonalData.maskAll(in: $0) })
    }
}
