import Foundation
import XueshiPipeline
import XueshiRead

/// Takes a manifest into the store: each file hashed (read once, a file at a time), learners, documents and
/// claims added in chunks, each chunk one transaction. The batch's id is a digest of the manifest's records, so
/// the same manifest run again is the same batch: nothing is added twice, and a run killed during intake resumes.
public struct BackfillIntake: Sendable {
    public var store: any EvidenceStore
    public var versions: ReadVersions
    /// Keep each document's bytes in the store (workers on other machines read them there); else only its path.
    public var keepBytes: Bool
    /// Files larger than this are claimed but not read (the reader's own limit).
    public var maxFileBytes: Int
    public var chunk = 200

    public init(store: any EvidenceStore, versions: ReadVersions, keepBytes: Bool, maxFileBytes: Int) {
        self.store = store; self.versions = versions; self.keepBytes = keepBytes; self.maxFileBytes = maxFileBytes
    }

    public static func batchId(_ manifest: Manifest) -> String {
        var d = Data()
        for e in manifest.entries {
            let line = [String(e.row), e.learner.id, e.learner.name ?? "", e.learner.unit ?? "", e.year.map(String.init) ?? "",
                        e.claimedMode ?? "", e.claimedHours.map { String($0) } ?? "", e.name].joined(separator: "\u{1F}")
            d.append(Data(line.utf8)); d.append(0x1E)
        }
        return String(sha256Hex(d).prefix(16))
    }

    /// Returns the batch and what was added; `progress` sees how many records are in so far.
    public func run(_ manifest: Manifest, now: @Sendable () -> Double = { Date().timeIntervalSince1970 },
                    progress: (Int) -> Void = { _ in }) async throws -> (BatchRecord, BatchIntake) {
        let batch = BatchRecord(id: BackfillIntake.batchId(manifest), source: manifest.source, versions: versions.key,
                                total: manifest.entries.count)
        var total = BatchIntake()
        var start = 0
        while start < manifest.entries.count {
            let slice = manifest.entries[start..<min(manifest.entries.count, start + chunk)]
            var learners: [String: Learner] = [:]
            var documents: [String: NewDocument] = [:]
            var claims: [Claim] = []
            for e in slice {
                learners[e.learner.id] = e.learner
                let (doc, problem) = BackfillIntake.document(path: e.path, name: e.name, keepBytes: keepBytes, maxBytes: maxFileBytes)
                if let doc, documents[doc.sha256] == nil { documents[doc.sha256] = doc }
                claims.append(Claim(batch: batch.id, row: e.row, learner: e.learner.id, year: e.year, claimedMode: e.claimedMode,
                                    claimedHours: e.claimedHours, name: e.name, sha256: doc?.sha256, problem: problem))
            }
            let added = try await store.add(batch: batch, learners: Array(learners.values), documents: Array(documents.values),
                                            claims: claims, now: now())
            total.claims += added.claims; total.newClaims += added.newClaims
            total.documents += added.documents; total.newDocuments += added.newDocuments; total.queued += added.queued
            start += slice.count
            progress(start)
        }
        return (batch, total)
    }

    /// A file as a document, or why it cannot be one (the claim keeps the reason: 文件不存在, 不是文件, 无法读取).
    static func document(path: String, name: String, keepBytes: Bool, maxBytes: Int) -> (NewDocument?, String?) {
        var st = stat()
        guard stat(path, &st) == 0 else { return (nil, "not-found：文件不存在") }
        guard (st.st_mode & S_IFMT) == S_IFREG else { return (nil, "not-a-file：不是普通文件") }
        guard Int(st.st_size) <= maxBytes else {
            return (nil, "too-large：文件过大（\(Int(st.st_size) / 1_048_576) MB，上限 \(maxBytes / 1_048_576) MB）")
        }
        guard let data = FileManager.default.contents(atPath: path) else { return (nil, "unreadable：无法读取文件") }
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return (NewDocument(sha256: sha256Hex(data), name: name, size: data.count, path: absolute, bytes: keepBytes ? data : nil), nil)
    }
}
