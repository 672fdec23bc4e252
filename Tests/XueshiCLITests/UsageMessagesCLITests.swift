import Foundation
import Testing

/// ArgumentParser's usage errors come in Chinese first, then in its English; the exit code stays 2.
@Suite(.serialized) struct UsageMessagesCLITests {
    @Test func anUnknownOptionIsToldInBothLanguages() throws {
        let r = try xueshi("explain", "--no-such-option", "corpus/samples/附件11.pdf")
        #expect(r.status == 2)
        #expect(r.stderr.contains("错误：未知选项 --no-such-option"), "\(r.stderr)")
        #expect(r.stderr.contains("Error: Unknown option '--no-such-option'"))
        #expect(r.stderr.contains("查看 'xueshi explain --help' 了解更多"))
        #expect(r.stderr.contains("See 'xueshi explain --help' for more information."))
        // Chinese first.
        #expect(r.stderr.range(of: "错误：")!.lowerBound < r.stderr.range(of: "Error:")!.lowerBound)
    }

    @Test func aMissingArgumentIsToldInBothLanguages() throws {
        let r = try xueshi("explain")
        #expect(r.status == 2)
        #expect(r.stderr.contains("错误：缺少参数 <file>"), "\(r.stderr)")
        #expect(r.stderr.contains("Error: Missing expected argument '<file>'"))
        #expect(r.stderr.contains("用法 Usage: xueshi explain"))
    }

    @Test func aBadChoiceIsToldInBothLanguages() throws {
        let r = try xueshi("scan", "--format", "xml", "corpus/samples")
        #expect(r.status == 2)
        #expect(r.stderr.contains("错误：--format <format> 的值 'xml' 无效，可选 'table'、'json'"), "\(r.stderr)")
        #expect(r.stderr.contains("Error: The value 'xml' is invalid for '--format <format>'"))
    }

    @Test func aMissingValueIsToldInBothLanguages() throws {
        let r = try xueshi("summary", "corpus/samples", "--year")
        #expect(r.status == 2)
        #expect(r.stderr.contains("错误：选项 --year <year> 缺少值"), "\(r.stderr)")
        #expect(r.stderr.contains("Error: Missing value for '--year <year>'"))
    }

    @Test func ourOwnBilingualErrorsKeepTheirWords() throws {
        let r = try xueshi("scan", "--max-seconds", "0", "corpus/samples")
        #expect(r.status == 2)
        #expect(r.stderr.contains("错误：--max-seconds 必须是正数 (must be positive)"), "\(r.stderr)")
    }
}
