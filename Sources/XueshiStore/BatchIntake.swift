/// What taking in a batch did: rows new to the store, and documents queued to be read.
public struct BatchIntake: Codable, Sendable, Hashable {
    public var claims = 0
    public var newClaims = 0
    public var documents = 0
    public var newDocuments = 0
    /// Documents that need reading under the current versions (the rest were read before).
    public var queued = 0

    public init() {}
}
