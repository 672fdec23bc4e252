import Foundation
import Yams

/// A mapping's entries by their keys' text, gathered once (Yams's parser has already refused repeated keys).
struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let codingPath: [CodingKey]
    let entries: [String: Node]
    let order: [String]

    init(mapping: Node.Mapping, codingPath: [CodingKey]) {
        var entries: [String: Node] = [:]
        var order: [String] = []
        for (key, value) in mapping {
            guard case .scalar(let k) = key, entries[k.string] == nil else { continue }
            entries[k.string] = value
            order.append(k.string)
        }
        self.entries = entries; self.order = order; self.codingPath = codingPath
    }

    var allKeys: [Key] { order.compactMap(Key.init(stringValue:)) }
    func contains(_ key: Key) -> Bool { entries[key.stringValue] != nil }

    func child(_ key: Key) throws -> NodeDecoding {
        guard let node = entries[key.stringValue] else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                       debugDescription: "No value for key '\(key.stringValue)'"))
        }
        return NodeDecoding(node: node, codingPath: codingPath + [key])
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).decode(type) }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws
        -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder {
        throw DecodingError.dataCorrupted(.init(codingPath: codingPath, debugDescription: "no super decoder in a spec"))
    }

    func superDecoder(forKey key: Key) throws -> Decoder { try child(key) }
}
