import Testing
import XueshiCore
@testable import XueshiPipeline

/// A label may name a coded value in words (patentType 发明) where the report gives the code (invention).
@Suite struct CodedValueEvaluationTests {
    @Test func aCodeMatchesItsChineseNamesInItsOwnFieldOnly() {
        #expect(Evaluation.same(.string("invention"), .string("发明"), field: "patentType"))
        #expect(Evaluation.same(.string("invention"), .string("发明专利"), field: "patentType"))
        #expect(Evaluation.same(.string("national"), .string("国家级"), field: "projectLevel"))
        #expect(!Evaluation.same(.string("utility"), .string("发明"), field: "patentType"))
        // Without its field a code is only itself; in another field its names mean nothing.
        #expect(!Evaluation.same(.string("invention"), .string("发明")))
        #expect(!Evaluation.same(.string("invention"), .string("发明"), field: "title"))
        #expect(Evaluation.same(.string("invention"), .string("invention"), field: "patentType"))
    }

    @Test func theShownNameIsTheFirst() {
        #expect(ValueNames.chinese("patentType", "invention") == "发明专利")
        #expect(ValueNames.chinese("title", "invention") == "invention")
        #expect(Catalogue().values["conferenceLevel"]?["national"] == "国家级")
    }
}
