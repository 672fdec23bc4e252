import Foundation
import XueshiCore
import XueshiPipeline

/// What a backfill reads: per record the learner, the year, what was claimed and the file. From a CSV manifest
/// (Chinese or English headings), or from a folder with one learner per sub-folder.
public struct Manifest: Sendable {
    public struct Entry: Sendable, Hashable {
        public var row: Int
        public var learner: Learner
        public var year: Int?
        public var claimedMode: String?
        public var claimedHours: Double?
        /// The file as the manifest names it, and where it is on disk.
        public var name: String
        public var path: String
    }

    public var source: String
    public var entries: [Entry]

    /// Column headings accepted for each field (the first row of the CSV).
    static let headings: [String: [String]] = [
        "learner": ["学员编号", "人员编号", "编号", "身份证号", "证件号码", "learner", "learner_id", "id"],
        "name": ["姓名", "name"],
        "unit": ["单位", "工作单位", "unit"],
        "year": ["年度", "year"],
        "mode": ["申报方式", "学习方式", "方式", "mode", "claimed_mode"],
        "hours": ["申报学时", "学时", "hours", "claimed_hours"],
        "file": ["文件", "材料", "文件路径", "file", "path"],
    ]

    public enum ManifestError: Error, CustomStringConvertible {
        case unreadable(String), missingColumn(String), badRow(Int, String), empty(String)
        public var description: String {
            switch self {
            case .unreadable(let s): return "清单无法读取：\(s) (manifest unreadable)"
            case .missingColumn(let c): return "清单缺少“\(c)”列 (manifest lacks a column: \(c))"
            case .badRow(let n, let s): return "清单第 \(n) 行：\(s)"
            case .empty(let s): return "清单没有记录：\(s) (manifest has no records)"
            }
        }
    }

    /// A CSV manifest (UTF-8, with or without a BOM; GB18030 as Excel saves it on Chinese Windows is read too).
    /// File paths are relative to the manifest's folder.
    public static func csv(path: String) throws -> Manifest {
        guard let data = FileManager.default.contents(atPath: path) else { throw ManifestError.unreadable(path) }
        let text: String
        if let s = String(data: data, encoding: .utf8) { text = s }
        else if let s = GB18030.decode(data) { text = s }
        else { throw ManifestError.unreadable("\(path) 不是 UTF-8 或 GB18030 文本") }
        let rows = CSV.parse(text)
        guard let head = rows.first else { throw ManifestError.empty(path) }
        let folded = head.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ field: String) -> Int? { folded.firstIndex { headings[field]!.contains($0) } }
        guard let cLearner = column("learner") else { throw ManifestError.missingColumn("学员编号 learner") }
        guard let cFile = column("file") else { throw ManifestError.missingColumn("文件 file") }
        let cName = column("name"), cUnit = column("unit"), cYear = column("year"), cMode = column("mode"), cHours = column("hours")
        let base = (path as NSString).deletingLastPathComponent
        var entries: [Entry] = []
        for (n, row) in rows.dropFirst().enumerated() {
            func cell(_ c: Int?) -> String? {
                guard let c, c < row.count else { return nil }
                let v = row[c].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            let line = n + 2
            guard let id = cell(cLearner) else { throw ManifestError.badRow(line, "缺少学员编号") }
            guard let file = cell(cFile) else { throw ManifestError.badRow(line, "缺少文件") }
            var year: Int?
            if let y = cell(cYear) {
                guard let v = Int(y.replacingOccurrences(of: "年", with: "")), (1990...2100).contains(v) else {
                    throw ManifestError.badRow(line, "年度“\(y)”不是四位数年份")
                }
                year = v
            }
            var hours: Double?
            if let h = cell(cHours) {
                guard let v = Double(h.replacingOccurrences(of: "学时", with: "")), v >= 0, v < 10_000 else {
                    throw ManifestError.badRow(line, "申报学时“\(h)”不是数字")
                }
                hours = v
            }
            let full = file.hasPrefix("/") ? file : (base.isEmpty ? file : base + "/" + file)
            entries.append(Entry(row: line, learner: Learner(id: id, name: cell(cName), unit: cell(cUnit)), year: year,
                                 claimedMode: cell(cMode), claimedHours: hours, name: file, path: full))
        }
        guard !entries.isEmpty else { throw ManifestError.empty(path) }
        return Manifest(source: path, entries: entries)
    }

    /// A folder of learners: DIR/学员/…files, the sub-folder named "编号_姓名" (or "编号 姓名", or just one of them).
    /// A folder named for a year (DIR/学员/2023/…) gives its files that year.
    public static func folder(path: String) throws -> Manifest {
        let fm = FileManager.default
        guard let subs = try? fm.contentsOfDirectory(atPath: path) else { throw ManifestError.unreadable(path) }
        var entries: [Entry] = []
        var row = 0
        for sub in subs.sorted() where !sub.hasPrefix(".") {
            let dir = path + "/" + sub
            var isDir: ObjCBool = false
            guard fm.fileExists(atPath: dir, isDirectory: &isDir), isDir.boolValue else { continue }
            let parts = sub.split(maxSplits: 1, whereSeparator: { $0 == "_" || $0 == " " }).map(String.init)
            let learner = Learner(id: parts[0], name: parts.count > 1 ? parts[1] : nil)
            guard let files = try? FileWalk.files([dir]) else { continue }
            for f in files {
                row += 1
                let rel = String(f.dropFirst(path.count + 1))
                let year = rel.split(separator: "/").dropFirst().first.flatMap { Int($0) }.flatMap { (1990...2100).contains($0) ? $0 : nil }
                entries.append(Entry(row: row, learner: learner, year: year, claimedMode: nil, claimedHours: nil, name: rel, path: f))
            }
        }
        guard !entries.isEmpty else { throw ManifestError.empty(path) }
        return Manifest(source: path, entries: entries)
    }

    /// A claimed mode as the manifest wrote it, in the report's terms (培训, training, 网络学习 …).
    public static func mode(_ text: String?) -> Mode? {
        guard let t = text?.trimmingCharacters(in: .whitespaces).lowercased(), !t.isEmpty else { return nil }
        if let m = Mode(rawValue: t) { return m }
        let words: [(String, Mode)] = [("网络", .online), ("在线", .online), ("远程", .online), ("培训", .training), ("进修", .training),
                                       ("实践", .practice), ("挂职", .practice), ("学术", .academic), ("会议", .academic),
                                       ("讲座", .academic), ("考察", .academic), ("科研", .research), ("论文", .research),
                                       ("著作", .research), ("课题", .research), ("项目", .research), ("考试", .exam),
                                       ("资格", .exam), ("其他", .other)]
        return words.first { t.contains($0.0) }?.1
    }
}
