import ArgumentParser
import Foundation
import XueshiPipeline

@main
struct Xueshi: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "xueshi",
        abstract: "学时 — 读取继续教育证明材料，提取学时、日期、发证单位并分类。Reads continuing-education evidence.",
        discussion: """
        退出码 / exit codes: 0 全部读取 (all read); 1 部分文件无法读取，其报告带 error (some could not be read); \
        2 用法错误 (usage).
        """,
        subcommands: [Scan.self, Explain.self, Eval.self, Bench.self, Summary.self],
        defaultSubcommand: Scan.self)

    /// Usage errors exit 2 (the README's contract), not ArgumentParser's 64.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data((message + "\n").utf8)) }
            if code == .validationFailure || error is UsageError { Foundation.exit(2) }
            Foundation.exit(code.rawValue == 1 ? 1 : 2)
        }
    }
}

/// A mistake in how the command was called: exit 2.
struct UsageError: Error, CustomStringConvertible {
    var description: String
}

struct CommonOptions: ParsableArguments {
    @Option(name: .long, help: "extractor specs folder (default: extractors/ beside the binary or here)")
    var extractors: String?

    func library() throws -> SpecLibrary {
        guard let dir = extractors ?? SpecLibrary.defaultDirectory() else {
            throw UsageError(description: "找不到 extractors/ 目录：请用 --extractors 指定 (extractors folder not found)")
        }
        do { return try SpecLibrary.load(directory: dir) } catch {
            throw UsageError(description: "提取规则加载失败 (extractor specs failed to load): \(error)")
        }
    }
}

func writeOut(_ s: String) {
    FileHandle.standardOutput.write(Data(s.utf8))
}
