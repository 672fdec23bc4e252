import XueshiCore
import XueshiNormalize

/// One document kind as `extractors/*.yaml` describes it: which words select it, and where each field is found.
public struct Spec: Codable, Sendable {
    public var id: String
    /// A spec with `abstract: true` only lends its fields to specs that `extends` it.
    public var abstract: Bool?
    public var extends: String?
    public var mode: Mode?
    public var kind: String?
    public var subject: Subject?
    /// False for documents that prove nothing (notices, agendas, invitations): the report gets `not-evidence`.
    public var evidence: Bool?
    public var priority: Double?
    public var select: Selector?
    /// Field name → finders, tried together; the best-supported value wins.
    public var fields: [String: [Finder]]?
    /// Fields this kind of document is expected to state; a missing one lowers the report's confidence.
    public var expect: [String]?
    /// Values worked out from other fields: `days` (from the period, when short).
    public var derive: [String]?
    /// Fields the base spec defines that this kind must not report.
    public var omit: [String]?
    /// Finders appended to the inherited ones (where `fields` would replace them).
    public var add: [String: [Finder]]?
    /// Issued under an organisation's seal: with no red seal on any rendered page (and no valid digital
    /// signature), the report gets `no-seal-found`. Inherited; absent = false.
    public var seal: Bool?
    /// The document's language (`zh`, `en`). Inherited; absent = zh.
    public var language: Language?
    /// What the document proves, in the words of a basis sentence (培训, 论文, 考试…). Inherited.
    public var activity: String?

    public enum Language: String, Codable, Sendable { case zh, en }

    /// Flags every document of this kind carries, whatever its fields say: an acceptance notice proves a promise,
    /// not the publication, grant or attendance a reviewer would credit. Not inherited.
    public var raises: [Flag]?

    public struct Selector: Codable, Sendable {
        /// Found in the title zone: 2 points plus half a point a character (longer words are more specific);
        /// elsewhere 1.
        public var title: [String]?
        /// Found anywhere: 1.5 points plus a quarter point a character.
        public var strong: [String]?
        /// Found anywhere: 1 point each.
        public var keywords: [String]?
        /// At least one must be present anywhere, or the spec is out.
        public var require: [String]?
        /// Present in the title zone → the spec is out.
        public var exclude: [String]?
        /// Present anywhere → the spec is out.
        public var excludeAnywhere: [String]?
        public var minScore: Double?
    }

    public var isEvidence: Bool { evidence ?? true }
    public var carriesSeal: Bool { seal ?? false }
}

public enum FinderKind: String, Codable, Sendable {
    /// A number with an hour/day/month unit ("共计32学时"); `units` filters, `near` words before it add support.
    case quantity
    /// The value right after an anchor ("累计学时40", "编号：WH2025", "姓名 张三").
    case after
    /// The value right before an anchor ("戴珂同志", "40学时").
    case before
    /// Dates (single days) in the zones; `pick` chooses.
    case date
    /// Date spans in the zones (a single-day date also counts as a one-day span when `singleDay` is true).
    case span
    /// Organisation names (a run of text ending in 中心/局/学会/医院/…) in the zones.
    case org
    /// The largest-type line of the title zone.
    case title
    /// A regular expression; capture group `group` (default 1) is the value.
    case regex
    /// The first keyword of `map` found gives its mapped value ("全国" → national).
    case keyword
    /// The values in a table column under a header cell (`anchors`): a span of its dates, or its first number.
    case column
    /// A start and an end stated apart (`starts`, `ends` anchors; or "X开始，Y结束"): one span.
    case startEnd
    /// The value of another field.
    case copy
    /// The list of names on the line after the title (a paper's authors): how many.
    case count
    /// The same list: its first name.
    case authors
}

public enum ValueKind: String, Codable, Sendable {
    case number, date, span, month, code, org, person, text, line, isbn
    /// A duration in hours right at the value: "4 HOURS", "1h 55m", "42 minutes" (0.7).
    case hours
}

public struct Finder: Codable, Sendable {
    public var find: FinderKind
    public var anchors: [String]?
    public var units: [QuantityUnit]?
    public var near: [String]?
    public var avoid: [String]?
    public var value: ValueKind?
    public var zones: [Zone]?
    public var pick: Pick?
    public var weight: Double?
    public var pattern: String?
    public var group: Int?
    /// Characters allowed between the anchor and the value (separators like "：" are always skipped).
    public var gap: Int?
    /// How far before a quantity `near`/`avoid` words are looked for.
    public var window: Int?
    public var from: String?
    /// `keyword`: ordered one-entry mappings, first hit wins: `[{全国: national}, {省: provincial}]`.
    public var map: [[String: String]]?
    /// `span` only: take a single-day date as a one-day activity.
    public var singleDay: Bool?
    /// `after`/`before`: the value may continue onto the next line.
    public var crossLine: Bool?
    /// `date`, `org`: only a value that stands alone on its line (a dateline, a body's name under the text).
    public var alone: Bool?
    /// `startEnd`: labels of the start and of the end.
    public var starts: [String]?
    public var ends: [String]?
    /// A human note shown by `explain`.
    public var note: String?

    public enum Pick: String, Codable, Sendable { case first, last, largest, smallest, longest }
}
