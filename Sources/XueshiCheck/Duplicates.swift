import Foundation
import XueshiCore
import XueshiNormalize

/// Duplicates within a batch: the same bytes, the same text under another name, the same certificate number on
/// another file or holder. Every member of a group is flagged, each naming the others.
public enum Duplicates {
    public struct Item: Sendable, Codable {
        public var file: String
        public var sha256: String
        /// The document's text normalised (or a digest of it, so a long batch keeps a few bytes a file); nil for
        /// files that could not be read or whose text is too thin to compare.
        public var textKey: String?
        public var certificateNumber: String?
        public var holder: String?
        public var isEvidence: Bool

        /// `text` in any form: it is normalised here, and `digest` (if given) shortens it.
        public init(file: String, sha256: String, text: String?, certificateNumber: String?, holder: String?,
                    isEvidence: Bool = true, digest: ((String) -> String)? = nil) {
            self.file = file; self.sha256 = sha256
            self.textKey = text.map(Duplicates.normalise).flatMap { $0.count >= Duplicates.minimumText ? (digest?($0) ?? $0) : nil }
            self.certificateNumber = certificateNumber; self.holder = holder; self.isEvidence = isEvidence
        }
    }

    /// How many other files a duplicate's message names.
    public static let namesShown = 5

    /// Texts shorter than this (after normalising) are too thin to call two files the same.
    public static let minimumText = 40

    /// One list of flags per item, in the items' order. `scope` names where the others are, in the messages:
    /// 本批次 (this batch) or 库中 (the store).
    /// `only`: flag that item alone (the others' lists stay empty). A streamed batch asks for its newest document
    /// each time; flagging the whole group again for each copy made a batch of n copies cost n³.
    public static func flags(_ items: [Item], scope: String = "本批次", only: Int? = nil) -> [[Flag]] {
        var out = Array(repeating: [Flag](), count: items.count)
        func wanted(_ i: Int) -> Bool { only == nil || only == i }
        func name(_ i: Int) -> String { (items[i].file as NSString).lastPathComponent }
        /// At most five names, then how many more: a message a reviewer reads, however many copies there are.
        func names(_ others: [Int]) -> String {
            let shown = others.prefix(namesShown).map { "《\(name($0))》" }.joined(separator: "、")
            return others.count > namesShown ? "\(shown)等 \(others.count) 份" : shown
        }

        // The same bytes.
        var bySha: [String: [Int]] = [:]
        for (i, it) in items.enumerated() where it.sha256 != String(repeating: "0", count: 64) {
            bySha[it.sha256, default: []].append(i)
        }
        var sameBytes = Array(repeating: Set<Int>(), count: items.count)
        for group in bySha.values where group.count > 1 {
            for i in group where wanted(i) {
                let others = group.filter { $0 != i }
                sameBytes[i] = Set(others)
                out[i].append(Flag(.duplicateFile, severity: .warning,
                                   message: "与\(scope)的\(names(others))字节完全相同（SHA-256 \(items[i].sha256.prefix(12))…），是同一文件的重复提交"))
            }
        }

        // The same text under another name (different bytes).
        var byText: [String: [Int]] = [:]
        for (i, it) in items.enumerated() {
            guard let t = it.textKey else { continue }
            byText[t, default: []].append(i)
        }
        var sameText = Array(repeating: Set<Int>(), count: items.count)
        for group in byText.values where group.count > 1 {
            for i in group where wanted(i) {
                let others = group.filter { $0 != i && !sameBytes[i].contains($0) }
                guard !others.isEmpty else { continue }
                sameText[i] = Set(others)
                out[i].append(Flag(.duplicateFile, severity: .warning,
                                   message: "文字内容与\(scope)的\(names(others))完全相同（文件字节不同，可能是改名或重新保存后重复提交）"))
            }
        }

        // The same certificate number on another file or holder.
        var byNumber: [String: [Int]] = [:]
        for (i, it) in items.enumerated() where it.isEvidence {
            guard let n = it.certificateNumber.map(normalise), n.count >= 4 else { continue }
            byNumber[n, default: []].append(i)
        }
        for (_, group) in byNumber where group.count > 1 {
            for i in group where wanted(i) {
                let others = group.filter { $0 != i && !sameBytes[i].contains($0) && !sameText[i].contains($0) }
                guard !others.isEmpty else { continue }
                let number = items[i].certificateNumber ?? ""
                let mine = items[i].holder.map(normalise)
                let otherHolders = others.compactMap { o in items[o].holder.map { (o, $0) } }
                    .filter { normalise($0.1) != mine }
                let message: String
                if let mine = items[i].holder, !otherHolders.isEmpty {
                    let list = otherHolders.map { "《\(name($0.0))》上为“\($0.1)”" }.joined(separator: "，")
                    message = "证书编号 \(number) 也出现在\(scope)的\(names(others))上，但持证人不同：本文件为“\(mine)”，\(list)；同一编号不应属于两人"
                } else {
                    message = "证书编号 \(number) 也出现在\(scope)的\(names(others))上：同一证书以不同文件重复提交"
                }
                out[i].append(Flag(.duplicateCertificate, severity: .warning, message: message))
            }
        }
        return out
    }

    public static func normalise(_ s: String) -> String {
        Normalize.foldWidth(s).filter { !$0.isWhitespace && !$0.isPunctuation }.lowercased()
    }
}
