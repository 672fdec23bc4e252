import HTTPTypes
import Hummingbird

/// Headers on every answer: a content security policy with no inline script or style and nothing from elsewhere,
/// no framing, no sniffing, no referrer; API answers are never cached (they hold personal data).
struct SecurityHeaders: RouterMiddleware {
    typealias Context = ServerContext

    static let policy = "default-src 'self'; img-src 'self' blob: data:; style-src 'self'; script-src 'self'; "
        + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response: Response
        do {
            response = try await next(request, context)
        } catch let e as APIError {
            response = try e.response(from: request, context: context)
        } catch let e as HTTPError where e.status == .notFound {
            response = try APIError(.notFound, "no-route", "没有这个地址").response(from: request, context: context)
        } catch let e as HTTPError where e.status == .contentTooLarge {
            response = try APIError(.contentTooLarge, "too-large", "文件太大").response(from: request, context: context)
        } catch let e as HTTPError {
            response = try APIError(e.status, "bad-request", "请求无法处理").response(from: request, context: context)
        }
        response.headers[.contentSecurityPolicy] = SecurityHeaders.policy
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[HTTPField.Name("X-Frame-Options")!] = "DENY"
        response.headers[HTTPField.Name("Referrer-Policy")!] = "no-referrer"
        response.headers[HTTPField.Name("Cross-Origin-Opener-Policy")!] = "same-origin"
        if request.uri.path.hasPrefix("/api/") { response.headers[.cacheControl] = "no-store" }
        return response
    }
}
