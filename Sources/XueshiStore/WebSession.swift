/// A logged-in browser. Only a hash of the cookie's token is kept, so a copy of the store does not log anyone in;
/// the CSRF token is the one the page sends back in a header on every change.
public struct WebSession: Codable, Sendable, Hashable {
    public var tokenHash: String
    public var username: String
    public var csrf: String
    public var createdAt: Double
    public var expiresAt: Double

    public init(tokenHash: String, username: String, csrf: String, createdAt: Double, expiresAt: Double) {
        self.tokenHash = tokenHash; self.username = username; self.csrf = csrf; self.createdAt = createdAt; self.expiresAt = expiresAt
    }
}
