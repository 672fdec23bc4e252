import Foundation
import Testing
import XueshiCheck
import XueshiCore
import XueshiPipeline

/// One flag per code on a report, naming every reason; and a certificate's expiry date is no date of the activity.
@Suite struct FlagMergeTests {
    @Test func datesThatDisagreeSeveralWaysAreOneFlag() {
        func field(_ iso: String) -> Field { Field(value: .string(iso), confidence: 0.9) }
        let input = CheckInput(fields: ["startDate": field("2027-05-02"), "endDate": field("2027-05-01"),
                                        "issueDate": field("2027-04-01")],
                               isEvidence: true, mode: .training, document: nil, today: DayDate(year: 2026, month: 11, day: 26)!)
        let dates = Checks.run(input).filter { $0.code == "dates-inconsistent" }
        #expect(dates.count == 1)
        for reason in ["早于开始日期", "早于活动结束日期", "开始日期 2027-05-02 晚于今天", "发证日期 2027-04-01 晚于今天"] {
            #expect(dates.first?.message.contains(reason) == true, "\(reason)")
        }
    }

    @Test func mergingKeepsTheGravestSeverityAndFirstPage() {
        let merged = FlagMerge.onePerCode([
            Flag(code: "garbled-text", severity: .info, message: "甲", page: 2),
            Flag(code: "not-evidence", severity: .warning, message: "乙"),
            Flag(code: "garbled-text", severity: .warning, message: "丙", page: 3),
            Flag(code: "garbled-text", severity: .warning, message: "丙", page: 3),
        ])
        #expect(merged.map(\.code) == ["garbled-text", "not-evidence"])
        #expect(merged[0].severity == .warning && merged[0].page == 2 && merged[0].message == "甲；丙")
    }

    @Test func anExpiryDateIsNotTheIssueDate() {
        // An exam certificate that states when it expires, three years after it was earned.
        let data = ProducerPDF(lines: ["Certificate of Achievement", "Ada Example", "has earned the Example Cloud Practitioner certification",
                                       "February 16, 2025", "EXP DATE: 02/16/2028", "Code: EXA-7731-QZ"]).data()
        let report = scanner().scan(data: data, name: "exam.pdf").report
        #expect(!report.flags.contains { $0.code == "dates-inconsistent" }, "\(report.flags)")
        for k in ["issueDate", "startDate", "endDate"] {
            #expect(report.fields[k]?.value.string != "2028-02-16", "\(k): \(String(describing: report.fields[k]))")
        }
        #expect(report.fields["issueDate"]?.value.string == "2025-02-16")
    }
}
