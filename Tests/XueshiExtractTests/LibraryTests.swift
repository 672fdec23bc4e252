import Foundation
import Testing
@testable import XueshiExtract

@Suite struct LibraryTests {
    @Test func repositorySpecsLoadAndResolveExtends() throws {
        #expect(library.specs.count >= 12)
        let training = try #require(library.specs.first { $0.id == "training-certificate" })
        // Inherited from base: the issuer and holder finders.
        #expect(training.fields?["issuer"] != nil)
        #expect(training.fields?["holder"] != nil)
        #expect(training.mode == .training)
        // Abstract specs are not candidates.
        #expect(!library.specs.contains { $0.id == "base" })
        let paper = try #require(library.specs.first { $0.id == "journal-paper" })
        #expect(paper.fields?["hours"] == nil, "omit drops inherited fields")
    }

    @Test func everyModeHasASpec() {
        let modes = Set(library.specs.compactMap(\.mode))
        for m in ["training", "practice", "online", "academic", "research", "exam", "other", "unknown"] {
            #expect(modes.contains { $0.rawValue == m }, "no spec for \(m)")
        }
    }

    private func withSpecs(_ files: [String: String], _ body: (String) throws -> Void) throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-specs-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let lexicon = try String(contentsOf: repoRoot.appendingPathComponent("extractors/lexicon.yaml"), encoding: .utf8)
        try lexicon.write(to: dir.appendingPathComponent("lexicon.yaml"), atomically: true, encoding: .utf8)
        for (name, text) in files { try text.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        try body(dir.path)
    }

    @Test func brokenYamlNamesFileAndLine() throws {
        try withSpecs(["bad.yaml": "id: x\nmode: training\nselect:\n  title: [培训\n  keywords: x\n"]) { dir in
            do {
                _ = try SpecLibrary.load(directory: dir)
                Issue.record("loading should fail")
            } catch let e as SpecLoadError {
                #expect(e.file.hasSuffix("bad.yaml"))
                #expect(e.line != nil)
            }
        }
    }

    @Test func unknownFinderIsRejectedWithItsLine() throws {
        let spec = "id: x\nmode: training\nfields:\n  hours:\n    - find: guess\n"
        try withSpecs(["x.yaml": spec]) { dir in
            do {
                _ = try SpecLibrary.load(directory: dir)
                Issue.record("loading should fail")
            } catch let e as SpecLoadError {
                #expect(e.file.hasSuffix("x.yaml"))
                #expect(e.line == 5, "\(e)")
            }
        }
    }

    @Test func extendsUnknownSpecFails() throws {
        try withSpecs(["x.yaml": "id: x\nextends: nowhere\nmode: training\n"]) { dir in
            #expect(throws: SpecLoadError.self) { try SpecLibrary.load(directory: dir) }
        }
    }

    @Test func aNewLayoutNeedsOnlyYaml() throws {
        // A made-up kind, described in YAML alone, is selected and its field found.
        let spec = """
        id: volunteer
        extends: base
        mode: other
        kind: volunteer-record
        select:
          title: [志愿服务证明]
          minScore: 3
        fields:
          serviceHours:
            - find: quantity
              units: [xiaoshi]
              weight: 0.9
        """
        let base = try String(contentsOf: repoRoot.appendingPathComponent("extractors/base.yaml"), encoding: .utf8)
        try withSpecs(["base.yaml": base, "volunteer.yaml": spec]) { dir in
            let lib = try SpecLibrary.load(directory: dir)
            let doc = document([[Placed(text: "志愿服务证明", x: 230, y: 100, size: 24)],
                                [Placed(text: "兹证明张三同志参加社区志愿服务，累计服务12小时。", x: 60, y: 200)]])
            let ex = Extractor(library: lib).extract(TextView(document: doc))
            #expect(ex.kind == "volunteer-record")
            #expect(ex.fields["serviceHours"]?.value.number == 12)
            #expect(ex.fields["holder"]?.value.string == "张三")
        }
    }

    /// A misspelt key would otherwise do nothing at all: it is refused with its file and line, in every kind of
    /// mapping a spec holds.
    @Test(arguments: [
        ("id: x\nmode: training\nselcet:\n  title: [培训]\n", 3, "selcet"),
        ("id: x\nmode: training\nselect:\n  titel: [培训]\n", 4, "titel"),
        ("id: x\nmode: training\nfields:\n  hours:\n    - find: quantity\n      unit: [xueshi]\n", 6, "unit"),
        ("id: x\nmode: training\nadd:\n  hours:\n    - {find: after, anchor: [学时]}\n", 5, "anchor"),
    ])
    func unknownKeyIsRejectedWithItsLine(_ spec: String, _ line: Int, _ key: String) throws {
        try withSpecs(["x.yaml": spec]) { dir in
            do {
                _ = try SpecLibrary.load(directory: dir)
                Issue.record("loading should fail")
            } catch let e as SpecLoadError {
                #expect(e.file.hasSuffix("x.yaml"))
                #expect(e.line == line, "\(e)")
                #expect(e.reason.contains("'\(key)'"), "\(e)")
            }
        }
    }

    /// Which kinds carry a seal, which are English and what a kind proves are the specs' words, inherited
    /// through `extends` (no Swift list of kinds).
    @Test func kindAttributesComeFromTheSpecs() throws {
        let byId = Dictionary(uniqueKeysWithValues: library.specs.map { ($0.id, $0) })
        #expect(byId["training-certificate"]?.carriesSeal == true)
        #expect(byId["journal-paper"]?.carriesSeal == false)
        #expect(byId["online-learning-record"]?.carriesSeal == false)
        // English kinds inherit the language, and no seal, from english-base, whatever kind they report.
        let cpd = try #require(byId["english-cpd"])
        #expect(cpd.kind == "training-certificate" && cpd.language == .en && !cpd.carriesSeal)
        #expect(byId["training-certificate"]?.activity == "培训")
        for spec in library.specs where spec.isEvidence {
            #expect(spec.activity != nil, "\(spec.id) names no activity")
        }
        let spec = "id: y\nextends: training-certificate\nkind: refresher\n"
        let training = try String(contentsOf: repoRoot.appendingPathComponent("extractors/training-certificate.yaml"), encoding: .utf8)
        let base = try String(contentsOf: repoRoot.appendingPathComponent("extractors/base.yaml"), encoding: .utf8)
        try withSpecs(["base.yaml": base, "training-certificate.yaml": training, "y.yaml": spec]) { dir in
            let y = try #require(try SpecLibrary.load(directory: dir).specs.first { $0.id == "y" })
            #expect(y.carriesSeal && y.activity == "培训")
        }
    }
}
