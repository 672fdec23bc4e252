import Testing
@testable import XueshiExtract

@Suite struct OCRMendTests {
    @Test func mendsFromTheBodysSpelling() {
        let text = "由六安市人力资源和社会保障局承办的培训班\n六安市太力资源和社套保障局"
        #expect(OCRMend.organisation("六安市太力资源和社套保障局", text: text, known: []) == "六安市人力资源和社会保障局")
    }

    @Test func leavesACorrectNameAlone() {
        let text = "在合肥市第一中学实践\n肥市第一中学X\n合肥市第一中学"
        #expect(OCRMend.organisation("合肥市第一中学", text: text, known: []) == nil)
        // A copy misread elsewhere, read less surely than the name: the name stays.
        let copy = "合肥市第一中学\n台肥市第一中学"
        #expect(OCRMend.organisation("合肥市第一中学", text: copy, known: [], score: { $0.lowerBound < 7 ? 0.99 : 0.8 }) == nil)
    }

    @Test func neverMovesANameToAnotherCity() {
        let text = "安庆市人力资源和社会保障局承办\n安庆市人力资源和社会保障局"
        #expect(OCRMend.organisation("安庆市人力资源和社会保障局", text: text, known: ["合肥市人力资源和社会保障局"]) == nil)
        #expect(OCRMend.organisation("安庆市人力资源和社会保障局", text: "安庆市人力资源和社会保障局", known: ["合肥市人力资源和社会保障局"]) == nil)
    }

    @Test func prefersTheKnownList() {
        #expect(OCRMend.organisation("浙江省医师协姿", text: "浙江省医师协姿", known: ["浙江省医师协会"]) == "浙江省医师协会")
        // Too far from anything: no guess.
        #expect(OCRMend.organisation("滋江省童师协姿", text: "滋江省童师协姿", known: ["浙江省医师协会"]) == nil)
    }
}
