import Hummingbird

/// Each request's context. Uploads are bounded by the server's own limit (checked as the body is collected), not
/// Hummingbird's default of 2 MB.
public struct ServerContext: RequestContext {
    public var coreContext: CoreRequestContextStorage

    public init(source: Source) { coreContext = .init(source: source) }

    public var maxUploadSize: Int { 64 << 20 }
}
