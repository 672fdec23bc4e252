import ArgumentParser
import Foundation
import XueshiCore
import XueshiPipeline
import XueshiStore
import XueshiWorker

struct Backfill: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "历史材料回填：读取清单或目录中的材料，存入材料库，按学员和年度核对申报 (backfill records into the store)",
        discussion: """
        清单 MANIFEST.csv 每行一条记录：学员编号、姓名、单位、年度、申报方式、申报学时、文件（也可用英文列名 learner, name, \
        unit, year, mode, hours, file）。也可给出目录：每个子目录一名学员（“编号_姓名”），其下名为年份的目录给出年度。
        每份材料在隔离进程中读取、读完即存；同一内容、同一版本的材料不会重复读取；中断（包括 kill -9）后再次运行同一命令即可续跑，\
        不丢、不重。结束时按学员和年度列出申报与建议学时、是否达到 90/60，以及需要复核的分歧。
        多台机器（PostgreSQL）：--enqueue-only 只登记（文件内容存入库中）；在任意多台机器上运行 backfill --worker 读取队列。
        退出码：0 完成；1 完成，但有文件缺失或无法读取；2 用法错误；3 材料库出错。
        """)

    enum Format: String, ExpressibleByArgument, CaseIterable { case table, json }

    @OptionGroup var storeOptions: StoreOptions

    @ArgumentParser.Flag(name: .long, help: "只登记入队，不读取（文件内容存入库中）(queue the batch and return)")
    var enqueueOnly = false

    @ArgumentParser.Flag(name: .long, help: "作为工作进程读取队列，直到队列为空 (work the store's queue until it is empty)")
    var worker = false

    @ArgumentParser.Flag(name: .long, help: "与 --worker 同用：队列空后继续等待新任务 (with --worker: keep waiting for more)")
    var follow = false

    @ArgumentParser.Flag(name: .long, help: "文件内容存入库中（PostgreSQL 登记时默认如此）(keep each document's bytes in the store)")
    var keepBytes = false

    @Option(name: .long, help: "租约秒数：工作进程失联这么久后，其任务由别的进程接手 (seconds a claim holds without renewal)")
    var lease: Double = 120

    @Option(name: .long, help: "table | json（学员年度汇总与分歧 the learner-year summary and disagreements）")
    var format: Format = .table

    @Option(name: .long, help: "表格中最多列出的分歧条数 (disagreements listed in the table; all are in json and export)")
    var show: Int = 50

    @ArgumentParser.Flag(name: .long, help: "输出中显示完整身份证号 (show ID numbers unmasked)")
    var unmask = false

    @OptionGroup var common: CommonOptions
    @OptionGroup var standards: PolicyOptions
    @OptionGroup var ocrOptions: OCROptions
    @OptionGroup var limits: LimitOptions

    @Argument(help: "清单 CSV 或目录 (a manifest CSV, or a folder with one learner per sub-folder)")
    var source: String?

    func validate() throws {
        if worker {
            if source != nil { throw ValidationError("--worker 读取库中的队列，不再给出清单 (--worker takes no manifest)") }
            if enqueueOnly { throw ValidationError("--worker 与 --enqueue-only 不能同用") }
        } else {
            if source == nil { throw ValidationError("给出清单 CSV 或目录，或用 --worker 读取队列 (give a manifest or a folder, or --worker)") }
            if follow { throw ValidationError("--follow 只与 --worker 同用 (--follow goes with --worker)") }
        }
        if !(lease >= 5 && lease <= 86_400) { throw ValidationError("--lease 应在 5 到 86400 秒之间") }
    }

    func run() throws {
        let manifest: Manifest?
        if let source {
            var isDir: ObjCBool = false
            guard FileManager.default.fileExists(atPath: source, isDirectory: &isDir) else {
                throw UsageError(description: "找不到清单或目录：\(source) (manifest not found)")
            }
            do { manifest = isDir.boolValue ? try Manifest.folder(path: source) : try Manifest.csv(path: source) } catch {
                throw UsageError(description: "\(error)")
            }
        } else {
            manifest = nil
        }
        let policies = try standards.load()
        let library = try common.library()
        let versions: ReadVersions
        do { versions = try ReadVersions.current(extractors: library.directory, policies: policies.directory) } catch {
            throw UsageError(description: "\(error)")
        }
        // Reports are stored as read; ID numbers are masked where data leaves the store (exports, this summary).
        let options = limits.storeOptions(ocr: ocrOptions, policy: standards.policy)
        let pipeline = Pipeline(library: library, policies: policies, options: options)
        let location = storeOptions.location
        let store = try storeOptions.open()
        defer { _ = try? blocking { await store.close() } }

        func storeCall<T: Sendable>(_ body: @escaping @Sendable () async throws -> T) throws -> T {
            do { return try blocking(body) } catch { throw StoreFailure(error, store: location.description) }
        }

        var batch: BatchRecord?
        if let manifest {
            // Bytes go into the store when other machines will read them (PostgreSQL) or when asked.
            let keep = keepBytes || (enqueueOnly && location.isPostgres)
            let intake = BackfillIntake(store: store, versions: versions, keepBytes: keep, maxFileBytes: options.read.maxBytes)
            let (b, added) = try storeCall { try await intake.run(manifest) }
            batch = b
            note("批次 \(b.id)：\(added.claims) 条记录（新增 \(added.newClaims)），\(added.documents) 份材料（新增 \(added.newDocuments)），待读取 \(added.queued)")
            if enqueueOnly {
                note("已登记入队：在任意机器上运行 xueshi backfill --worker --store … 读取")
                return
            }
        }

        let scanner = limits.scanner(pipeline: pipeline, policies: policies.directory)
        let until: BackfillWorker.Until = batch.map { .batch($0.id) } ?? (follow ? .follow : .empty)
        let batchId = batch?.id
        let start = try storeCall { try await store.counts(batch: batchId) }
        let progress = BackfillProgress(total: start.pending + start.claimed)
        var workOptions = BackfillWorker.Options()
        workOptions.lease = lease
        workOptions.claimSize = max(2, (limits.workers ?? Pipeline.defaultWorkers) * 2)
        let runner = BackfillWorker(store: store, scanner: scanner, versions: versions, options: workOptions)
        let ran = Result { try runner.run(until: until) { report in progress.tick(failed: report.error != nil) } }
        // The batch is over either way: its PP-OCR processes end now, not after the summary below.
        scanner.shutdown()
        let outcome = try ran.mapError { StoreFailure($0, store: location.description) }.get()
        if progress.total > 0 { progress.finish() }
        note("读取并存入 \(outcome.stored) 份" + (outcome.failed > 0 ? "，其中 \(outcome.failed) 份无法读取" : "")
             + (outcome.lost > 0 ? "；\(outcome.lost) 份已由其他进程接手，未重复存入" : ""))

        guard let batch else { return }
        let finished = batch
        let years = LearnerYears(duplicates: StoreDuplicates(store: store, pipeline: pipeline), policies: policies)
        let all = try storeCall {
            var out: [LearnerYear] = []
            try await years.run(ClaimFilter(batch: finished.id)) { ly, _ in out.append(ly) }
            return out
        }
        let shown = unmask ? all : all.map { var l = $0; l.learner = Masking.learner(l.learner)
            l.disagreements = l.disagreements.map { var d = $0; d.learner = Masking.text(d.learner); return d }; return l }
        switch format {
        case .json:
            let e = JSONEncoder()
            e.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
            writeOut(String(decoding: try e.encode(shown), as: UTF8.self) + "\n")
        case .table:
            writeOut(BackfillTable.render(shown, show: show))
        }
        if all.contains(where: { $0.disagreements.contains { $0.kind == .unread } }) { throw ExitCode(1) }
    }

    func note(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }
}
