import Foundation
import Hummingbird
import XueshiCore

extension WebAPI {
    /// `GET /api/catalogue`: the Chinese names of modes, kinds, flags, severities, subjects, fields and the loaded
    /// standards' rules — the same catalogue the CLI's tables use, so a page and a terminal call a thing alike.
    /// Public: it names no one and the login page needs it too.
    func catalogue(_ request: Request) async throws -> Response {
        try json(runtime.pipeline.policies.catalogue)
    }
}
