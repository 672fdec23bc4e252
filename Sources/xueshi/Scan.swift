import ArgumentParser
import Foundation
import XueshiCore
import XueshiOCR
import XueshiPipeline
import XueshiWorker

struct Scan: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "识别材料：每个文件一份报告 (scan files and folders; one report per document)",
        discussion: """
        每个文件在隔离的读取进程中读取：崩溃、超时或超出内存的文件得到带 error（crashed / timeout / memory-limit）的报告，\
        其余文件照常读取。jsonl 格式下每份报告读完即输出。csv 格式带 BOM、中文表头，可直接用 Excel 或 WPS 打开。\
        在终端上运行时，stderr 显示进度（已读/总数、速度、剩余时间、正在读的文件）。以 - 开头的文件名可直接给出，或放在 -- 之后。
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json, jsonl, csv }

    @Option(name: .long, help: "table | json | jsonl | csv（jsonl 逐份输出 streams each report as it is done；csv 供 Excel/WPS）")
    var format: Format = .table

    @Option(name: .long, help: "进度行：auto（stderr 是终端时显示）| always | never (progress on stderr)")
    var progress: ProgressChoice = .auto

    @Option(name: .long, help: "表格宽度，默认为终端宽度；输出到文件或管道时不换行 (table width in columns)")
    var width: Int?

    @ArgumentParser.Flag(name: .long, help: "报告中显示完整身份证号 (show ID numbers unmasked)")
    var unmask = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions
    @OptionGroup var ocrOptions: OCROptions
    @OptionGroup var limits: LimitOptions

    /// `.allUnrecognized`: a file named `-x.pdf` is a path, not an unknown option (checked in `validate`).
    @Argument(parsing: .allUnrecognized, help: "PDF、OFD 或图片文件，或目录（目录递归）(files or folders, recursed)")
    var paths: [String] = []

    func validate() throws {
        if paths.isEmpty { throw ValidationError("至少给出一个文件或目录 (give at least one file or folder)") }
        // A dash word that names nothing is a mistyped option, not a missing file.
        for p in paths where p.hasPrefix("-") && !FileManager.default.fileExists(atPath: p) {
            var lst = stat()
            if lstat(p, &lst) != 0 { throw ValidationError("未知选项：\(p) (unknown option)") }
        }
    }

    func run() throws {
        let given = RawArguments.paths(paths)
        let inputs = InputWalk.inputs(given)
        let names = ShownNames(files: inputs.map(\.path.display), given: given.map(\.display)).shown
        var options = ScanOptions()
        ocrOptions.apply(to: &options)
        limits.apply(to: &options)
        options.unmask = unmask
        options.policy = standards.policy
        // A single file has both cores to itself for its OCR.
        let ocr: PPOCRSettings = inputs.count == 1 ? .interactive : .batch
        // The workers start first, one a file at most: their start (the runtime, specs and standards) overlaps
        // this process loading the same specs and standards for its own part (flags across the batch).
        var early: Supervisor?
        if limits.isolation == .worker {
            let supervisor = limits.supervisor(extractors: try common.directory(), policies: try standards.directory(),
                                               options: options, ocr: ocr)
            supervisor.prestart(count: inputs.filter { $0.error == nil }.count)
            early = supervisor
        }
        let policies = try standards.load()
        let pipeline = Pipeline(library: try common.library(), policies: policies, options: options)
        let scanner: any BatchScanner = early ?? limits.scanner(pipeline: pipeline, policies: policies.directory, ocr: ocr)
        // A batch that opens with photos or scans needs PP-OCR at once: its start (about a second) overlaps the
        // workers'. Only the first few are looked at; later ones find the pool started by then.
        if inputs.prefix(4).contains(where: { $0.error == nil && InputHead.looksScanned($0.path) }) { scanner.warmUpOCR() }
        let collected = Collected(count: inputs.count)
        let stream = format == .jsonl
        let encoder = Report.encoder(pretty: format == .json)
        let shown: [String] = inputs.map { names[$0.path.display] ?? $0.path.display }
        let line: ProgressLine? = progress.shows(terminal: Terminal.isTerminal(STDERR_FILENO))
            ? ProgressLine(names: shown, columns: Terminal.columns(STDERR_FILENO)) : nil
        var began: (@Sendable (Int) -> Void)?
        if let l = line { began = { i in l.began(i) } }
        StreamingBatch.run(scanner, inputs: inputs, pipeline: pipeline, began: began) { i, report in
            if stream, let d = try? encoder.encode(report) {
                writeOut(String(decoding: d, as: UTF8.self) + "\n")
                collected.note(report)
            } else {
                collected.set(i, report)
            }
            line?.finished(i)
        }
        line?.end()
        scanner.shutdown()
        switch format {
        case .jsonl: break
        case .json:
            let d = try encoder.encode(collected.reports)
            writeOut(String(decoding: d, as: UTF8.self) + "\n")
        case .csv:
            let csv = ReportCSV(names: names, policies: policies, unmask: unmask)
            writeOut(csv.header + collected.reports.map(csv.row).joined())
        case .table:
            let table = ReportTable(names: names, policies: policies, width: width ?? Terminal.columns())
            writeOut(table.render(collected.reports))
        }
        if collected.anyError { throw ExitCode(1) }
    }
}

/// Reports kept for a sorted output (table, json), or only whether any had an error (jsonl, already printed).
final class Collected: @unchecked Sendable {
    private var items: [Report?]
    private(set) var anyError = false
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: Report) { items[i] = r; note(r) }
    func note(_ r: Report) { if r.error != nil { anyError = true } }
    var reports: [Report] { items.compactMap { $0 } }
}

extension Scan: ReadsInWorkers {
    /// Isolated workers read every file; with `--isolation none` this process reads them itself.
    var readsInWorkers: Bool { limits.isolation == .worker }
}
