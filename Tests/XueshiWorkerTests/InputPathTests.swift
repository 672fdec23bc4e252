import Testing
@testable import XueshiPipeline

@Suite struct InputPathTests {
    @Test func validNamesDisplayAsTheyAre() {
        #expect(InputPath("材料/学时证明.pdf").display == "材料/学时证明.pdf")
        #expect(InputPath("材料/学时证明.pdf").isUTF8)
    }

    @Test func gbkBytesAreEscapedAndTheRestKept() {
        // "学时证明" in GBK: D1A7 CAB1 D6A4 C3F7 — its first bytes happen to be valid UTF-8, the last are not.
        let gbk: [UInt8] = [0xD1, 0xA7, 0xCA, 0xB1, 0xD6, 0xA4, 0xC3, 0xF7]
        let p = InputPath(bytes: Array("材料/".utf8) + gbk + Array(".pdf".utf8))
        #expect(!p.isUTF8)
        #expect(p.display == "材料/\\xD1\\xA7\\xCA\\xB1\\xD6\\xA4\\xC3\\xF7.pdf")
        #expect(p.pathExtension == "pdf")
    }

    @Test func overlongAndSurrogateFormsAreNotUTF8() {
        #expect(InputPath(bytes: [0xC0, 0xAF]).display == "\\xC0\\xAF")
        #expect(InputPath(bytes: Array("甲/".utf8) + [0xE4, 0xB8] + Array("/乙".utf8)).display == "甲/\\xE4\\xB8/乙")
        #expect(InputPath(bytes: [0xED, 0xA0, 0x80]).display == "\\xED\\xA0\\x80")
        #expect(InputPath(bytes: [0xF4, 0x90, 0x80, 0x80]).display == "\\xF4\\x90\\x80\\x80")
        #expect(InputPath(bytes: [0xE4, 0xB8]).display == "\\xE4\\xB8")
    }
}
