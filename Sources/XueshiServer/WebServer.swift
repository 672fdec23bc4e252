import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// The web service: the API and the page's files on one router.
public enum WebServer {
    public static func router(_ runtime: ServerRuntime) throws -> Router<ServerContext> {
        let api = WebAPI(runtime: runtime)
        let files = try WebFiles(root: runtime.webRoot)
        let router = Router(context: ServerContext.self)
        router.add(middleware: SecurityHeaders())

        for (path, name) in [("/", "index.html"), ("/index.html", "index.html"), ("/app.js", "app.js"), ("/app.css", "app.css"),
                             ("/api/openapi.json", "openapi.json")] {
            let f = files.files[name]!
            router.get(RouterPath(path)) { _, _ in
                Response(status: .ok, headers: [.contentType: f.type, .cacheControl: "no-cache"], body: .init(byteBuffer: ByteBuffer(bytes: f.bytes)))
            }
        }

        router.get("/api/catalogue") { r, _ in try await api.catalogue(r) }
        router.post("/api/session") { r, _ in try await api.login(r) }
        router.get("/api/session") { r, _ in try await api.session(r) }
        router.delete("/api/session") { r, _ in try await api.logout(r) }

        router.post("/api/evidence") { r, _ in try await api.upload(r) }
        router.get("/api/evidence") { r, _ in try await api.list(r) }
        router.get("/api/evidence/:id") { r, c in try await api.show(r, context: c) }
        router.get("/api/evidence/:id/pages/{page}.png") { r, c in try await api.page(r, context: c) }
        router.post("/api/evidence/:id/file") { r, c in try await api.file(r, context: c) }
        router.post("/api/evidence/:id/decision") { r, c in try await api.decide(r, context: c) }

        router.get("/api/queue") { r, _ in try await api.queue(r) }
        router.get("/api/decisions.csv") { r, _ in try await api.decisionsCSV(r) }
        router.get("/api/summary") { r, _ in try await api.summary(r) }
        router.get("/api/declarations") { r, _ in try await api.declarations(r) }
        router.post("/api/declarations") { r, _ in try await api.createDeclaration(r) }
        // Before `:id`, so these names are not taken for an id.
        router.get("/api/declarations/export.csv") { r, _ in try await api.exportCSV(r) }
        router.get("/api/declarations/export.jsonl") { r, _ in try await api.exportJSONL(r) }
        router.get("/api/declarations/:id") { r, c in try await api.showDeclaration(r, context: c) }
        router.post("/api/declarations/:id/subjects") { r, c in try await api.setSubjects(r, context: c) }
        router.post("/api/declarations/:id/file") { r, c in try await api.fileDeclaration(r, context: c) }
        router.post("/api/declarations/:id/publish") { r, c in try await api.publishDeclaration(r, context: c) }
        router.post("/api/declarations/:id/objections") { r, c in try await api.objectToDeclaration(r, context: c) }
        router.post("/api/declarations/:id/objections/:n/answer") { r, c in try await api.answerObjection(r, context: c) }
        router.post("/api/declarations/:id/approve") { r, c in try await api.approveDeclaration(r, context: c) }
        router.post("/api/declarations/:id/confirm") { r, c in try await api.confirmDeclaration(r, context: c) }
        router.post("/api/declarations/:id/return") { r, c in try await api.returnDeclaration(r, context: c) }
        router.get("/api/public-list") { r, _ in try await api.publicList(r) }
        router.get("/api/public-list.csv") { r, _ in try await api.publicListCSV(r) }
        router.get("/api/accounts") { r, _ in try await api.accounts(r) }
        router.post("/api/accounts") { r, _ in try await api.addAccount(r) }
        return router
    }

    /// The application on `host:port`. `onReady` is called once it listens.
    public static func application(_ runtime: ServerRuntime, host: String, port: Int,
                                   onReady: @escaping @Sendable (Int) async -> Void = { _ in }) throws -> some ApplicationProtocol {
        var logger = Logger(label: "xueshi-serve")
        // Requests are not logged: their paths and bodies can carry names.
        logger.logLevel = .warning
        return Application(router: try router(runtime), configuration: .init(address: .hostname(host, port: port), serverName: "xueshi"),
                           onServerRunning: { channel in await onReady(channel.localAddress?.port ?? port) }, logger: logger)
    }
}
