import Foundation
import Testing

/// The built `explain`: the reviewer's account by default, the developer's trace only with `--trace`.
@Suite(.serialized) struct ExplainCLITests {
    static let sample = "corpus/samples/证明材料22.pdf"

    @Test func defaultIsTheReviewersAccount() throws {
        let r = try xueshi("explain", Self.sample)
        #expect(r.status == 0, "\(r.stderr)")
        for heading in ["## 结论", "## 各项取值", "## 没有找到", "## 认定建议", "## 提示"] {
            #expect(r.stdout.contains(heading), "missing \(heading):\n\(r.stdout)")
        }
        #expect(r.stdout.contains("培训证书"))
        #expect(r.stdout.contains("- 学时：80"), "\(r.stdout)")
        #expect(r.stdout.contains("来自第 1 页"))
        for word in ["score", "winner", "miss:", "hit:", "## 类型选择", "\"schemaVersion\""] {
            #expect(!r.stdout.contains(word), "「\(word)」 without --trace:\n\(r.stdout)")
        }
    }

    @Test func traceFollowsTheAccount() throws {
        let r = try xueshi("explain", "--trace", Self.sample)
        #expect(r.status == 0, "\(r.stderr)")
        let account = try #require(r.stdout.range(of: "## 结论"))
        let trace = try #require(r.stdout.range(of: "## 类型选择"))
        #expect(account.lowerBound < trace.lowerBound)
        #expect(r.stdout.contains("winner: training-certificate"))
        #expect(r.stdout.contains("\"schemaVersion\""))
    }

    @Test func unreadableFileExitsOneWithItsError() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("explain-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("empty.pdf")
        try Data().write(to: file)
        let r = try xueshi("explain", file.path)
        #expect(r.status == 1)
        #expect(r.stdout.contains("错误 error empty"), "\(r.stdout)")
    }
}
