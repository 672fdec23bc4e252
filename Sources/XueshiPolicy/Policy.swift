import XueshiCore
import XueshiNormalize

/// How sure a figure is, from the wording of its source (see ../shared/policy/README.md).
public enum Certainty: String, Codable, Sendable, CaseIterable {
    /// The government text itself.
    case official
    /// An employer's notice restating it.
    case unit
    /// A restatement by a training site: may be wrong.
    case thirdParty = "third-party"
    /// Published nowhere: a provisional value chosen by the deployer.
    case unknown

    /// What a figure of this certainty lets a proposal claim at most.
    var weight: Double {
        switch self {
        case .official: 1
        case .unit: 0.95
        case .thirdParty: 0.9
        case .unknown: 0.6
        }
    }

    public var chinese: String {
        switch self {
        case .official: "官方文件"
        case .unit: "单位通知"
        case .thirdParty: "第三方转述"
        case .unknown: "未公布（暂定值）"
        }
    }
}

/// The subject a rule yields: fixed, or the learner's choice (then the document's own hint decides).
public enum RuleSubject: String, Codable, Sendable {
    case `public`, professional, either
}

/// One conversion standard: a `policies/*.yaml` file.
public struct Policy: Sendable {
    public var id: String
    /// The standard's title, e.g. 安徽省专业技术人员继续教育实施意见.
    public var name: String
    /// Its document number, e.g. 皖人发〔2001〕30号; basis sentences cite it.
    public var document: String?
    /// Policies of one region share a timeline; the date picks among them.
    public var region: String
    /// First and last day the standard governs (inclusive); no `to` means still in force.
    public var from: DayDate
    public var to: DayDate?
    public var certainty: Certainty
    public var source: String
    /// Most hours one day of activity can yield, for `hours-exceed-daily-cap`.
    public var dailyMax: Figure?
    /// The yearly requirement, by the year it took effect (the latest entry not after the year applies).
    public var annual: [Requirement]
    /// Highest confidence a proposal resting on a `certainty: unknown` value may carry.
    public var provisionalConfidence: Double
    /// In order: the first rule whose conditions hold is applied.
    public var rules: [Rule]
    /// Kinds of activity the standard does not count, unless a rule names their kind.
    public var notCounted: [UncountedActivity] = []

    /// Whether the day falls in the standard's period.
    public func covers(_ day: DayDate) -> Bool { day >= from && (to.map { day <= $0 } ?? true) }

    /// The requirement in force in a calendar year.
    public func requirement(for year: Int) -> Requirement? {
        annual.filter { $0.fromYear <= year }.max { $0.fromYear < $1.fromYear }
    }

    /// How the basis sentence names the standard: its document number, else its title.
    public var citation: String { document ?? "《\(name)》" }
}

/// A single figure with its certainty and source.
public struct Figure: Sendable {
    public var hours: Double
    /// The modes it applies to: online study accrues over weeks and is dated by its completion, so a cap per day
    /// of it means nothing.
    public var modes: [Mode] = [.training, .academic]
    public var certainty: Certainty
    public var source: String?
}

/// What a year asks of a learner, and how converted claims combine.
public struct Requirement: Sendable, Codable {
    public var fromYear: Int
    public var total: Double
    /// 专业科目 hours within the total; nil where the standard set no split.
    public var professional: Double?
    /// highest: of converted claims only the single highest counts (就高原则); sum: they add up.
    public var convertedClaims: ClaimCombination
    public var certainty: Certainty
    public var source: String?
}

public enum ClaimCombination: String, Codable, Sendable {
    case highest, sum
}

/// One line of a standard's table: which evidence it takes and what it yields.
public struct Rule: Sendable {
    public var id: String
    /// Short Chinese name used in basis sentences, e.g. 全国性学术会议参会.
    public var name: String
    public var when: Condition
    public var hours: Arithmetic
    public var subject: RuleSubject
    /// A conversion of an achievement (折算认定): subject to the yearly highest-option rule where it applies.
    public var converted: Bool
    public var certainty: Certainty
    public var source: String
}

/// Which evidence a rule takes: every stated condition must hold.
public struct Condition: Sendable {
    public var mode: [Mode]?
    public var kind: [String]?
    /// Fact name → test on the report's field of that name.
    public var facts: [String: FactTest]
    /// Facts that must be present / absent.
    public var has: [String]
    public var lacks: [String]
    /// Words of which at least one must / none may appear in the document's text.
    public var text: [String]
    public var notText: [String]

    public init(mode: [Mode]? = nil, kind: [String]? = nil, facts: [String: FactTest] = [:], has: [String] = [],
                lacks: [String] = [], text: [String] = [], notText: [String] = []) {
        self.mode = mode; self.kind = kind; self.facts = facts; self.has = has; self.lacks = lacks
        self.text = text; self.notText = notText
    }
}

/// A test on one fact: one of several values, or a numeric range.
public enum FactTest: Sendable, Equatable {
    case oneOf([String])
    case range(min: Double?, max: Double?)

    func accepts(_ value: FieldValue?) -> Bool {
        guard let value else { return false }
        switch self {
        case .oneOf(let options):
            return options.contains { $0 == value.description }
        case .range(let lo, let hi):
            guard let n = value.number ?? Double(value.description) else { return false }
            return (lo.map { n >= $0 } ?? true) && (hi.map { n <= $0 } ?? true)
        }
    }
}

/// The arithmetic primitives the published figures need.
public enum Arithmetic: Sendable, Equatable {
    /// The hours as printed (a fact, normally `hours`).
    case printed(fact: String)
    /// A fixed amount per item.
    case fixed(Double)
    /// An amount per day (or per half-day: two a day) when only the days are known, capped per activity.
    case perDay(hours: Double, halfDays: Bool, cap: Double?)
    /// An amount per so many units of a fact: per 1,000 characters, per 10,000 characters, per month.
    case per(fact: String, every: Double, hours: Double, cap: Double?, roundDown: Bool)
    /// A value by rank (1-based), e.g. per project year.
    case ladder(fact: String, values: [Double], unit: String?)
    /// A base plus a bonus by the band a fact falls in; `assume` is the bonus when the fact is not known.
    case band(base: Double, fact: String, bands: [Band], assume: Double?)
    /// A fact times a number or times another fact.
    case multiply(fact: String, by: Double?, byFact: String?)

    public struct Band: Sendable, Equatable {
        /// Inclusive upper bound; nil for the last, open band.
        public var upTo: Double?
        public var add: Double
    }
}
