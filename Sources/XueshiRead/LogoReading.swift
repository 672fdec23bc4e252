/// When the read stage reads words printed only as logos (LogoText): at once, or only counts the regions so the
/// pipeline can ask for them after extraction shows the text layer did not name the issuer.
public enum LogoReading: String, Sendable, Codable {
    case read
    case deferred
}
