import ArgumentParser
import Foundation
import XueshiCore
import XueshiPipeline

/// `xueshi draw`: one page as a PNG, with the boxes of the fields read on it — to check a report (or a reader) by eye.
struct Draw: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "把一页画成 PNG 图片，并框出读到的字段 (draw one page as PNG with the fields' boxes)",
        discussion: "退出码 / exit codes: 0 已写出 (written); 1 无法读取或绘制 (could not read or draw); 2 用法错误 (usage).")

    @Option(name: .long, help: "页码，从 1 开始 (page number, from 1)")
    var page = 1

    @Option(name: .long, help: "分辨率 (resolution, dpi)")
    var dpi = 100.0

    @Option(name: [.short, .long], help: "输出的 PNG 文件 (the PNG to write)")
    var output: String

    @Option(name: .long, help: "用已有的报告（JSON）框出字段，不再读取 (the fields' boxes from a report already made, JSON; not read again)")
    var report: String?

    @ArgumentParser.Flag(name: .long, help: "不框出字段 (no field boxes)")
    var noFields = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions
    @OptionGroup var ocrOptions: OCROptions

    @Argument(help: "PDF、OFD 或图片文件 (a PDF, OFD or image file)")
    var file: String

    func validate() throws {
        if page < 1 { throw ValidationError("页码从 1 开始 (pages count from 1)") }
        if !(dpi >= 18 && dpi <= 600) { throw ValidationError("分辨率应在 18 到 600 dpi 之间 (dpi between 18 and 600)") }
    }

    func run() throws {
        guard let data = FileManager.default.contents(atPath: file) else {
            throw UsageError(description: "文件不存在或无法读取：\(file)")
        }
        var report: Report?
        if let path = self.report, !noFields {
            guard let json = FileManager.default.contents(atPath: path), let r = try? JSONDecoder().decode(Report.self, from: json) else {
                throw UsageError(description: "无法读取报告：\(path)")
            }
            report = r
        } else if !noFields {
            var options = ScanOptions()
            ocrOptions.apply(to: &options)
            report = Pipeline(library: try common.library(), policies: try standards.load(), options: options).scan(data: data, name: file).report
        }
        switch PagePicture.png(data: data, page: page, dpi: dpi, report: report) {
        case .failure(let e):
            FileHandle.standardError.write(Data("错误 error \(e.code): \(e.message)\n".utf8))
            throw ExitCode(1)
        case .success(let png):
            do { try png.write(to: URL(fileURLWithPath: output)) } catch {
                throw UsageError(description: "无法写入 \(output)：\(error.localizedDescription)")
            }
        }
    }
}
