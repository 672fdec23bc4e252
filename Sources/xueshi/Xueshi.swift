import ArgumentParser
@preconcurrency import Foundation
import XueshiPipeline
import XueshiRead

@main
struct Xueshi: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xueshi",
        abstract: "学时 — 读取继续教育证明材料，提取学时、日期、发证单位并分类。Reads continuing-education evidence.",
        discussion: """
        退出码 / exit codes: 0 全部读取 (all read); 1 部分文件无法读取，其报告带 error (some could not be read); \
        2 用法错误 (usage); 3 材料库无法打开或访问 (the store could not be opened or reached).
        """,
        subcommands: [Scan.self, Explain.self, Draw.self, Eval.self, Calibrate.self, Bench.self, BenchOCR.self, Summary.self,
                      Backfill.self, ExportCommand.self, BenchBackfill.self, BenchServe.self, Serve.self, Users.self, Worker.self],
        defaultSubcommand: Scan.self)

    /// Usage errors exit 2 (the README's contract), not ArgumentParser's 64.
    static func main() {
        // The C libraries' diagnostics go to the debug log, never straight to the terminal (LibraryHooks).
        LibraryHooks.install()
        do {
            var command = try parseAsRoot()
            limitOpenMPThreads(restart: !((command as? ReadsInWorkers)?.readsInWorkers ?? false))
            try command.run()
            leave(0)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                leave(0)
            }
            var message = fullMessage(for: error)
            // A usage error (ArgumentParser's, exit 64) is told in Chinese first, then in its English.
            if code == .validationFailure { message = UsageMessages.bilingual(message) }
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            if code == .validationFailure || error is UsageError { leave(2) }
            if error is StoreFailure { leave(3) }
            leave(code.rawValue == 1 ? 1 : 2)
        }
    }
}

/// Tesseract's OpenMP build runs 3–4× slower on 2 cores unless `OMP_THREAD_LIMIT=1` is set when the process
/// starts (libgomp reads it in a constructor, before `main`): set it and, if this process may run tesseract
/// itself (`restart`), start again, once. A command that reads in worker processes only sets it for them: the
/// restart was a whole process start (about 70 ms, `strace -f -tt`) at the head of every `scan`.
func limitOpenMPThreads(restart: Bool) {
    guard getenv("OMP_THREAD_LIMIT") == nil else { return }
    setenv("OMP_THREAD_LIMIT", "1", 1)
    guard restart else { return }
    // The raw argv, not `CommandLine.arguments`: that repairs bytes that are not UTF-8, and a GBK file name
    // would name nothing after the restart.
    var argv: [UnsafeMutablePointer<CChar>?] = (0..<Int(CommandLine.argc)).map { CommandLine.unsafeArgv[$0] }
    argv.append(nil)
    execv("/proc/self/exe", &argv)
    // execv only returns on failure: go on with OpenMP's default.
}

/// Exits with `code`. A process that validated digital signatures may crash in NSS teardown while `exit()` runs
/// destructors (platform notes, pitfall 2): it flushes its output and leaves with `_exit` instead.
func leave(_ code: Int32) -> Never {
    if Pipeline.validatedSignatures {
        fflush(stdout)
        fflush(stderr)
        _exit(code)
    }
    Foundation.exit(code)
}

/// The store could not be opened, migrated or reached: exit 3 (the batch can be run again; nothing was lost).
struct StoreFailure: Error, CustomStringConvertible {
    var description: String
    init(_ error: any Error, store: String) {
        description = "材料库出错（\(store)）：\(error) (store error)"
    }
}

/// A mistake in how the command was called: exit 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}

struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "extractor specs folder (default: extractors/ beside the binary or here)")
    var extractors: String?

    /// The specs folder, found but not loaded.
    func directory() throws -> String {
        guard let dir = extractors ?? SpecLibrary.defaultDirectory() else {
            throw UsageError(description: "找不到 extractors/ 目录：请用 --extractors 指定 (extractors folder not found)")
        }
        return dir
    }

    func library() throws -> SpecLibrary {
        let dir = try directory()
        let library: SpecLibrary
        do { library = try SpecLibrary.load(directory: dir) } catch {
            throw UsageError(description: "提取规则加载失败 (extractor specs failed to load): \(error)")
        }
        do { try Pipeline.checkIssuers(directory: dir) } catch {
            throw UsageError(description: "发证单位名录或置信度模型加载失败 (issuers.yaml or confidence.json failed to load): \(error)")
        }
        return library
    }
}

func writeOut(_ s: String) {
    FileHandle.standardOutput.write(Data(s.utf8))
}
