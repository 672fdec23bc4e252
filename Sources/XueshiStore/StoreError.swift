/// What the store refuses, in words for the person who ran the command.
package enum StoreError: Error, CustomStringConvertible, Sendable {
    case badLocation(String)
    case notFound(String)
    case conflict(String)

    package var description: String {
        switch self {
        case .badLocation(let s), .notFound(let s), .conflict(let s): return s
        }
    }
}
