import ArgumentParser
import Foundation
import XueshiCore
import XueshiPipeline
import XueshiPolicy
import XueshiWorker

struct Summary: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "年度学时汇总：一名学员一年的材料是否达标 (one learner's year: totals per subject, what is missing)",
        discussion: """
        专业学时超出专业要求的部分可计入公需，公需学时不得计为专业；折算认定按就高原则，一年只取最高的一项。 \
        有注意或严重提示、或置信度低于 --min-confidence 的材料列为“待核”，确认前不计入达标；--confirm 读入审核人员的 \
        确认与更正（CSV：文件或 sha256、决定、学时、科目）。 \
        One-way rule: 专业 hours beyond the 专业 need fill 公需, never the reverse. Highest-option rule: of converted \
        claims only the single highest counts in a year (where the year's standard says so). Items with a warning or \
        critical flag, or below --min-confidence (the lower of the report's and the proposal's confidence), wait as \
        待核 and do not count toward the requirement until a --confirm file accepts or adjusts them.
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @Option(name: .long, help: "年度 (the year, YYYY)")
    var year: Int

    @Option(name: .long, help: "table | json")
    var format: Format = .table

    @Option(name: .customLong("min-confidence"),
            help: "低于此置信度的材料待核 (items below this confidence wait for a check; 0–1, default 0.8)")
    var minConfidence: Double = 0.8

    @Option(name: .long, help: "审核人员的确认文件 CSV：文件/sha256、决定、学时、科目 (a reviewer's confirmations: file or sha256, decision, hours, subject)")
    var confirm: String?

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions
    @OptionGroup var ocrOptions: OCROptions
    @OptionGroup var limits: LimitOptions

    @Argument(help: "一名学员的材料（文件或目录）(one learner's uploads: files or folders)")
    var paths: [String]

    func validate() throws {
        if paths.isEmpty { throw ValidationError("至少给出一个文件或目录 (give at least one file or folder)") }
        if !(1990...2100).contains(year) { throw ValidationError("年度应为四位数年份 (--year YYYY)") }
        if !(0...1).contains(minConfidence) { throw ValidationError("--min-confidence 应在 0 到 1 之间 (from 0 to 1)") }
    }

    func run() throws {
        let files: [String]
        do { files = try FileWalk.files(paths) } catch { throw UsageError(description: "\(error)") }
        var confirmations: [Confirmation] = []
        if let path = confirm {
            do { confirmations = try ConfirmationFile.read(path: path) } catch { throw UsageError(description: "\(error)") }
        }
        let policies = try standards.load()
        var options = ScanOptions()
        ocrOptions.apply(to: &options)
        limits.apply(to: &options)
        options.policy = standards.policy
        // Read as `scan` reads: each file in an isolated worker (a file that crashes or hangs is an item that
        // could not be read, not the end of the summary), the C libraries' output kept off the terminal.
        let pipeline = Pipeline(library: try common.library(), policies: policies, options: options)
        let scanner: any BatchScanner = limits.isolation == .worker
            ? limits.supervisor(extractors: try common.directory(), policies: try standards.directory(), options: options)
            : limits.scanner(pipeline: pipeline, policies: policies.directory)
        let inputs = files.map { BatchInput(path: InputPath($0)) }
        let collected = Collected(count: inputs.count)
        StreamingBatch.run(scanner, inputs: inputs, pipeline: pipeline) { i, report in collected.set(i, report) }
        scanner.shutdown()
        let reports = collected.reports
        let names = ShownNames(files: files, given: paths)
        let review = SummaryReview(minConfidence: minConfidence, confirmations: confirmations, aliases: names.aliases)
        let summary = policies.summarize(reports, year: year, policyId: standards.policy, review: review)
        // A row that names no document is most likely a typo: say so, but a file kept across years may name others.
        let used = Set(summary.items.compactMap(\.confirmedBy))
        for c in confirmations where !used.contains(c.source ?? "") {
            let line = "提示：\(c.source ?? "")：\(c.file ?? c.sha256 ?? "") 不是本次汇总的材料，未使用 (names no document summarised here; not used)\n"
            FileHandle.standardError.write(Data(line.utf8))
        }
        switch format {
        case .json:
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            writeOut(String(decoding: try e.encode(summary), as: UTF8.self) + "\n")
        case .table:
            writeOut(SummaryTable.render(summary, names: names.shown, policies: policies, width: Terminal.columns()))
        }
    }
}

extension Summary: ReadsInWorkers {
    var readsInWorkers: Bool { limits.isolation == .worker }
}
