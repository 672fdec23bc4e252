import Foundation
import Hummingbird
import XueshiStore

/// An admin's accounts. Passwords go in, never out.
extension WebAPI {
    struct AccountView: Codable {
        var username: String
        var role: String
        var unit: String?
        var createdAt: Double

        init(_ a: Account) { username = a.username; role = a.role.rawValue; unit = a.unit; createdAt = a.createdAt }

        enum CodingKeys: String, CodingKey { case username, role, unit, createdAt }
        func encode(to encoder: any Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(username, forKey: .username); try c.encode(role, forKey: .role); try c.encode(unit, forKey: .unit)
            try c.encode(createdAt, forKey: .createdAt)
        }
    }

    struct NewAccount: Decodable {
        var username: String
        var password: String
        var role: String
        var unit: String?
    }

    func admin(_ request: Request, changing: Bool = false) async throws -> Caller {
        let c = changing ? try await changer(request) : try await caller(request)
        guard c.account.role == .admin else { throw APIError.forbidden }
        return c
    }

    func accounts(_ request: Request) async throws -> Response {
        _ = try await admin(request)
        return try json(Items(items: try await store.accounts().map(AccountView.init)))
    }

    func addAccount(_ request: Request) async throws -> Response {
        _ = try await admin(request, changing: true)
        let n = try await decode(NewAccount.self, request)
        let account = try Accounts.make(username: n.username, password: n.password, role: n.role, unit: n.unit,
                                        passwords: runtime.passwords, now: now())
        do { try await store.addAccount(account) } catch let e as StoreError {
            throw APIError(.conflict, "exists", e.description)
        }
        return try json(AccountView(account), status: .created)
    }
}
