import Foundation

/// A value bound to, or read from, a SQL statement: the few types the store's schema uses, the same on SQLite and
/// PostgreSQL, so one set of queries serves both.
package enum SQLValue: Sendable, Hashable {
    case null
    case int(Int64)
    case double(Double)
    case text(String)
    case blob(Data)

    package static func of(_ s: String?) -> SQLValue { s.map(SQLValue.text) ?? .null }
    package static func of(_ d: Double?) -> SQLValue { d.map(SQLValue.double) ?? .null }
    package static func of(_ i: Int?) -> SQLValue { i.map { .int(Int64($0)) } ?? .null }

    package var string: String? {
        switch self {
        case .text(let s): return s
        case .int(let i): return String(i)
        case .double(let d): return String(d)
        case .blob(let d): return String(data: d, encoding: .utf8)
        case .null: return nil
        }
    }
    package var int: Int? {
        switch self {
        case .int(let i): return Int(i)
        case .double(let d): return d.isFinite ? Int(exactly: d.rounded()) : nil
        case .text(let s): return Int(s)
        default: return nil
        }
    }
    package var double: Double? {
        switch self {
        case .double(let d): return d
        case .int(let i): return Double(i)
        case .text(let s): return Double(s)
        default: return nil
        }
    }
    package var data: Data? {
        switch self {
        case .blob(let d): return d
        case .text(let s): return Data(s.utf8)
        default: return nil
        }
    }
}

/// One result row, its cells in the order of the query's columns.
package struct SQLRow: Sendable {
    package var values: [SQLValue]
    package init(_ values: [SQLValue]) { self.values = values }
    package subscript(_ i: Int) -> SQLValue { i < values.count ? values[i] : .null }
}
