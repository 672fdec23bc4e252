import Testing
import XueshiCore
@testable import XueshiPolicy

/// The reviewer's confirmation CSV: Chinese or English headings and words, a BOM, and every bad row refused by line.
@Suite struct ConfirmationFileTests {
    @Test func chineseHeadingsAndWordsWithABOM() throws {
        let text = "\u{FEFF}文件,决定,学时,科目,理由\r\na/certificate.pdf,认定,,,\r\n\r\nb/certificate.pdf,调整认定,12,公需,按天数核减\r\n"
            + "\"c,1.pdf\",不予认定,,,非本人\r\n"
        let cs = try ConfirmationFile.parse(text, file: "确认.csv")
        #expect(cs.map(\.action) == [.accept, .adjust, .reject])
        #expect(cs[1].hours == 12 && cs[1].subject == .public && cs[1].reason == "按天数核减")
        #expect(cs[2].file == "c,1.pdf")
        #expect(cs.map(\.source) == ["确认.csv:2", "确认.csv:4", "确认.csv:5"])
    }

    @Test func englishHeadingsAndAHash() throws {
        let hash = String(repeating: "AB", count: 32)
        let cs = try ConfirmationFile.parse("sha256,decision,hours,subject\n\(hash),adjust,8,professional\n", file: "c.csv")
        #expect(cs[0].sha256 == hash.lowercased() && cs[0].file == nil && cs[0].subject == .professional)
    }

    @Test(arguments: [
        ("file,decision\na.pdf,maybe\n", 2, "决定“maybe”"),
        ("file,decision,hours\na.pdf,adjust,\n", 2, "调整认定需要填写学时"),
        ("file,decision,hours\na.pdf,accept,3\n", 2, "认定按建议学时计"),
        ("file,decision,hours\na.pdf,adjust,forty\n", 2, "学时“forty”"),
        ("file,decision,subject\n\na.pdf,accept,both\n", 3, "科目“both”"),
        ("file,decision\na.pdf,accept\na.pdf,reject\n", 3, "与第 2 行是同一份材料"),
        ("sha256,decision\nabc,accept\n", 2, "64 位十六进制数"),
        ("file,decision\n,accept\n", 2, "没有写文件或 sha256"),
        ("file,hours\na.pdf,3\n", 1, "缺少“决定”列"),
        ("decision\naccept\n", 1, "缺少“文件”或“sha256”列"),
    ])
    func badRowsNameTheLine(text: String, line: Int, says: String) {
        #expect {
            try ConfirmationFile.parse(text, file: "c.csv")
        } throws: { error in
            guard let e = error as? ConfirmationFileError else { return false }
            return e.line == line && e.description.contains(says) && e.description.contains("c.csv 第 \(line) 行")
                && e.description.contains("confirm file c.csv line \(line)")
        }
    }

    @Test func theActionIsTheServersWireFormat() throws {
        #expect(ReviewAction.allCases.map(\.rawValue) == ["accept", "adjust", "reject"])
        #expect(ReviewAction.allCases.map(\.chinese) == ["认定", "调整认定", "不予认定"])
        #expect(ReviewAction(word: "调整学时") == .adjust && ReviewAction(word: " Reject ") == .reject)
    }
}
