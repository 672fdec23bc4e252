import Foundation
import XueshiCore
import XueshiNormalize
import Yams

/// The issuers `extractors/issuers.yaml` knows: named bodies with aliases, and name patterns for families of bodies.
public struct IssuerRegistry: Sendable {
    public struct Entry: Codable, Sendable {
        public var name: String
        public var aliases: [String]?
        public var level: String
        public var category: String?
    }

    public struct Pattern: Codable, Sendable {
        public var match: String
        public var level: String
        public var category: String?
    }

    struct File: Codable {
        var issuers: [Entry]?
        var patterns: [Pattern]?
    }

    /// What the registry says about one issuer.
    public struct Match: Sendable, Hashable {
        public var name: String
        public var level: String
        public var category: String?
        /// Matched by name or alias (true) or by a pattern (false).
        public var named: Bool
    }

    public private(set) var entries: [Entry] = []
    public private(set) var patterns: [Pattern] = []
    private var byKey: [String: Int] = [:]
    private var compiled: [(NSRegularExpression, Int)] = []

    public static let empty = IssuerRegistry()

    /// Every listed name and alias.
    public var names: [String] { entries.flatMap { [$0.name] + ($0.aliases ?? []) } }

    public init() {}

    public init(entries: [Entry], patterns: [Pattern]) throws {
        self.entries = entries
        self.patterns = patterns
        for (i, e) in entries.enumerated() {
            for n in [e.name] + (e.aliases ?? []) { byKey[Self.key(n)] = i }
        }
        for (i, p) in patterns.enumerated() {
            compiled.append((try NSRegularExpression(pattern: p.match), i))
        }
    }

    public struct LoadError: Error, CustomStringConvertible {
        public var file: String
        public var reason: String
        public var description: String { "\(file): \(reason)" }
    }

    public static func load(yaml: String, file: String = "issuers.yaml") throws -> IssuerRegistry {
        do {
            let f = try YAMLDecoder().decode(File.self, from: yaml)
            return try IssuerRegistry(entries: f.issuers ?? [], patterns: f.patterns ?? [])
        } catch {
            throw LoadError(file: file, reason: "\(error)")
        }
    }

    /// `issuers.yaml` in the extractors folder; an empty registry when the file is absent.
    public static func load(directory: String) throws -> IssuerRegistry {
        let path = (directory as NSString).appendingPathComponent("issuers.yaml")
        guard !directory.isEmpty, let text = try? String(contentsOfFile: path, encoding: .utf8) else { return .empty }
        return try load(yaml: text, file: path)
    }

    public var isEmpty: Bool { entries.isEmpty && patterns.isEmpty }

    public func lookup(_ issuer: String) -> Match? {
        let k = Self.key(issuer)
        guard !k.isEmpty else { return nil }
        if let i = byKey[k] {
            return Match(name: entries[i].name, level: entries[i].level, category: entries[i].category, named: true)
        }
        let folded = Normalize.foldWidth(issuer).filter { !$0.isWhitespace }
        let ns = folded as NSString
        for (re, i) in compiled where re.firstMatch(in: folded, range: NSRange(location: 0, length: ns.length)) != nil {
            let p = patterns[i]
            return Match(name: folded, level: p.level == "auto" ? Self.level(of: folded) : p.level,
                         category: p.category, named: false)
        }
        return nil
    }

    static func key(_ s: String) -> String {
        Normalize.foldWidth(s).filter { !$0.isWhitespace && !$0.isPunctuation }.lowercased()
    }

    /// national, provincial or city from the words of a name.
    static func level(of name: String) -> String {
        if name.hasPrefix("国家") || name.hasPrefix("中国") || name.hasPrefix("中华") || name.hasPrefix("全国") { return "national" }
        let prov = [name.range(of: "省"), name.range(of: "自治区")].compactMap { $0?.lowerBound }.min()
        let city = ["市", "州", "盟", "地区"].compactMap { name.range(of: $0)?.lowerBound }.min()
        if let p = prov, city.map({ p < $0 }) ?? true { return "provincial" }
        if city != nil { return "city" }
        return "provincial"
    }
}

/// Known issuers: an issuer the registry does not know gets an info flag. Whether it is known is also evidence
/// for the confidence model (a known name backs the reading; an unknown one is more often misread).
public enum KnownIssuers {
    public static let levelNames = ["national": "国家级", "provincial": "省级", "city": "市级"]
    public static let categoryNames = [
        "government": "政府部门", "continuing-education-base": "继续教育基地/机构", "filed-provider": "备案施教机构",
        "platform": "继续教育平台", "society": "学会/协会", "exam-authority": "考试机构", "university": "高校",
        "publisher": "出版社",
    ]

    public struct Outcome: Sendable {
        public var flags: [Flag] = []
        public var match: IssuerRegistry.Match?
        /// An issuer was found and looked up, and the registry does not know it.
        public var unknown: Bool { !flags.isEmpty }
    }

    public static func check(issuer: Field?, isEvidence: Bool, registry: IssuerRegistry) -> Outcome {
        var out = Outcome()
        guard isEvidence, !registry.isEmpty, let f = issuer, let name = f.value.string else { return out }
        if let m = registry.lookup(name) {
            out.match = m
        } else {
            out.flags.append(Flag(.issuerUnrecognized, severity: .info,
                                  message: "发证单位“\(name)”不在已知发证单位名录中（人社部门、继续教育基地、备案机构、学会协会、学习平台），请核实其资质",
                                  page: f.page))
        }
        return out
    }
}
