import Foundation
import Yams

/// Decodes a composed YAML node whose mapping keys are plain strings, as every spec, the lexicon and the embedded
/// map are. Why not `YAMLDecoder`: each of its key lookups builds a node from the key and runs the tag resolver's
/// regular expressions on it, then compares nodes by resolved tag; over `extractors/` that was about a third of
/// every process's start (perf, 2026-12-04), paid by the CLI, each isolated worker and the server alike. Scalars
/// are built by Yams's own constructors (`Bool.construct(from:)` and the rest), so what a value means is Yams's
/// answer; only finding it is done here, by the key's text.
package struct NodeDecoder {
    package init() {}

    package func decode<T: Decodable>(_ type: T.Type, from node: Node) throws -> T {
        try NodeDecoding(node: node, codingPath: []).decode(type)
    }
}
