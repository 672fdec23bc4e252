import Foundation
import XueshiCore

/// Whether a PDF's incremental updates change the file after it was made. Producers save incrementally themselves
/// (Word closes a hybrid file with an empty section, scanner apps and form tools append their info dictionary or XMP
/// seconds after creating the file); an update is an edit when another program wrote it, when it was written well
/// after the original save, or when it changes the pages and says nothing of who saved it when.
public enum UpdateJudgement {
    /// An update stamped this soon after the original save is the producer finishing that save.
    public static let ownSaveWindow: TimeInterval = 3600

    /// Why the updates read as a later change, one phrase each; empty when they are the producer's own saves.
    public static func reasons(_ doc: Document) -> [String] {
        let sections = doc.revisionSections
        guard sections.count > 1, let original = sections.first else { return [] }
        let updates = sections.dropFirst()
        let m = doc.metadata
        var reasons: [String] = []
        let laterProducers = updates.compactMap(\.producer) + [m.producer].compactMap { $0 }
        if let first = original.producer, let other = laterProducers.first(where: { key($0) != key(first) }) {
            reasons.append("更新由另一程序写入（最初为 \(first)，更新为 \(other)）")
        }
        // The update's time against the original save's: a file whose own save came long after its creation
        // (a design tool's) is not made later by an update that writes no time of its own.
        let rewritten = infoRewritten(original, updates, m)
        let saved = original.modificationDate ?? original.creationDate ?? m.creationDate
        let stamped = updates.compactMap(\.modificationDate) + (rewritten ? [m.modificationDate].compactMap { $0 } : [])
        if let c = saved, let d = stamped.max(), d.timeIntervalSince(c) > ownSaveWindow {
            reasons.append("更新的修改时间比最初保存晚\(span(d.timeIntervalSince(c)))")
        }
        if reasons.isEmpty, updates.contains(where: \.changesContent), !rewritten {
            reasons.append("追加的更新改动了页面内容，却没有写明由哪个程序在何时保存")
        }
        return reasons
    }

    /// Whether the updates wrote an info dictionary, so their producer and time speak for them. When neither the
    /// original's nor an update's is in the clear (both packed in object streams), the info poppler reads is taken.
    static func infoRewritten(_ original: RevisionSection, _ updates: ArraySlice<RevisionSection>, _ m: DocumentMetadata) -> Bool {
        if updates.contains(where: \.writesInfo) { return true }
        if !original.writesInfo { return m.modificationDate != nil }
        if let a = original.modificationDate, let b = m.modificationDate, abs(a.timeIntervalSince(b)) > 1 { return true }
        if let a = original.producer, let b = m.producer, key(a) != key(b) { return true }
        return false
    }

    /// A producer's name as compared: letters and digits only, so encodings of ® and © do not tell two saves apart.
    static func key(_ s: String) -> String {
        String(s.lowercased().unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0.value > 0x2E7F })
    }

    static func span(_ t: TimeInterval) -> String {
        if t >= 86_400 { return " \(Int(clamping: t / 86_400)) 天" }
        if t >= 3600 { return " \(Int(clamping: t / 3600)) 小时" }
        return " \(Int(clamping: t / 60)) 分钟"
    }
}
