import ArgumentParser
import Foundation
import XueshiCore
import XueshiPipeline
import XueshiWorker

struct Explain: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "向审核人员说明识别结果：材料类型及依据、各项取值及出处、缺项、认定建议、提示 (explain a document's reading to a reviewer; --trace for the developer's detail)")

    @ArgumentParser.Flag(name: .long, help: "显示完整身份证号 (show ID numbers unmasked)")
    var unmask = false

    @ArgumentParser.Flag(name: .long, help: "另附开发者明细：规范化文本、各类型得分、每个查找器的命中与未命中、JSON 报告 (also print the developer's trace)")
    var trace = false

    @ArgumentParser.Flag(name: .long, help: "显示读取时 C 库（poppler、leptonica 等）打印的原文 (show what the C libraries printed)")
    var verbose = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions
    @OptionGroup var ocrOptions: OCROptions

    @Argument(help: "一个文件 (one file)")
    var file: String

    func run() throws {
        var options = ScanOptions()
        ocrOptions.apply(to: &options)
        options.unmask = unmask
        options.policy = standards.policy
        let scanner = Pipeline(library: try common.library(), policies: try standards.load(), options: options)
        guard FileManager.default.fileExists(atPath: file) else {
            throw UsageError(description: "文件不存在：\(file)")
        }
        // Read in this process: what the libraries say goes to the report as a flag, and to stderr only when asked.
        let heard = HeardScan(pipeline: scanner) { StderrDiversion.run { scanner.scan(file: file) } }
        let result = heard.result
        if verbose {
            for l in heard.lines { FileHandle.standardError.write(Data("\(file): \(l.source): \(l.text)\n".utf8)) }
        }
        var out = "# \(file)\n"
        if let e = result.report.error {
            out += "错误 error \(e.code): \(e.message)\n"
            writeOut(out)
            throw ExitCode(1)
        }
        // The reviewer's account first; the trace, for whoever edits the specs, only when asked.
        out += ReviewerAccount(pipeline: scanner).text(result)
        if trace {
            out += "\n# 识别过程 (trace)\n" + (try ExplainTrace.text(result, unmask: unmask))
        }
        writeOut(out)
    }
}
