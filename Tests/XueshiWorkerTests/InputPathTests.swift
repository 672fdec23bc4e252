import Testing
@testable import XueshiPipeline

@Suite struct InputPathTests {
    @Test func validNamesDisplayAsTheyAre() {
        #expect(InputPath("材料/学时证明.pdf").display == "材料/学时证明.pdf")
        #expect(InputPath("材料/学时证明.pdf").isUTF8)
    }

    @Test func gbkBytesAreEscapedAndTheRestKept() {
        // "学时" in GBK is D1 A7 CA B1: not UTF-8.
        let p = InputPath(bytes: Array("a/".utf8) + [0xD1, 0xA7, 0xCA, 0xB1] + Array(".pdf".utf8))
        #expect(!p.isUTF8)
        #expect(p.display == "a/\\xD1\\xA7\\xCA\\xB1.pdf")
        #expect(p.pathExtension == "pdf")
    }

    @Test func overlongAndSurrogateFormsAreNotUTF8() {
        #expect(InputPath(bytes: [0xC0, 0xAF]).display == "\\xC0\\xAF")
        #expect(InputPath(bytes: [0xED, 0xA0, 0x80]).display == "\\xED\\xA0\\x80")
        #expect(InputPath(bytes: [0xF4, 0x90, 0x80, 0x80]).display == "\\xF4\\x90\\x80\\x80")
        #expect(InputPath(bytes: [0xE4, 0xB8]).display == "\\xE4\\xB8")
    }
}
