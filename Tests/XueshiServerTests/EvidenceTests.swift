import Foundation
import Testing
import XueshiCore
import XueshiServer
import XueshiStore

let certificate = FileManager.default.contents(atPath: repo("corpus/samples/继续教育材料-71.pdf"))!

@Suite struct EvidenceTests {
    @Test func aLearnerUploadsSeesTheResultAndPageAndFilesIt() async throws {
        let world = try await WebWorld()
        try await world.test { c in
            let li = APIClient(c)
            try await li.login("li")
            let up = try await li.upload("我的证书.pdf", certificate)
            #expect(up.status == 201, "\(up.text)")
            let id = try #require(up.json["id"] as? String)
            #expect(id.count == 24)
            let report = try #require(up.json["report"] as? [String: Any])
            #expect(report["mode"] as? String == "training")
            #expect(report["file"] as? String == "我的证书.pdf")
            #expect(((report["fields"] as? [String: Any])?["hours"] as? [String: Any])?["value"] as? Double == 40)
            #expect(up.json["status"] as? String == "draft")
            #expect(up.json["advice"] is [Any])

            let shown = try await li.send(.get, "/api/evidence/\(id)")
            #expect(shown.status == 200 && shown.json["id"] as? String == id)
            let page = try await li.send(.get, "/api/evidence/\(id)/pages/1.png")
            #expect(page.status == 200 && page.body.prefix(4) == Data([0x89, 0x50, 0x4E, 0x47]))
            #expect(try await li.send(.get, "/api/evidence/\(id)/pages/9.png").status == 404)
            #expect(try await li.send(.get, "/api/evidence/\(id)/pages/0.png").status == 404)

            let list = try await li.send(.get, "/api/evidence")
            #expect((list.json["items"] as? [[String: Any]])?.map { $0["id"] as? String } == [id])

            let filed = try await li.send(.post, "/api/evidence/\(id)/file")
            #expect(filed.status == 200 && filed.json["status"] as? String == "filed")
            let again = try await li.send(.post, "/api/evidence/\(id)/file")
            #expect(again.status == 409 && again.code == "already-filed")
        }
    }

    @Test func uploadsAreTakenByContentAndBoundedInSize() async throws {
        let world = try await WebWorld(maxUploadBytes: 1 << 20)
        try await world.test { c in
            let li = APIClient(c)
            try await li.login("li")
            // A web page named .pdf is not a PDF.
            let html = try await li.upload("证书.pdf", Data("<!DOCTYPE html><html><body>证书</body></html>".utf8))
            #expect(html.status == 415 && html.code == "unsupported-type")
            let zip = try await li.upload("a.ofd", Data([0x50, 0x4B, 0x03, 0x04] + [UInt8](repeating: 0, count: 100)))
            #expect(zip.status == 415)
            var big = Data("%PDF-1.7\n".utf8)
            big.append(Data(repeating: 0x20, count: (1 << 20) + 10))
            let large = try await li.upload("big.pdf", big)
            #expect(large.status == 413 && large.code == "too-large")
            #expect(try await li.upload("empty.pdf", Data()).status == 400)
            let wrongField = try await li.upload("a.pdf", certificate.prefix(1000), field: "document")
            #expect(wrongField.status == 400 && wrongField.code == "no-file")
            let notMultipart = try await li.send(.post, "/api/evidence", body: certificate, contentType: "application/pdf")
            #expect(notMultipart.status == 400 && notMultipart.code == "no-file")

            // A broken PDF is read, fails, and comes back as a report with an error and a message for the learner;
            // the server goes on.
            let broken = try await li.upload("坏.pdf", Data("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >>\nendobj\ntrailer".utf8))
            #expect(broken.status == 201)
            let report = try #require(broken.json["report"] as? [String: Any])
            #expect(report["error"] is [String: Any])
            let advice = try #require(broken.json["advice"] as? [[String: Any]])
            #expect(advice.first?["severity"] as? String == "critical")
            #expect(try await li.upload("ok.pdf", certificate.prefix(1 << 20)).status != 500)
        }
    }

    @Test func theSameBytesFromAnotherLearnerAreFlaggedWithoutNamingTheirFile() async throws {
        let world = try await WebWorld()
        try await world.test { c in
            let li = APIClient(c), qian = APIClient(c)
            try await li.login("li")
            try await qian.login("qian")
            #expect(try await li.upload("李的秘密文件名.pdf", certificate).status == 201)
            let copy = try await qian.upload("钱的证书.pdf", certificate)
            let flags = try #require((copy.json["report"] as? [String: Any])?["flags"] as? [[String: Any]])
            let dup = try #require(flags.first { $0["code"] as? String == "duplicate-file" })
            let message = try #require(dup["message"] as? String)
            #expect(message.contains("另一学员提交的文件"))
            #expect(!message.contains("李的秘密文件名"))
            // Her own second copy names her own first one.
            let again = try await qian.upload("钱的证书-副本.pdf", certificate)
            let flags2 = try #require((again.json["report"] as? [String: Any])?["flags"] as? [[String: Any]])
            #expect(flags2.contains { ($0["message"] as? String)?.contains("钱的证书.pdf") == true })
        }
    }

    @Test func idNumbersAreMaskedOnTheWayOut() async throws {
        let world = try await WebWorld()
        var r = Report(file: "340121199001013935.pdf", sha256: String(repeating: "a", count: 64), format: .pdf, pages: 1,
                       kind: "training-certificate", mode: .training,
                       fields: ["idNumber": Field(value: .string("340121199001013935"), confidence: 0.9),
                                "holder": Field(value: .string("张三"), confidence: 0.9, text: "张三 身份证号 340121199001013935")],
                       confidence: 0.8)
        r.flags = [Flag(code: "duplicate-certificate", severity: .warning, message: "与 340121199001013935 的材料重复")]
        try await world.store.addUpload(Upload(id: "abcdef", account: "li", unit: "甲单位", sha256: r.sha256, name: "340121199001013935.pdf",
                                               createdAt: 1, year: 2025, report: r),
                                        document: NewDocument(sha256: r.sha256, name: "x.pdf", size: 4, path: nil, bytes: Data("%PDF".utf8)))
        try await world.test { c in
            let li = APIClient(c)
            try await li.login("li")
            let a = try await li.send(.get, "/api/evidence/abcdef")
            #expect(a.status == 200)
            #expect(!a.text.contains("340121199001013935"))
            #expect(a.text.contains("张三"))
            let list = try await li.send(.get, "/api/evidence")
            #expect(!list.text.contains("340121199001013935"))
        }
    }
}
