import Foundation
import Testing
import XueshiCore
import XueshiPipeline

/// `explain`'s account for reviewers, read in process on a generated training certificate that names no issuer
/// and prints the holder's ID number.
@Suite struct ReviewerAccountTests {
    static let id = "340121199010023932"

    static let certificate = ChinesePDF(lines: [
        .init(text: "结业证书", size: 28, x: 241, y: 720),
        .init(text: "证书编号：XC2025-0815", size: 14, x: 72, y: 640),
        .init(text: "张三同志（身份证号：\(id)）：", size: 14, x: 72, y: 600),
        .init(text: "于2025年9月5日至9月9日参加专业技术人员继续教育培训班，", size: 14, x: 72, y: 570),
        .init(text: "累计学时40，考核合格，准予结业。", size: 14, x: 72, y: 540),
        .init(text: "2025年9月9日", size: 14, x: 400, y: 200),
    ]).data()

    func account(unmask: Bool = false) -> (String, ScanResult) {
        let pipeline = scanner(unmask: unmask, ocr: .off)
        let result = pipeline.scan(data: Self.certificate, name: "结业证书.pdf")
        return (ReviewerAccount(pipeline: pipeline).text(result), result)
    }

    @Test func readsAsAReviewersAccount() {
        let (text, result) = account()
        #expect(result.report.error == nil)
        for heading in ["## 结论", "## 各项取值", "## 没有找到", "## 认定建议", "## 提示"] {
            #expect(text.contains(heading), "missing \(heading):\n\(text)")
        }
        #expect(text.contains("培训证书"), "\(text)")
        #expect(text.contains("方式：培训"))
        // The words that decided it, quoted.
        #expect(text.contains("依据：") && text.contains("“结业证书”"), "\(text)")
        // A found value with its page, its line and how it was read.
        #expect(result.report.fields["hours"]?.value.number == 40)
        #expect(text.contains("- 学时：40"), "\(text)")
        #expect(text.contains("来自第 1 页 “累计学时40，考核合格，准予结业。”"), "\(text)")
        #expect(text.contains("文字层"))
        // The issuer this kind states and this one does not.
        let missing = text.components(separatedBy: "## 没有找到").last?.components(separatedBy: "## ").first
        #expect(missing?.contains("发证单位") == true, "\(text)")
        // The proposal in Chinese: the rule's name, the standard, the arithmetic.
        #expect(text.contains("建议认定 40 学时"), "\(text)")
        #expect(text.contains("规则：培训按证书所载学时"))
        #expect(text.contains("皖人社秘〔2025〕109号"))
        #expect(text.contains("算式："))
    }

    @Test func masksIDNumbersUnlessAsked() {
        let (masked, _) = account()
        #expect(!masked.contains(Self.id), "\(masked)")
        #expect(masked.contains(PersonalData.mask(Self.id)))
        // The holder is shown as `scan` reports it.
        #expect(masked.contains("- 持证人：张三"), "\(masked)")
        let (open, _) = account(unmask: true)
        #expect(open.contains(Self.id))
    }

    @Test func speaksNoDebuggerWords() {
        let (text, _) = account()
        for word in ["score", "winner", "miss:", "hit:", "ruled out", "out: "] {
            #expect(!text.contains(word), "「\(word)」 in:\n\(text)")
        }
    }

    @Test func flagsMostSevereFirst() {
        let (text, result) = account()
        let flags = text.components(separatedBy: "## 提示").last ?? ""
        let ranks = result.report.flags.map(\.severity).sorted(by: >)
        let printed = flags.split(separator: "\n").compactMap { line in
            [Severity.critical, .warning, .info].first { line.contains("\($0.chinese)·") }
        }
        #expect(printed == ranks, "\(flags)")
    }

    /// A conference proof whose words also fit a lecture: the account names the near rival and its words.
    @Test func namesACloseRunnerUp() {
        let pipeline = scanner(ocr: .off)
        let text = ReviewerAccount(pipeline: pipeline).text(pipeline.scan(file: repo("corpus/docs/doc724.pdf")))
        #expect(text.contains("这是一份学术会议证明"), "\(text)")
        // Words of equal weight come in no fixed order.
        let rival = text.split(separator: "\n").first { $0.hasPrefix("也可能是讲座证明（得分接近：") }
        #expect(rival?.contains("“作了题为”") == true && rival?.contains("“专题报告”") == true, "\(text)")
    }

    @Test func unreadableFileSaysWhy() {
        let pipeline = scanner(ocr: .off)
        let result = pipeline.scan(data: Data("not a pdf".utf8), name: "x.pdf")
        let text = ReviewerAccount(pipeline: pipeline).text(result)
        #expect(text.contains("无法读取这份文件"), "\(text)")
    }
}
