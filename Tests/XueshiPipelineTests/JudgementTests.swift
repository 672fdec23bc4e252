import Foundation
import Testing
import XueshiCore
@testable import XueshiPipeline

@Suite struct JudgementTests {
    func label(_ json: String) throws -> Label { try JSONDecoder().decode(Label.self, from: Data(json.utf8)) }

    func report(_ fields: [String: FieldValue]) -> Report {
        Report(file: "x.pdf", sha256: "", format: .pdf, pages: 1, textSource: .textLayer, kind: "online-learning-record",
               mode: .online, fields: fields.mapValues { Field(value: $0, confidence: 0.9) }, confidence: 0.9)
    }

    /// A real label leaves the holder out (a real person): a reported holder is neither right nor extra; an issuer
    /// spelt as one of the label's alternatives is right; a decoded QR payload is not a claim.
    @Test func realLabelsConventions() throws {
        let l = try label("""
        {"file": "x.pdf", "mode": "online", "fields": {"issuer": "国家知识产权局", "hours": 4},
         "holderOmitted": true, "issuerAlternatives": ["CNIPA"]}
        """)
        let r = report(["issuer": .string("CNIPA"), "hours": .number(4), "holder": .string("张三"),
                        "verificationCode": .string("https://example.org/v/1")])
        let j = Judgement(report: r, label: l)
        #expect(j.reportRight)
        #expect(j.fieldRight["holder"] == nil && j.fieldRight["verificationCode"] == nil)
        var e = Evaluation()
        e.add(report: r, label: l)
        #expect(e.extraFields == 0)
        #expect(e.accuracy("issuer") == 1)
    }

    @Test func anUnlabelledCoreFieldMakesTheReportWrong() throws {
        let l = try label(#"{"file": "x.pdf", "mode": "online", "fields": {"hours": 4}}"#)
        let j = Judgement(report: report(["hours": .number(4), "issueDate": .string("2028-02-16")]), label: l)
        #expect(!j.reportRight)
        #expect(j.fieldRight["issueDate"] == false && j.fieldRight["hours"] == true)
    }
}
