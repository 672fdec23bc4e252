import Foundation
import Yams

/// One node being decoded, and where it sits.
struct NodeDecoding: Decoder {
    let node: Node
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .mapping(let mapping) = node else {
            throw mismatch([String: Any].self, "a mapping")
        }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(mapping: mapping, codingPath: codingPath))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case .sequence(let sequence) = node else {
            throw mismatch([Any].self, "a sequence")
        }
        return NodeUnkeyedContainer(items: Array(sequence), codingPath: codingPath)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    func mismatch(_ type: Any.Type, _ expected: String) -> DecodingError {
        .typeMismatch(type, .init(codingPath: codingPath, debugDescription: "Expected \(expected), found \(kind)"))
    }

    var kind: String {
        switch node {
        case .scalar(let s): return "'\(s.string)'"
        case .mapping: return "a mapping"
        case .sequence: return "a sequence"
        case .alias: return "an alias"
        }
    }

    /// A scalar through Yams's constructor for its type; anything else through the type's own `init(from:)`.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let constructible = type as? ScalarConstructible.Type {
            guard case .scalar(let scalar) = node else { throw mismatch(type, "a scalar") }
            guard let value = constructible.construct(from: scalar) as? T else {
                throw mismatch(type, "\(type)")
            }
            return value
        }
        return try T(from: self)
    }
}

extension NodeDecoding: SingleValueDecodingContainer {
    func decodeNil() -> Bool {
        guard case .scalar(let scalar) = node else { return false }
        return NSNull.construct(from: scalar) != nil
    }
}
