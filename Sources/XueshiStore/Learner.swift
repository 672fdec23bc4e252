/// A professional whose records are backfilled. `id` is the unit's own (often the resident ID number: masked
/// wherever it leaves the store).
public struct Learner: Codable, Sendable, Hashable {
    public var id: String
    public var name: String?
    public var unit: String?

    public init(id: String, name: String? = nil, unit: String? = nil) {
        self.id = id; self.name = name; self.unit = unit
    }
}
