import Foundation
import HTTPTypes
import Hummingbird
import NIOCore

/// An answer that is not a success: a status, a stable code, a Chinese message, as
/// `{"error": {"code", "message"}}` (the shape every report's `error` has).
public struct APIError: HTTPResponseError, Sendable {
    public var status: HTTPResponse.Status
    public var code: String
    public var message: String

    public init(_ status: HTTPResponse.Status, _ code: String, _ message: String) {
        self.status = status; self.code = code; self.message = message
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        let data = try WebAPI.encoder.encode(ErrorBody(error: ErrorBody.Inner(code: code, message: message)))
        return Response(status: status, headers: [.contentType: "application/json; charset=utf-8"],
                        body: .init(byteBuffer: ByteBuffer(bytes: data)))
    }

    struct ErrorBody: Encodable {
        struct Inner: Encodable { var code: String; var message: String }
        var error: Inner
    }

    static let notLoggedIn = APIError(.unauthorized, "not-logged-in", "请先登录")
    /// Not found and not yours answer alike, so ids cannot be probed.
    static let notFound = APIError(.notFound, "not-found", "没有找到这份材料")
    static let forbidden = APIError(.forbidden, "forbidden", "您的账号没有这项权限")
    static let csrf = APIError(.forbidden, "csrf", "页面已过期，请刷新后再试")
    static func badRequest(_ message: String) -> APIError { APIError(.badRequest, "bad-request", message) }
    static func badQuery(_ message: String) -> APIError { APIError(.badRequest, "bad-query", message) }
}
