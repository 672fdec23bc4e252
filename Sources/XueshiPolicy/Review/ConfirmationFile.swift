import Foundation
import XueshiCore

/// A reviewer's confirmations as a CSV (UTF-8, a byte-order mark tolerated, a heading row; Chinese or English
/// headings): 文件 or sha256 to name the document, 决定 (认定 调整认定 不予认定, or accept adjust reject), 学时 for an
/// adjustment, 科目 (公需 专业, or public professional), 理由 optional. Every row is checked; the first bad one
/// stops the reading with its line.
public enum ConfirmationFile {
    /// Accepted headings, compared without case and surrounding spaces.
    static let headings: [String: [String]] = [
        "file": ["文件", "文件路径", "路径", "材料", "file", "path"],
        "sha256": ["sha256", "sha-256", "哈希", "内容哈希", "文件哈希"],
        "decision": ["决定", "审核决定", "审核结果", "认定结果", "decision", "action"],
        "hours": ["学时", "认定学时", "调整学时", "hours"],
        "subject": ["科目", "认定科目", "subject"],
        "reason": ["理由", "说明", "备注", "reason", "note"],
    ]

    public static func read(path: String) throws -> [Confirmation] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ConfirmationFileError(file: path, line: nil, chinese: "无法读取", english: "cannot be read")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfirmationFileError(file: path, line: nil, chinese: "不是 UTF-8 文本（请以 UTF-8 CSV 保存）",
                                        english: "not UTF-8 text (save it as CSV UTF-8)")
        }
        return try parse(text, file: path)
    }

    public static func parse(_ text: String, file: String) throws -> [Confirmation] {
        func fail(_ line: Int?, _ zh: String, _ en: String) -> ConfirmationFileError {
            ConfirmationFileError(file: file, line: line, chinese: zh, english: en)
        }
        let rows = CSV.rows(text)
        guard let head = rows.first else { throw fail(nil, "文件是空的", "the file is empty") }
        let folded = head.cells.map { $0.trimmingCharacters(in: .whitespaces).lowercased() }
        func column(_ name: String) -> Int? { folded.firstIndex { headings[name]!.contains($0) } }
        let cFile = column("file"), cHash = column("sha256"), cHours = column("hours"), cSubject = column("subject")
        let cReason = column("reason")
        guard cFile != nil || cHash != nil else {
            throw fail(head.line, "缺少“文件”或“sha256”列", "no 'file' or 'sha256' column")
        }
        guard let cDecision = column("decision") else { throw fail(head.line, "缺少“决定”列", "no 'decision' column") }

        var out: [Confirmation] = []
        var seen: [String: Int] = [:]
        for row in rows.dropFirst() {
            func cell(_ c: Int?) -> String? {
                guard let c, c < row.cells.count else { return nil }
                let v = row.cells[c].trimmingCharacters(in: .whitespacesAndNewlines)
                return v.isEmpty ? nil : v
            }
            let n = row.line
            let path = cell(cFile), hash = cell(cHash)
            guard path != nil || hash != nil else { throw fail(n, "没有写文件或 sha256", "neither a file nor a sha256") }
            if let h = hash, !(h.count == 64 && h.allSatisfy(\.isHexDigit)) {
                throw fail(n, "sha256“\(h)”应为 64 位十六进制数", "sha256 '\(h)' is not 64 hexadecimal digits")
            }
            guard let word = cell(cDecision) else {
                throw fail(n, "没有写决定（认定、调整认定或不予认定）", "no decision (accept, adjust or reject)")
            }
            guard let action = ReviewAction(word: word) else {
                throw fail(n, "决定“\(word)”应为认定、调整认定或不予认定", "decision '\(word)' is not accept, adjust or reject")
            }
            var hours: Double?
            if let h = cell(cHours) {
                let digits = h.replacingOccurrences(of: "学时", with: "").trimmingCharacters(in: .whitespaces)
                guard let v = Double(digits), v.isFinite, v >= 0, v <= 1000 else {
                    throw fail(n, "学时“\(h)”应为 0 到 1000 之间的数", "hours '\(h)' is not a number from 0 to 1000")
                }
                hours = v
            }
            switch action {
            case .adjust where hours == nil:
                throw fail(n, "调整认定需要填写学时", "adjust needs the hours")
            case .accept where hours != nil:
                throw fail(n, "认定按建议学时计，不填学时；要改学时请写调整认定", "accept counts the proposed hours; write adjust to change them")
            case .reject where hours != nil:
                throw fail(n, "不予认定不填学时", "reject takes no hours")
            default: break
            }
            var subject: Subject?
            if let s = cell(cSubject) {
                guard let v = subjectWord(s) else {
                    throw fail(n, "科目“\(s)”应为公需或专业", "subject '\(s)' is not public or professional")
                }
                guard action != .reject else { throw fail(n, "不予认定不填科目", "reject takes no subject") }
                subject = v
            }
            let key = hash.map { "sha256:" + $0.lowercased() } ?? "file:" + path!
            if let first = seen[key] {
                throw fail(n, "与第 \(first) 行是同一份材料", "the same document as line \(first)")
            }
            seen[key] = n
            out.append(Confirmation(file: hash == nil ? path : nil, sha256: hash?.lowercased(), action: action, hours: hours,
                                    subject: subject, reason: cell(cReason), source: "\(file):\(n)"))
        }
        return out
    }

    static func subjectWord(_ s: String) -> Subject? {
        switch s.lowercased() {
        case "public", "公需", "公需科目": .public
        case "professional", "专业", "专业科目": .professional
        default: nil
        }
    }
}
