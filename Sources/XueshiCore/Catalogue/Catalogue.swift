/// The names a reviewer reads, in one place: the CLI's tables and CSV and the web pages (`GET /api/catalogue`)
/// take them from here, so a kind or a flag is called the same everywhere.
public struct Catalogue: Codable, Sendable, Equatable {
    public var modes: [String: String]
    public var kinds: [String: String]
    public var flags: [String: String]
    public var severities: [String: String]
    public var subjects: [String: String]
    public var fields: [String: String]
    /// Field → coded value → name (conferenceLevel national → 国家级).
    public var values: [String: [String: String]]
    /// Rule id → its Chinese name, from the standards loaded (policies are data, so the shell fills this in).
    public var rules: [String: String]

    public init(rules: [String: String] = [:]) {
        modes = Dictionary(uniqueKeysWithValues: Mode.allCases.map { ($0.rawValue, $0.chinese) })
        kinds = KindNames.all
        flags = Dictionary(uniqueKeysWithValues: FlagCode.allCases.map { ($0.rawValue, $0.chinese) })
        severities = Dictionary(uniqueKeysWithValues: [Severity.critical, .warning, .info].map { ($0.rawValue, $0.chinese) })
        subjects = Dictionary(uniqueKeysWithValues: [Subject.public, .professional, .unknown].map { ($0.rawValue, $0.chinese) })
        fields = FieldNames.all
        values = ValueNames.all
        self.rules = rules
    }

    /// A flag's name; a code a spec raised that the catalogue lacks keeps its code (the message still says it).
    public func flag(_ code: String) -> String { flags[code] ?? code }
    public func kind(_ kind: String) -> String { kinds[kind] ?? kind }
    public func rule(_ id: String) -> String { rules[id] ?? id }
}
