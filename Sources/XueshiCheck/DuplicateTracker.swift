import XueshiCore

/// Duplicates in a streamed batch: each document is compared with those reported before it, as it comes, so
/// its report can go out at once. The later copy names the earlier (which was already printed); a few bytes
/// are kept per document (keys, not texts), so memory grows slowly however long the batch.
public final class DuplicateTracker: @unchecked Sendable {
    private var items: [Duplicates.Item] = []
    private var bySha: [String: [Int]] = [:]
    private var byText: [String: [Int]] = [:]
    private var byNumber: [String: [Int]] = [:]

    public init() {}

    /// The flags `item` earns against the documents added before it; it is then remembered.
    public func add(_ item: Duplicates.Item) -> [Flag] {
        let noSha = String(repeating: "0", count: 64)
        let sha = item.sha256 == noSha ? nil : item.sha256
        let number = item.isEvidence ? item.certificateNumber.map(Duplicates.normalise).flatMap { $0.count >= 4 ? $0 : nil } : nil
        var earlier = Set<Int>()
        if let sha { earlier.formUnion(bySha[sha] ?? []) }
        if let t = item.textKey { earlier.formUnion(byText[t] ?? []) }
        if let number { earlier.formUnion(byNumber[number] ?? []) }
        // The one batch rule (`Duplicates.flags`) over the earlier matches and this document: its flags, last.
        let flags = earlier.isEmpty ? [] : Duplicates.flags(earlier.sorted().map { items[$0] } + [item], only: earlier.count).last ?? []
        let i = items.count
        items.append(item)
        if let sha { bySha[sha, default: []].append(i) }
        if let t = item.textKey { byText[t, default: []].append(i) }
        if let number { byNumber[number, default: []].append(i) }
        return flags
    }
}
