import Foundation
import Testing
import XueshiCore
@testable import XueshiExtract

/// An e-document's own data (OFD custom tags, an invoice's embedded XML) against what its page shows.
@Suite struct EmbeddedValueTests {
    let invoice: [[Placed]] = [
        [Placed(text: "增值税电子普通发票", x: 200, y: 60, size: 18)],
        [Placed(text: "发票号码：12345678", x: 380, y: 100), Placed(text: "开票日期：2024年03月18日", x: 380, y: 118)],
        [Placed(text: "购买方 名称：某某科技有限公司", x: 60, y: 160)],
        [Placed(text: "销售方 名称：远山培训服务有限公司", x: 60, y: 400)],
        [Placed(text: "价税合计（大写）壹佰元整", x: 60, y: 440), Placed(text: "开票人：王某", x: 60, y: 480)],
    ]

    func run(_ embedded: [String: String]) -> (Extraction, [Extractor.EmbeddedMismatch]) {
        let extractor = Extractor(library: library)
        var e = extractor.extract(TextView(document: document(invoice)))
        let m = extractor.merge(embedded: embedded, into: &e)
        return (e, m)
    }

    @Test func theMapIsLoadedFromTheExtractorsFolder() {
        #expect(library.embedded.fields["issueDate"]?.keys.contains("IssueDate") == true)
        #expect(library.embedded.fields["issuer"]?.value == .text)
    }

    @Test func agreeingValuesAreConfirmed() throws {
        let (e, m) = run(["IssueDate": "2024年03月18日", "SellerName": "远山培训服务有限公司"])
        #expect(m.isEmpty)
        let date = try #require(e.fields["issueDate"])
        #expect(date.value == .string("2024-03-18"))
        #expect(date.confidence >= 0.97)
        #expect(date.note?.contains("IssueDate") == true)
    }

    @Test func aMissingValueIsTakenFromTheDataAndSaysSo() throws {
        let plain = Extractor(library: library).extract(TextView(document: document(invoice.filter { !$0[0].text.hasPrefix("发票号码") })))
        #expect(plain.fields["issueDate"] == nil)
        let extractor = Extractor(library: library)
        var e = plain
        _ = extractor.merge(embedded: ["issuedate": "20240318"], into: &e)
        let date = try #require(e.fields["issueDate"])
        #expect(date.value == .string("2024-03-18"))
        #expect(date.note?.contains("取自 OFD 内嵌数据") == true)
        #expect(!e.missing.contains("issueDate"))
    }

    @Test func aDisagreementKeepsThePageAndIsReturned() throws {
        let (e, m) = run(["IssueDate": "2024-04-18"])
        #expect(e.fields["issueDate"]?.value == .string("2024-03-18"))
        #expect(m.map(\.field) == ["issueDate"])
        #expect(m.first?.embedded == .string("2024-04-18"))
    }

    @Test func fieldsTheSpecOmitsAreNeverAdded() {
        // An invoice names no holder, whatever its data says.
        let (e, _) = run(["HolderName": "张三", "CertNo": "X-1"])
        #expect(e.specId == "invoice")
        #expect(e.fields["holder"] == nil)
        #expect(e.fields["certificateNumber"] == nil)
    }

    @Test func unreadableValuesAreSkipped() {
        let map = library.embedded
        #expect(map.value(for: "issueDate", in: ["IssueDate": "不详"]) == nil)
        #expect(map.value(for: "hours", in: ["XS": "1,2"])?.value == .number(12))
        #expect(map.value(for: "nothing", in: ["IssueDate": "2024-01-01"]) == nil)
    }

    @Test func anUnknownKeyInTheMapIsALoadError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("embedded-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let src = repoRoot.appendingPathComponent("extractors")
        for name in ["lexicon.yaml", "base.yaml"] {
            try FileManager.default.copyItem(at: src.appendingPathComponent(name), to: dir.appendingPathComponent(name))
        }
        try "fields:\n  issueDate:\n    keys: [IssueDate]\n    valeu: date\n".write(to: dir.appendingPathComponent("embedded.yaml"), atomically: true, encoding: .utf8)
        #expect(throws: SpecLoadError.self) { try SpecLibrary.load(directory: dir.path) }
    }
}

extension EmbeddedValueTests {
    @Test func aTimestampADayOffIsNotedNotFlagged() throws {
        let (e, m) = run(["IssueDate": "2024-03-19"])
        #expect(m.isEmpty)
        let date = try #require(e.fields["issueDate"])
        #expect(date.value == .string("2024-03-18"))
        #expect(date.note?.contains("相差一天") == true)
    }
}
