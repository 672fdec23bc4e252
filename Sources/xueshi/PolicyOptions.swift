import ArgumentParser
import Foundation
import XueshiPipeline

/// Where the conversion standards are, and which one to force; shared by every command that scans.
struct PolicyOptions: ParsableArguments {
    @Option(name: .long, help: "conversion standards folder (default: policies/ beside the binary or here, or $XUESHI_POLICIES)")
    var policies: String?

    @Option(name: .long, help: "按指定标准折算 (apply this standard to every document, e.g. anhui-2001, anhui-2025, jiangsu; default: by date)")
    var policy: String?

    /// A broken policy file is a usage error (exit 2) carrying its file, line and reason.
    /// The standards folder, found but not loaded.
    func directory() throws -> String {
        guard let dir = policies ?? PolicySet.defaultDirectory() else {
            throw UsageError(description: "找不到 policies/ 目录：请用 --policies 指定 (policies folder not found)")
        }
        return dir
    }

    func load() throws -> PolicySet {
        let dir = try directory()
        let set: PolicySet
        do { set = try PolicySet.load(directory: dir) } catch {
            throw UsageError(description: "折算标准加载失败 (policy files failed to load): \(error)")
        }
        if let id = policy, set.policy(id: id) == nil {
            throw UsageError(description: "没有这个折算标准：\(id)（可用：\(set.policies.map(\.id).joined(separator: ", "))）")
        }
        return set
    }
}
