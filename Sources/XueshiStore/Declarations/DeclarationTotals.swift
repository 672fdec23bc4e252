/// A declaration's year against the requirement (90 学时, 60 of them 专业), by the subjects asked.
public struct DeclarationTotals: Codable, Sendable, Equatable {
    public var required: Double = 90
    public var requiredProfessional: Double = 60
    public var total: Double = 0
    public var professional: Double = 0
    public var `public`: Double = 0
    /// 专业 hours beyond the 专业 requirement counted toward 公需 (the one-way rule).
    public var professionalToPublic: Double = 0
    public var missingTotal: Double = 90
    public var missingProfessional: Double = 60
    public var missingPublic: Double = 30
    public var conclusion: String = ""

    public init() {}
}
