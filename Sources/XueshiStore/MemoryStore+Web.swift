import Foundation

extension MemoryStore: WebStore {
    public func addAccount(_ a: Account) async throws {
        guard accountRows[a.username] == nil else { throw StoreError.conflict("账号已存在：\(a.username)") }
        accountRows[a.username] = a
    }

    public func account(username: String) async throws -> Account? { accountRows[username] }

    public func accounts() async throws -> [Account] { accountRows.values.sorted { $0.username < $1.username } }

    public func addSession(_ s: WebSession) async throws { sessionRows[s.tokenHash] = s }

    public func session(tokenHash: String, now: Double) async throws -> WebSession? {
        sessionRows[tokenHash].flatMap { $0.expiresAt > now ? $0 : nil }
    }

    public func deleteSession(tokenHash: String) async throws { sessionRows[tokenHash] = nil }

    public func addUpload(_ u: Upload, document d: NewDocument) async throws {
        guard uploadRows[u.id] == nil else { throw StoreError.conflict("上传编号重复：\(u.id)") }
        if documents[d.sha256] == nil { documents[d.sha256] = d }
        else if documents[d.sha256]?.bytes == nil { documents[d.sha256]?.bytes = d.bytes }
        uploadRows[u.id] = u
    }

    public func upload(id: String) async throws -> Upload? { uploadRows[id] }

    public func uploads(_ f: UploadFilter) async throws -> [Upload] {
        uploadRows.values.filter(f.keeps).sorted { ($0.createdAt, $0.id) > ($1.createdAt, $1.id) }
    }

    public func updateUpload(_ u: Upload) async throws {
        guard uploadRows[u.id] != nil else { throw StoreError.notFound("没有这份上传：\(u.id)") }
        uploadRows[u.id]?.status = u.status
        uploadRows[u.id]?.filedAt = u.filedAt
        uploadRows[u.id]?.decision = u.decision
    }

    public func documentBytes(sha256: String) async throws -> [UInt8]? { documents[sha256]?.bytes.map { [UInt8]($0) } }
}
