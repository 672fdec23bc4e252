import Foundation
@testable import XueshiRead

/// Fixtures and one-line reads for the OFD suites.
enum OFDTest {
    static func fixture(_ name: String) throws -> Data { try Samples.fixture("ofd/" + name) }

    static func package(_ data: Data, limits: OFDLimits = .init()) throws -> OFDPackage {
        try OFDReader.open(data: data, options: .textOnly, limits: limits).get()
    }

    static func error(_ data: Data, limits: OFDLimits = .init()) -> String? {
        if case .failure(let e) = OFDReader.open(data: data, options: .textOnly, limits: limits) { return e.code }
        return nil
    }
}
