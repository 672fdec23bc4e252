import Foundation
import XueshiCore
@testable import XueshiRead

/// The shared sample corpus and this target's own fixtures, found from this file's path.
enum Samples {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
    static let corpus = root.appendingPathComponent("corpus/samples")
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    static func data(_ name: String) throws -> Data { try Data(contentsOf: corpus.appendingPathComponent(name)) }
    static func fixture(_ name: String) throws -> Data { try Data(contentsOf: fixtures.appendingPathComponent(name)) }

    static func read(_ name: String) throws -> Document {
        try DocumentReader.read(data: data(name)).get()
    }
}
