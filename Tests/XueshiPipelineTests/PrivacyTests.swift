import Foundation
import Testing
import XueshiCore
import XueshiPipeline

@Suite struct PrivacyTests {
    /// Every labelled ID number: reported masked, never in full anywhere in the JSON, unless asked.
    @Test func idNumbersAreMaskedUnlessAsked() throws {
        let labelled = try Labels.load(under: [repo("corpus/docs"), repo("corpus/holdout")])
            .filter { $0.label.pii?["idNumber"]?.text.map { !$0.contains("*") } ?? false }
        #expect(labelled.count >= 3)
        for (path, label) in labelled {
            let id = label.pii!["idNumber"]!.text!
            let masked = scanner().scan(file: path).report
            let json = String(decoding: try Report.encoder(pretty: false).encode(masked), as: UTF8.self)
            #expect(!json.contains(id), "\(label.file) leaks the ID number")
            #expect(masked.fields["idNumber"]?.value.string == PersonalData.mask(id))
            let open = scanner(unmask: true).scan(file: path).report
            #expect(open.fields["idNumber"]?.value.string == id)
        }
    }

    @Test func maskKeepsSixAndFour() {
        #expect(PersonalData.mask("340121199010023932") == "340121********3932")
        #expect(PersonalData.idNumbers(in: "身份证号340121199010023932，").count == 1)
        // A wrong check digit is not an ID number (certificate numbers are often 18 digits too).
        #expect(PersonalData.idNumbers(in: "340121199010023931").isEmpty)
        #expect(PersonalData.maskAll(in: "号码340121199010023932止") == "号码340121********3932止")
    }
}
