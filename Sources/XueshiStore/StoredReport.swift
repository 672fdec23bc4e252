import Foundation
import XueshiCheck
import XueshiCore
import XueshiNormalize
import XueshiPipeline
import XueshiPolicy

/// A report as the store keeps it: the full report and what its confidence was made of, the versions that made
/// it, and the keys store-wide duplicate checks look up (indexed columns, not a scan of every report).
public struct StoredReport: Codable, Sendable {
    public var id: Int64
    public var sha256: String
    public var versions: ReadVersions
    public var report: Report
    public var evidence: ReportEvidence?
    public var keys: Duplicates.Item
    public var worker: String?
    public var createdAt: Double

    public init(id: Int64 = 0, sha256: String, versions: ReadVersions, report: Report, evidence: ReportEvidence?,
                keys: Duplicates.Item, worker: String? = nil, createdAt: Double = Date().timeIntervalSince1970) {
        self.id = id; self.sha256 = sha256; self.versions = versions; self.report = report; self.evidence = evidence
        self.keys = keys; self.worker = worker; self.createdAt = createdAt
    }

    /// The indexed columns, as stored.
    var hours: Double? { report.fields["hours"]?.value.number }
    var issuer: String? { report.fields["issuer"]?.value.string }
    var certificateKey: String? { StoredReport.certificateKey(keys) }

    /// The certificate number as store-wide duplicate lookups compare it: evidence only, normalised, 4 or more
    /// characters (shorter ones collide by chance).
    package static func certificateKey(_ keys: Duplicates.Item) -> String? {
        guard keys.isEvidence, let n = keys.certificateNumber.map(Duplicates.normalise), n.count >= 4 else { return nil }
        return n
    }
    /// Flag codes between spaces (" signature-invalid edited-after-signing "), so `LIKE '% code %'` finds one
    /// without a join; report_flags holds them indexed.
    var flagColumn: String { " " + report.flags.map(\.code).joined(separator: " ") + " " }
}
