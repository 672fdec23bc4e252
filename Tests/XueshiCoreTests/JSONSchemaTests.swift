import Foundation
import Testing
@testable import XueshiCore

// MARK: - Fixtures

/// …/Tests/XueshiCoreTests
private let testsDirectory = URL(fileURLWithPath: #filePath).resolvingSymlinksInPath().deletingLastPathComponent()
private let fixtureURL = testsDirectory.appendingPathComponent("Fixtures/evidence.schema.json")
/// The repository root is two levels above Tests/XueshiCoreTests; the shared contract sits beside it.
private let sharedSchemaURL = testsDirectory
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("../shared/schema/evidence.schema.json").standardizedFileURL

private let evidenceSchema: JSONSchema = {
    do { return try JSONSchema(contentsOf: fixtureURL) } catch { fatalError("cannot load \(fixtureURL.path): \(error)") }
}()

private let sha = String(repeating: "0123456789abcdef", count: 4)

/// A complete, valid report as a JSONSerialization-shaped value.
private func fullReport() -> [String: Any] {
    [
        "schemaVersion": "1",
        "file": "certs/培训证明.pdf",
        "sha256": sha,
        "format": "pdf",
        "pages": 2,
        "textSource": "text-layer",
        "kind": "training-certificate",
        "mode": "training",
        "subject": "professional",
        "fields": [
            "hours": ["value": 24, "confidence": 0.92, "page": 1, "text": "共计24学时", "box": [72, 100.5, 300, 118]],
            "startDate": ["value": "2024-03-01", "confidence": 0.8],
            "issuer": ["value": "安徽省人力资源和社会保障厅", "confidence": 1],
            "credits": ["value": 1.5, "confidence": 0],
        ] as [String: Any],
        "proposal": [
            "policy": "anhui-2025", "hours": 24, "subject": "professional", "rule": "training-hours",
            "basis": "培训证明载明24学时，按1学时折算1学时。", "confidence": 0.9,
        ] as [String: Any],
        "confidence": 0.85,
        "flags": [
            ["code": "no-seal-found", "severity": "warning", "message": "未找到印章"],
            ["code": "signature-valid", "severity": "info", "message": "签名有效", "page": 1],
        ],
        "error": NSNull(),
        "extra": ["anything": true],  // extra properties are allowed
    ]
}

private func minimalReport() -> [String: Any] {
    ["schemaVersion": "1", "file": "a.pdf", "sha256": sha, "mode": "unknown", "fields": [String: Any](),
     "confidence": 0, "flags": [Any]()]
}

/// Round-trips through JSON bytes, so values are exactly what JSONSerialization hands back (NSNumber on Linux).
private func bytes(_ object: Any) throws -> Data {
    try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
}

private func violations(_ object: Any) throws -> [SchemaViolation] {
    try evidenceSchema.validate(bytes(object))
}

/// Applies `change` to a copy of `base` at a key path of object keys.
private func editing(_ base: [String: Any], _ keys: [String], _ change: (inout Any?) -> Void) -> [String: Any] {
    var copy = base
    guard let first = keys.first else { return copy }
    if keys.count == 1 {
        var value: Any? = copy[first]
        change(&value)
        copy[first] = value
    } else {
        copy[first] = editing(copy[first] as? [String: Any] ?? [:], Array(keys.dropFirst()), change)
    }
    return copy
}

private func setting(_ keys: [String], to value: Any, in base: [String: Any] = fullReport()) -> [String: Any] {
    editing(base, keys) { $0 = value }
}

private func removing(_ keys: [String], in base: [String: Any] = fullReport()) -> [String: Any] {
    editing(base, keys) { $0 = nil }
}

// MARK: - Valid reports

@Suite struct EvidenceSchemaValidReports {
    @Test func fullReportWithObjectProposalAndNullError() throws {
        #expect(try violations(fullReport()) == [])
    }

    @Test func nullProposalAndErrorObject() throws {
        var r = minimalReport()
        r["proposal"] = NSNull()
        r["error"] = ["code": "encrypted", "message": "文件已加密"]
        r["format"] = "pdf"
        r["pages"] = 0
        r["textSource"] = "none"
        #expect(try violations(r) == [])
    }

    @Test func minimalReportWithoutOptionalKeys() throws {
        #expect(try violations(minimalReport()) == [])
    }

    @Test func swiftValuesValidateWithoutARoundTrip() {
        #expect(evidenceSchema.validate(json: fullReport()) == [])
        let optionalNil: String? = nil
        #expect(evidenceSchema.validate(json: setting(["proposal"], to: optionalNil as Any)) == [])
    }

    @Test func encodedReportModelConforms() throws {
        let report = Report(
            file: "x.pdf", sha256: sha, format: .pdf, pages: 3, textSource: .textLayer, kind: "training-certificate",
            mode: .training, subject: .professional,
            fields: [
                "hours": Field(value: .number(12), confidence: 0.9, page: 1, text: "12学时",
                               box: Box(x0: 1, y0: 2, x1: 3, y1: 4)),
                "issuer": Field(value: .string("某某大学"), confidence: 0.7),
            ],
            proposal: Proposal(policy: "anhui-2025", hours: 12, subject: .professional, rule: "r1", basis: "b",
                               confidence: 0.8),
            confidence: 0.75,
            flags: [Flag(code: "no-seal-found", severity: .warning, message: "未找到印章", page: 1)])
        for pretty in [false, true] {
            let data = try Report.encoder(pretty: pretty).encode(report)
            #expect(try evidenceSchema.validate(data) == [])
        }
        let unreadable = Report(file: "y.pdf", sha256: sha, error: .encrypted)
        #expect(try evidenceSchema.validate(Report.encoder(pretty: false).encode(unreadable)) == [])
    }
}

// MARK: - Invalid reports

@Suite struct EvidenceSchemaInvalidReports {
    /// Each case: the broken report and the instance path a violation must name.
    static var cases: [(String, [String: Any], String)] { [
        ("missing sha256", removing(["sha256"]), "/sha256"),
        ("bad sha256 pattern", setting(["sha256"], to: String(repeating: "A", count: 64)), "/sha256"),
        ("short sha256", setting(["sha256"], to: "abc"), "/sha256"),
        ("mode not in enum", setting(["mode"], to: "seminar"), "/mode"),
        ("schemaVersion 2", setting(["schemaVersion"], to: "2"), "/schemaVersion"),
        ("schemaVersion number 1", setting(["schemaVersion"], to: 1), "/schemaVersion"),
        ("field without confidence", removing(["fields", "hours", "confidence"]), "/fields/hours/confidence"),
        ("confidence 1.5", setting(["fields", "hours", "confidence"], to: 1.5), "/fields/hours/confidence"),
        ("negative confidence", setting(["confidence"], to: -0.1), "/confidence"),
        ("field value a boolean", setting(["fields", "hours", "value"], to: true), "/fields/hours/value"),
        ("field value null", setting(["fields", "hours", "value"], to: NSNull()), "/fields/hours/value"),
        ("field not an object", setting(["fields", "hours"], to: 24), "/fields/hours"),
        ("proposal missing rule", removing(["proposal", "rule"]), "/proposal/rule"),
        ("proposal negative hours", setting(["proposal", "hours"], to: -1), "/proposal/hours"),
        ("proposal a string", setting(["proposal"], to: "24"), "/proposal"),
        ("error object missing message", setting(["error"], to: ["code": "corrupt"]), "/error/message"),
        ("flags item with bad severity",
         setting(["flags"], to: [["code": "x", "severity": "fatal", "message": "m"]]), "/flags/0/severity"),
        ("flags not an array", setting(["flags"], to: ["code": "x"]), "/flags"),
        ("box with 3 numbers", setting(["fields", "hours", "box"], to: [1, 2, 3]), "/fields/hours/box"),
        ("box with a string", setting(["fields", "hours", "box"], to: [1, 2, 3, "4"]), "/fields/hours/box/3"),
        ("pages -1", setting(["pages"], to: -1), "/pages"),
        ("pages 1.5", setting(["pages"], to: 1.5), "/pages"),
        ("pages true", setting(["pages"], to: true), "/pages"),
        ("field page 0", setting(["fields", "hours", "page"], to: 0), "/fields/hours/page"),
        ("confidence a boolean", setting(["confidence"], to: false), "/confidence"),
        ("report without its keys", ["not": "a report"], "/schemaVersion"),
    ] }

    @Test(arguments: cases.indices)
    func failsAtTheRightPath(_ index: Int) throws {
        let (name, report, path) = Self.cases[index]
        let found = try violations(report)
        #expect(!found.isEmpty, "\(name): expected a violation")
        #expect(found.contains { $0.path == path }, "\(name): expected a violation at \(path), got \(found)")
        for v in found { #expect(!v.message.isEmpty) }
    }

    @Test func everyViolationIsReported() throws {
        var r = removing(["sha256"])
        r["mode"] = "nope"
        r["pages"] = -1
        let paths = Set(try violations(r).map(\.path))
        #expect(paths == ["/sha256", "/mode", "/pages"])
    }

    @Test func messagesSayWhy() throws {
        let missing = try violations(removing(["fields", "hours", "confidence"]))
        #expect(missing.map(\.description) == ["/fields/hours/confidence: required property \"confidence\" is missing"])
        let bool = try violations(setting(["fields", "hours", "value"], to: true))
        #expect(bool.count == 1)
        #expect(bool.first?.message.contains("string or number") == true)
        let pages = try violations(setting(["pages"], to: 1.5))
        #expect(pages.first?.message.contains("integer") == true)
    }

    @Test func topLevelArrayAndGarbageBytes() throws {
        #expect(try !evidenceSchema.validate(Data("[]".utf8)).isEmpty)
        #expect(throws: JSONSchemaError.self) { try evidenceSchema.validate(Data("{not json".utf8)) }
    }
}

// MARK: - Keyword behaviour

@Suite struct JSONSchemaKeywords {
    private func schema(_ json: String) throws -> JSONSchema { try JSONSchema(data: Data(json.utf8)) }
    private func check(_ s: JSONSchema, _ instance: String) throws -> [SchemaViolation] { try s.validate(Data(instance.utf8)) }

    @Test func integerNumberAndBoolean() throws {
        let integer = try schema(#"{"type": "integer"}"#)
        #expect(try check(integer, "3") == [])
        #expect(try check(integer, "3.0") == [])  // 2020-12: zero fractional part is an integer
        #expect(try check(integer, "3.5").count == 1)
        #expect(try check(integer, "true").count == 1)
        let number = try schema(#"{"type": "number"}"#)
        #expect(try check(number, "1") == [])
        #expect(try check(number, "0") == [])
        #expect(try check(number, "true").count == 1)
        #expect(try check(number, "false").count == 1)
        let boolean = try schema(#"{"type": "boolean"}"#)
        #expect(try check(boolean, "true") == [])
        #expect(try check(boolean, "1").count == 1)
        #expect(try check(boolean, "0").count == 1)
        let nullable = try schema(#"{"type": ["null", "string"]}"#)
        #expect(try check(nullable, "null") == [])
        #expect(try check(nullable, "\"x\"") == [])
        #expect(try check(nullable, "1").count == 1)
        // Swift values too.
        #expect(number.validate(json: true).count == 1)
        #expect(boolean.validate(json: 1).count == 1)
        #expect(integer.validate(json: 2) == [])
        #expect(integer.validate(json: NSNumber(value: 7)) == [])
        #expect(boolean.validate(json: NSNumber(value: true)) == [])
    }

    @Test func enumAndConstAreTypeStrict() throws {
        let e = try schema(#"{"enum": [1, "1", null, {"a": [1, 2]}]}"#)
        #expect(try check(e, "1.0") == [])
        #expect(try check(e, "\"1\"") == [])
        #expect(try check(e, "null") == [])
        #expect(try check(e, #"{"a": [1, 2]}"#) == [])
        #expect(try check(e, "true").count == 1)
        #expect(try check(e, #"{"a": [2, 1]}"#).count == 1)
        let c = try schema(#"{"const": false}"#)
        #expect(try check(c, "false") == [])
        #expect(try check(c, "0").count == 1)
    }

    @Test func numericBounds() throws {
        let s = try schema(#"{"exclusiveMinimum": 0, "exclusiveMaximum": 10, "multipleOf": 0.5}"#)
        #expect(try check(s, "0.5") == [])
        #expect(try check(s, "0").map(\.path) == [""])
        #expect(try check(s, "10").count == 1)
        #expect(try check(s, "1.25").count == 1)
        #expect(try check(s, "\"0\"") == [])  // numeric keywords ignore non-numbers
    }

    @Test func stringsCountCodePointsAndPatternsSearch() throws {
        let s = try schema(#"{"minLength": 2, "maxLength": 3, "pattern": "学时"}"#)
        #expect(try check(s, "\"24学时\"").count == 1)  // 4 code points
        #expect(try check(s, "\"4学时\"") == [])
        #expect(try check(s, "\"学\"").count == 2)
        let anchored = try schema(#"{"pattern": "^a+$"}"#)
        #expect(try check(anchored, "\"aaa\"") == [])
        #expect(try check(anchored, "\"aab\"").count == 1)
    }

    @Test func objectsAndArrays() throws {
        let s = try schema(#"""
        {"type": "object", "properties": {"a": {"type": "string"}}, "patternProperties": {"^x-": {"type": "integer"}},
         "additionalProperties": false, "required": ["a"],
         "dependentRequired": {"x-1": ["a"]}}
        """#)
        #expect(try check(s, #"{"a": "b", "x-1": 2}"#) == [])
        #expect(try check(s, #"{"a": "b", "x-1": 2.5, "c/d": 1}"#).map(\.path).sorted() == ["/c~1d", "/x-1"])
        let tuple = try schema(#"{"prefixItems": [{"type": "string"}], "items": {"type": "number"}, "uniqueItems": true}"#)
        #expect(try check(tuple, #"["a", 1, 2]"#) == [])
        #expect(try check(tuple, #"[1, 2]"#).map(\.path) == ["/0"])
        #expect(try check(tuple, #"["a", 1, 1]"#).map(\.path) == [""])
    }

    @Test func combinators() throws {
        let one = try schema(#"{"oneOf": [{"type": "number"}, {"type": "integer"}]}"#)
        #expect(try check(one, "1.5") == [])
        #expect(try check(one, "1").count == 1)  // matches both
        #expect(try check(one, "\"x\"").count == 1)
        let any = try schema(#"{"anyOf": [{"type": "number"}, {"type": "integer"}]}"#)
        #expect(try check(any, "1") == [])
        #expect(try check(any, "null").count == 1)
        let all = try schema(#"{"allOf": [{"minimum": 1}, {"maximum": 2}]}"#)
        #expect(try check(all, "3").count == 1)
        let not = try schema(#"{"not": {"type": "null"}}"#)
        #expect(try check(not, "null").count == 1)
        #expect(try check(not, "0") == [])
        let cond = try schema(#"{"if": {"const": "exam"}, "then": {"minLength": 10}, "else": {"maxLength": 5}}"#)
        #expect(try check(cond, "\"exam\"").count == 1)
        #expect(try check(cond, "\"abcdef\"").count == 1)
        #expect(try check(cond, "\"abc\"") == [])
    }

    @Test func refsToDefsAndDefinitions() throws {
        let s = try schema(##"""
        {"properties": {"a": {"$ref": "#/$defs/pos"}, "b": {"$ref": "#/definitions/list"}, "c": {"$ref": "#"}},
         "$defs": {"pos": {"type": "number", "exclusiveMinimum": 0}},
         "definitions": {"list": {"type": "array", "items": {"$ref": "#/$defs/pos"}}}}
        """##)
        #expect(try check(s, #"{"a": 1, "b": [1, 2], "c": {"a": 2}}"#) == [])
        #expect(try check(s, #"{"a": 0, "b": [1, -2], "c": {"a": -1}}"#).map(\.path).sorted() == ["/a", "/b/1", "/c/a"])
    }

    @Test func booleanSchemasAndIgnoredKeywords() throws {
        #expect(try check(schema("true"), "{}") == [])
        #expect(try check(schema("false"), "{}").count == 1)
        let s = try schema(#"{"$schema": "x", "$id": "y", "title": "t", "description": "d", "format": "date", "x-unknown": 1}"#)
        #expect(try check(s, "\"not a date\"") == [])
    }

    @Test func brokenSchemasThrow() {
        #expect(throws: JSONSchemaError.self) { try JSONSchema(data: Data(##"{"$ref": "#/$defs/missing"}"##.utf8)) }
        #expect(throws: JSONSchemaError.self) { try JSONSchema(data: Data(#"{"$ref": "other.json#/x"}"#.utf8)) }
        #expect(throws: JSONSchemaError.self) { try JSONSchema(data: Data(#"{"pattern": "("}"#.utf8)) }
        #expect(throws: JSONSchemaError.self) { try JSONSchema(data: Data(#"{"type": "float"}"#.utf8)) }
        #expect(throws: JSONSchemaError.self) { try JSONSchema(data: Data("[1]".utf8)) }
        #expect(throws: JSONSchemaError.self) { try JSONSchema(data: Data("{".utf8)) }
    }

    @Test func refCycleDoesNotHang() throws {
        let s = try schema(##"{"$defs": {"a": {"$ref": "#/$defs/a"}}, "$ref": "#/$defs/a"}"##)
        #expect(try !check(s, "1").isEmpty)
    }
}

// MARK: - Drift

@Suite struct EvidenceSchemaFixture {
    @Test func fixtureParses() throws {
        _ = try JSONSchema(contentsOf: fixtureURL)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: sharedSchemaURL.path),
                   "../shared/schema/evidence.schema.json not present"))
    func fixtureMatchesSharedSchema() throws {
        let fixture = try Data(contentsOf: fixtureURL)
        let shared = try Data(contentsOf: sharedSchemaURL)
        #expect(fixture == shared, "Tests/XueshiCoreTests/Fixtures/evidence.schema.json differs from \(sharedSchemaURL.path); copy the shared schema over it")
    }
}
