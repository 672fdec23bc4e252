import Foundation
import XueshiCore
import XueshiPolicy

/// The store written out for spreadsheets and other programs: CSV (UTF-8 with a BOM, Chinese headings, CRLF,
/// as Excel and WPS open it) a row per claimed document or a row per learner and year, or JSONL a stored report a
/// line. ID numbers are masked unless asked otherwise.
public struct Export: Sendable {
    public enum Format: String, Sendable, CaseIterable { case csv, jsonl }
    public enum By: String, Sendable, CaseIterable { case document, learner }

    public let years: LearnerYears
    public var unmask: Bool

    public init(years: LearnerYears, unmask: Bool) { self.years = years; self.unmask = unmask }

    public static let documentHeadings = ["学员编号", "姓名", "单位", "年度", "文件", "申报方式", "申报学时", "识别方式", "材料类型",
                                          "建议学时", "科目", "适用标准", "折算规则", "活动日期", "发证单位", "持证人", "证书编号",
                                          "身份证号", "置信度", "提示", "读取错误", "SHA-256"]
    public static let learnerHeadings = ["学员编号", "姓名", "单位", "年度", "材料数", "申报学时", "建议学时", "专业", "公需",
                                         "科目未定", "要求学时", "是否达标", "分歧数", "结论"]

    /// Writes to `write` as it goes, a learner at a time; returns the rows written.
    @discardableResult
    public func run(_ filter: ClaimFilter, format: Format, by: By, write: (String) throws -> Void) async throws -> Int {
        var rows = 0
        var seen = Set<String>()
        let encoder = Report.encoder(pretty: false)
        if format == .csv {
            try write(CSV.byteOrderMark + CSV.line(by == .document ? Export.documentHeadings : Export.learnerHeadings))
        }
        try await years.run(filter) { ly, pairs in
            switch (format, by) {
            case (.jsonl, _):
                for (_, report) in pairs {
                    guard let r = report, seen.insert(r.sha256).inserted else { continue }
                    try write(String(decoding: try encoder.encode(unmask ? r : Masking.report(r)), as: UTF8.self) + "\n")
                    rows += 1
                }
            case (.csv, .document):
                for (claim, report) in pairs {
                    try write(CSV.line(mask(documentRow(ly, claim, report))))
                    rows += 1
                }
            case (.csv, .learner):
                try write(CSV.line(mask(learnerRow(ly))))
                rows += 1
            }
        }
        return rows
    }

    func mask(_ cells: [String]) -> [String] { unmask ? cells : cells.map(Masking.text) }

    static func hours(_ x: Double?) -> String { x.map(Wording.number) ?? "" }

    func documentRow(_ ly: LearnerYear, _ c: Claim, _ r: Report?) -> [String] {
        func field(_ k: String) -> String { r?.fields[k]?.value.description ?? "" }
        let subjects: [Subject: String] = [.professional: "专业", .public: "公需", .unknown: "未定"]
        return [
            ly.learner.id, ly.learner.name ?? "", ly.learner.unit ?? "", (c.year ?? ly.year).map(String.init) ?? "", c.name,
            c.claimedMode ?? "", Export.hours(c.claimedHours), r.map { $0.mode.chinese } ?? "", r?.kind ?? "",
            Export.hours(r?.proposal?.hours), r?.proposal?.subject.flatMap { subjects[$0] } ?? "", r?.proposal?.policy ?? "",
            r?.proposal?.rule ?? "", r.flatMap { EvidenceFacts(report: $0).activityDate?.last.iso } ?? "", field("issuer"),
            field("holder"), field("certificateNumber"), field("idNumber"), r.map { String(format: "%.2f", $0.confidence) } ?? "",
            r?.flags.map(\.code).joined(separator: " ") ?? "", r?.error.map { "\($0.code)：\($0.message)" } ?? (c.problem ?? ""),
            c.sha256 ?? "",
        ]
    }

    func learnerRow(_ ly: LearnerYear) -> [String] {
        let s = ly.summary
        return [
            ly.learner.id, ly.learner.name ?? "", ly.learner.unit ?? "", ly.year.map(String.init) ?? "", String(ly.claims),
            Export.hours(ly.claimedHours), Export.hours(ly.proposedHours), Export.hours(s?.professional), Export.hours(s?.public),
            Export.hours(s?.unassigned), Export.hours(s?.required), ly.met ? "是" : "否", String(ly.disagreements.count),
            s?.conclusion ?? "无法确定年度",
        ]
    }
}
