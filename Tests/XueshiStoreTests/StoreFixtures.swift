import Foundation
import XueshiCheck
import XueshiCore
@testable import XueshiStore

/// The stores every conformance test runs on: memory, a SQLite file, and PostgreSQL when $XUESHI_TEST_POSTGRES
/// names one (CI starts one with .ci/postgres and sets $XUESHI_REQUIRE_POSTGRES, so there it cannot be skipped).
enum StoreKind: String, CaseIterable, CustomStringConvertible, Sendable {
    case memory, sqlite, postgres
    var description: String { rawValue }

    static var postgresURL: String? { ProcessInfo.processInfo.environment["XUESHI_TEST_POSTGRES"] }
    static var available: [StoreKind] {
        let required = ProcessInfo.processInfo.environment["XUESHI_REQUIRE_POSTGRES"] == "1"
        return postgresURL != nil || required ? allCases : [.memory, .sqlite]
    }

    /// A new, empty store.
    func make() async throws -> any EvidenceStore {
        switch self {
        case .memory:
            return MemoryStore()
        case .sqlite:
            let path = NSTemporaryDirectory() + "xueshi-store-test-\(UUID().uuidString).sqlite"
            let s = try SQLStore.sqlite(path: path)
            try await s.migrate()
            return s
        case .postgres:
            guard let url = StoreKind.postgresURL else { throw StoreError.badLocation("XUESHI_TEST_POSTGRES is not set") }
            let s = try SQLStore.postgres(url: url)
            try await s.dropEverything()
            try await s.migrate()
            return s
        }
    }
}

/// A small world: two learners, three documents, five claims (one document claimed twice, one file missing).
enum World {
    static let versions = ReadVersions(extractors: String(repeating: "e", count: 64), policies: String(repeating: "p", count: 64))
    static func sha(_ n: Int) -> String { String(repeating: String(n), count: 64) }
    static let batch = BatchRecord(id: "b1", source: "m.csv", versions: versions.key, total: 4)
    static let learners = [Learner(id: "340121199001013935", name: "张三", unit: "一院"), Learner(id: "L2", name: "李四", unit: "二院")]
    static let documents = (1...3).map { NewDocument(sha256: sha($0), name: "doc\($0).pdf", size: 10 * $0, path: "/tmp/doc\($0).pdf", bytes: $0 == 3 ? Data("%PDF".utf8) : nil) }
    static let claims = [
        Claim(batch: "b1", row: 2, learner: learners[0].id, year: 2023, claimedMode: "培训", claimedHours: 24, name: "doc1.pdf", sha256: sha(1)),
        Claim(batch: "b1", row: 3, learner: learners[0].id, year: 2023, claimedMode: "学术活动", claimedHours: 10, name: "doc2.pdf", sha256: sha(2)),
        Claim(batch: "b1", row: 4, learner: learners[1].id, year: 2023, claimedMode: nil, claimedHours: nil, name: "copy.pdf", sha256: sha(1)),
        Claim(batch: "b1", row: 5, learner: learners[1].id, year: 2024, claimedMode: nil, claimedHours: 8, name: "gone.pdf", sha256: nil, problem: "not-found：文件不存在"),
        Claim(batch: "b1", row: 6, learner: learners[1].id, year: 2023, claimedMode: "科研", claimedHours: 30, name: "doc3.pdf", sha256: sha(3)),
    ]

    static func add(_ s: any EvidenceStore, now: Double = 1000) async throws -> BatchIntake {
        try await s.add(batch: batch, learners: learners, documents: documents, claims: claims, now: now)
    }

    static func report(_ n: Int, number: String? = nil, text: String? = nil, versions: ReadVersions = World.versions) -> StoredReport {
        var fields: [String: Field] = ["hours": Field(value: .number(24), confidence: 0.9)]
        if let number { fields["certificateNumber"] = Field(value: .string(number), confidence: 0.9) }
        let r = Report(file: "doc\(n).pdf", sha256: sha(n), format: .pdf, pages: 1, kind: "training-certificate", mode: .training,
                       fields: fields, confidence: 0.8)
        let keys = Duplicates.Item(file: r.file, sha256: sha(n), text: text, certificateNumber: number, holder: nil,
                                   digest: { "k" + String($0.count) + String($0.prefix(8)) })
        return StoredReport(sha256: sha(n), versions: versions, report: r, evidence: nil, keys: keys)
    }
}
