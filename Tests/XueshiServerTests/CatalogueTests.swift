import Foundation
import Testing
import XueshiCore
import XueshiServer

@Suite struct CatalogueTests {
    /// The pages name codes as the CLI's tables do: from the one catalogue, with the loaded standards' rules.
    @Test func theCatalogueIsServedWithoutLoginAndHoldsEveryName() async throws {
        let world = try await WebWorld()
        try await world.test { c in
            let anyone = APIClient(c)
            let answer = try await anyone.send(.get, "/api/catalogue")
            #expect(answer.status == 200, "\(answer.text)")
            let catalogue = try JSONDecoder().decode(Catalogue.self, from: Data(answer.text.utf8))
            #expect(catalogue.flags["signature-invalid"] == FlagCode.signatureInvalid.chinese)
            #expect(catalogue.flags.count == FlagCode.allCases.count)
            #expect(catalogue.kinds["training-certificate"] == "培训证书" && catalogue.modes["online"] == "网络学习")
            #expect(catalogue.severities["critical"] == "严重" && catalogue.subjects["professional"] == "专业科目")
            #expect(catalogue.fields["issuer"] == "发证单位")
            // Rules come from the policies the server loaded, not from a list in the page.
            #expect(!catalogue.rules.isEmpty && catalogue.rules.values.allSatisfy { !$0.isEmpty })
        }
    }
}
