import Foundation
import Testing
import Yams
@testable import XueshiExtract

/// `NodeDecoder` replaces Yams's decoder for speed only: it must decode every file to the same value, and fail
/// where Yams fails, at the same place.
@Suite struct NodeDecoderTests {
    func json<T: Encodable>(_ value: T) throws -> String {
        let e = JSONEncoder()
        e.outputFormatting = [.sortedKeys]
        return String(decoding: try e.encode(value), as: UTF8.self)
    }

    func both<T: Codable>(_ type: T.Type, _ yaml: String) throws -> (String, String) {
        let node = try #require(try Yams.compose(yaml: yaml))
        return (try json(try NodeDecoder().decode(type, from: node)), try json(try YAMLDecoder().decode(type, from: node)))
    }

    @Test func everyShippedFileDecodesAsYamsDecodesIt() throws {
        let dir = repoRoot.appendingPathComponent("extractors")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.hasSuffix(".yaml") }.sorted()
        var specs = 0
        for name in names {
            let text = try String(contentsOf: dir.appendingPathComponent(name), encoding: .utf8)
            let mine: String, theirs: String
            if name.hasPrefix("lexicon.") {
                (mine, theirs) = try both(Lexicon.self, text)
            } else if name.hasPrefix("embedded.") {
                (mine, theirs) = try both(EmbeddedMap.self, text)
            } else if try Yams.compose(yaml: text)?.mapping?["id"] != nil {
                (mine, theirs) = try both(Spec.self, text)
                specs += 1
            } else {
                continue
            }
            #expect(mine == theirs, "\(name)")
        }
        #expect(specs >= 20)
    }

    struct Scalars: Codable {
        var flag: Bool
        var count: Int
        var weight: Double
        var word: String
        var quotedNull: String?
        var plainNull: String?
        var missing: Int?
        var list: [String]
        var table: [String: [Int]]
    }

    @Test func scalarsMeanWhatTheyMeanToYams() throws {
        let yaml = """
        flag: yes
        count: 0x1F
        weight: 1_000.5
        word: 123
        quotedNull: 'null'
        plainNull: ~
        list: [a, 'b', "c"]
        table: {x: [1, 2], y: []}
        """
        let (mine, theirs) = try both(Scalars.self, yaml)
        #expect(mine == theirs)
        let value = try NodeDecoder().decode(Scalars.self, from: try #require(try Yams.compose(yaml: yaml)))
        #expect(value.flag && value.count == 31 && value.weight == 1000.5 && value.word == "123")
        #expect(value.quotedNull == "null" && value.plainNull == nil && value.missing == nil)
        #expect(value.table["x"] == [1, 2])
    }

    @Test func aWrongValueFailsAtItsPath() throws {
        let node = try #require(try Yams.compose(yaml: "flag: true\ncount: many\nweight: 1\nword: w\nlist: []\ntable: {}\n"))
        #expect {
            _ = try NodeDecoder().decode(Scalars.self, from: node)
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let ctx) = error else { return false }
            return ctx.codingPath.map(\.stringValue) == ["count"]
        }
        let nested = try #require(try Yams.compose(yaml: "flag: true\ncount: 1\nweight: 1\nword: w\nlist: [a, [b]]\ntable: {}\n"))
        #expect {
            _ = try NodeDecoder().decode(Scalars.self, from: nested)
        } throws: { error in
            guard case DecodingError.typeMismatch(_, let ctx) = error else { return false }
            return ctx.codingPath.map { $0.intValue.map(String.init) ?? $0.stringValue } == ["list", "1"]
        }
        let short = try #require(try Yams.compose(yaml: "flag: true\n"))
        #expect {
            _ = try NodeDecoder().decode(Scalars.self, from: short)
        } throws: { error in
            guard case DecodingError.keyNotFound(let key, _) = error else { return false }
            return key.stringValue == "count"
        }
    }
}
