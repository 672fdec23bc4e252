/// What the web service keeps beside the evidence store: accounts, sessions and uploads. The same three stores
/// (memory, SQLite, PostgreSQL) hold them; the server's router tests run over the memory one.
public protocol WebStore: EvidenceStore, DeclarationStore {
    /// Adds an account; `StoreError.conflict` when the name is taken.
    func addAccount(_ account: Account) async throws
    func account(username: String) async throws -> Account?
    func accounts() async throws -> [Account]

    func addSession(_ session: WebSession) async throws
    /// The session with this token hash, if it has not expired by `now`.
    func session(tokenHash: String, now: Double) async throws -> WebSession?
    func deleteSession(tokenHash: String) async throws

    /// Keeps an upload and its document's bytes (one copy of the bytes however often uploaded).
    func addUpload(_ upload: Upload, document: NewDocument) async throws
    func upload(id: String) async throws -> Upload?
    /// Uploads the filter keeps, newest first.
    func uploads(_ filter: UploadFilter) async throws -> [Upload]
    /// Writes an upload's status, filing time and decision.
    func updateUpload(_ upload: Upload) async throws
    /// The document's bytes (to draw its pages).
    func documentBytes(sha256: String) async throws -> [UInt8]?
}
