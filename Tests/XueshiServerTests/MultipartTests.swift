import Foundation
import Testing
@testable import XueshiServer

@Suite struct MultipartTests {
    func body(_ disposition: String, _ content: [UInt8], boundary: String = "XyZ") -> [UInt8] {
        Array("preamble\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"note\"\r\n\r\nhello\r\n--\(boundary)\r\nContent-Disposition: \(disposition)\r\nContent-Type: application/pdf\r\n\r\n".utf8)
            + content + Array("\r\n--\(boundary)--\r\n".utf8)
    }

    @Test func findsTheFileFieldWithItsNameAndExactBytes() throws {
        // Bytes that look like a delimiter's start and CRLFs inside the file are kept.
        let content: [UInt8] = Array("%PDF-1.4\r\n--Xy\r\n\r\n".utf8) + [0, 255, 13, 10]
        let f = try #require(Multipart.file(body("form-data; name=\"file\"; filename=\"证书 1.pdf\"", content), boundary: "XyZ"))
        #expect(f.name == "证书 1.pdf")
        #expect([UInt8](f.bytes) == content)
        let ext = try #require(Multipart.file(body("form-data; name=file; filename*=UTF-8''%E8%AF%81%E4%B9%A6.pdf", [1, 2]), boundary: "XyZ"))
        #expect(ext.name == "证书.pdf")
        let path = try #require(Multipart.file(body("form-data; name=\"file\"; filename=\"../../etc/passwd\"", [1]), boundary: "XyZ"))
        #expect(path.name == "passwd")
        #expect(Multipart.file(body("form-data; name=\"other\"; filename=\"a.pdf\"", [1]), boundary: "XyZ") == nil)
        #expect(Multipart.file(Array("no parts at all".utf8), boundary: "XyZ") == nil)
    }

    @Test func boundariesComeFromTheContentType() {
        #expect(Multipart.boundary("multipart/form-data; boundary=----abc") == "----abc")
        #expect(Multipart.boundary("multipart/form-data; boundary=\"a b\"") == "a b")
        #expect(Multipart.boundary("application/json") == nil)
        #expect(Multipart.boundary("multipart/form-data") == nil)
    }
}
