import Foundation
import Hummingbird
import NIOCore
import XueshiCheck
import XueshiCore
import XueshiPolicy
import XueshiRead
import XueshiStore
import XueshiWorker

/// A learner's uploads: send one, see it, see its pages, file it to the unit's queue.
extension WebAPI {
    func upload(_ request: Request) async throws -> Response {
        let c = try await changer(request)
        guard c.account.role == .learner else { throw APIError.forbidden }
        guard let type = request.headers[.contentType], let boundary = Multipart.boundary(type) else {
            throw APIError(.badRequest, "no-file", "请选择要上传的文件（表单字段 file）")
        }
        let limit = runtime.maxUploadBytes
        let raw: ByteBuffer
        do { raw = try await request.body.collect(upTo: limit + (64 << 10)) } catch {
            throw APIError(.contentTooLarge, "too-large", "文件超过 \(limit >> 20) MB 的上限")
        }
        guard let file = Multipart.file(Array(buffer: raw), boundary: boundary) else {
            throw APIError(.badRequest, "no-file", "请选择要上传的文件（表单字段 file）")
        }
        guard file.bytes.count <= limit else { throw APIError(.contentTooLarge, "too-large", "文件超过 \(limit >> 20) MB 的上限") }
        guard !file.bytes.isEmpty else { throw APIError(.badRequest, "no-file", "文件是空的") }
        guard UploadFormat.accepted(file.bytes) != nil else {
            throw APIError(.unsupportedMediaType, "unsupported-type", "只接受 PDF、OFD 文件和图片（JPEG、PNG、TIFF 等）；这个文件的内容不是其中之一")
        }
        let outcome = await runtime.scans.scan(file.bytes, name: file.name)
        let sha = sha256Hex(file.bytes)
        let report = try await withStoreDuplicates(outcome, sha256: sha, account: c.account)
        let upload = Upload(id: Secrets.token(12), account: c.account.username, unit: c.account.unit, sha256: sha, name: file.name,
                            createdAt: now(), year: EvidenceFacts(report: report).activityDate?.year, report: report)
        try await store.addUpload(upload, document: NewDocument(sha256: sha, name: file.name, size: file.bytes.count, path: nil, bytes: file.bytes))
        return try json(EvidenceView(upload), status: .created)
    }

    /// Duplicates across everything the store holds: the same bytes uploaded before (by this learner, named; by
    /// another, not named), and backfilled documents with the same text or certificate number.
    func withStoreDuplicates(_ o: WorkerOutcome, sha256: String, account: Account) async throws -> Report {
        guard o.report.error == nil else { return o.report }
        var me = o.duplicates
        me.sha256 = sha256
        var items = [me]
        for earlier in try await store.uploads(UploadFilter(sha256: sha256)).prefix(20) {
            var copy = me
            copy.file = earlier.account == account.username ? earlier.name : "另一学员提交的文件"
            items.append(copy)
        }
        for other in try await store.reportsSharing(textKey: me.textKey, certificateNumber: StoredReport.certificateKey(me),
                                                    except: sha256).prefix(20) {
            var k = other.keys
            k.file = "库中另一份材料"
            k.sha256 = other.sha256
            items.append(k)
        }
        guard items.count > 1 else { return o.report }
        let flags = Duplicates.flags(items, scope: "库中").first ?? []
        return runtime.pipeline.adding(flags, to: o.report, evidence: o.evidence)
    }

    func list(_ request: Request) async throws -> Response {
        let c = try await caller(request)
        guard c.account.role == .learner else { throw APIError.forbidden }
        let mine = try await store.uploads(UploadFilter(account: c.account.username))
        return try json(Items(items: mine.map(EvidenceSummary.init)))
    }

    func show(_ request: Request, context: ServerContext) async throws -> Response {
        let c = try await caller(request)
        let u = try await visible(context.parameters.get("id") ?? "", to: c)
        return try json(EvidenceView(u))
    }

    func page(_ request: Request, context: ServerContext) async throws -> Response {
        let c = try await caller(request)
        let u = try await visible(context.parameters.get("id") ?? "", to: c)
        guard let n = context.parameters.get("page").flatMap({ Int($0) }), n >= 1, n <= max(1, u.report.pages),
              u.report.error == nil else { throw APIError(.notFound, "not-found", "没有这一页") }
        let key = "\(u.id)/\(n)"
        let png: Data
        if let cached = await pages.get(key) {
            png = cached
        } else {
            guard let bytes = try await store.documentBytes(sha256: u.sha256) else { throw APIError.notFound }
            switch await runtime.drawer.png(Data(bytes), name: u.name, page: n, report: u.report) {
            case .success(let d): png = d; await pages.put(key, d)
            case .failure(let e):
                throw APIError(e.code == "no-such-page" ? .notFound : .unprocessableContent, e.code == "no-such-page" ? "not-found" : "not-drawn", e.message)
            }
        }
        return Response(status: .ok, headers: [.contentType: "image/png", .cacheControl: "private, max-age=3600"],
                        body: .init(byteBuffer: ByteBuffer(bytes: png)))
    }

    func file(_ request: Request, context: ServerContext) async throws -> Response {
        let c = try await changer(request)
        var u = try await visible(context.parameters.get("id") ?? "", to: c)
        guard c.account.role == .learner else { throw APIError.forbidden }
        guard u.status == .draft else { throw APIError(.conflict, "already-filed", "这份材料已经提交过") }
        u.status = .filed
        u.filedAt = now()
        try await store.updateUpload(u)
        return try json(EvidenceView(u))
    }
}
