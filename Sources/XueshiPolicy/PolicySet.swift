import Foundation
import XueshiNormalize

/// Every standard in `policies/`, and which of them governs a date in the region the deployment serves.
public struct PolicySet: Sendable {
    public var policies: [Policy]
    /// The region whose timeline picks the standard by date; other regions' files serve `--policy` only.
    public var region: String
    public var directory: String

    public static let defaultRegion = "anhui"

    public init(policies: [Policy], region: String = PolicySet.defaultRegion, directory: String = "") {
        self.policies = policies; self.region = region; self.directory = directory
    }

    /// No standards: every proposal is null.
    public static let empty = PolicySet(policies: [])

    /// Loads every `*.yaml` in `directory`. Ids must be unique and a region's periods must not overlap, or no date
    /// could say which standard applies.
    public static func load(directory: String, region: String = PolicySet.defaultRegion) throws -> PolicySet {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else {
            throw PolicyLoadError(file: directory, line: nil, reason: "policy directory not found")
        }
        var policies: [Policy] = []
        var fileOf: [String: String] = [:]
        for name in names.sorted() where name.hasSuffix(".yaml") || name.hasSuffix(".yml") {
            let path = (directory as NSString).appendingPathComponent(name)
            guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                throw PolicyLoadError(file: path, line: nil, reason: "cannot read the file as UTF-8")
            }
            let p = try parse(yaml: text, file: path)
            if let other = fileOf[p.id] {
                throw PolicyLoadError(file: path, line: line(of: "id:", in: text), reason: "policy id '\(p.id)' is also used by \(other)")
            }
            for q in policies where q.region == p.region && overlap(p, q) {
                throw PolicyLoadError(file: path, line: line(of: "effective:", in: text),
                                      reason: "its period overlaps '\(q.id)' (\(fileOf[q.id] ?? "")) in region \(p.region)")
            }
            fileOf[p.id] = path
            policies.append(p)
        }
        if policies.isEmpty { throw PolicyLoadError(file: directory, line: nil, reason: "no policy files (*.yaml)") }
        return PolicySet(policies: policies, region: region, directory: directory)
    }

    public static func parse(yaml: String, file: String = "<policy>") throws -> Policy {
        try PolicyParser.parse(yaml: yaml, file: file)
    }

    static func overlap(_ a: Policy, _ b: Policy) -> Bool {
        let aEnd = a.to ?? DayDate(year: 2100, month: 12, day: 31)!, bEnd = b.to ?? DayDate(year: 2100, month: 12, day: 31)!
        return a.from <= bEnd && b.from <= aEnd
    }

    static func line(of prefix: String, in text: String) -> Int? {
        text.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.hasPrefix(prefix) }.map { $0 + 1 }
    }

    public func policy(id: String) -> Policy? { policies.first { $0.id == id } }

    var regional: [Policy] { policies.filter { $0.region == region } }

    /// The region's standard in force on that day.
    public func covering(_ day: DayDate) -> Policy? { regional.first { $0.covers(day) } }

    /// The region's newest standard: what applies when a document gives no date.
    public var current: Policy? { regional.max { $0.from < $1.from } }

    /// Finds `policies/` the way extractors are found: $XUESHI_POLICIES, beside the executable (or above it), then
    /// in the working directory.
    public static func defaultDirectory(executable: String = CommandLine.arguments.first ?? "") -> String? {
        let fm = FileManager.default
        if let env = ProcessInfo.processInfo.environment["XUESHI_POLICIES"], !env.isEmpty { return env }
        var candidates: [String] = []
        var dir = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(dir.appendingPathComponent("policies").path)
            dir = dir.deletingLastPathComponent()
        }
        candidates.append(fm.currentDirectoryPath + "/policies")
        return candidates.first { c in
            ((try? fm.contentsOfDirectory(atPath: c)) ?? []).contains { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }
        }
    }
}
