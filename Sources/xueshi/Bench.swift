import ArgumentParser
import Foundation

struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "性能基准 (benchmark; see README)")
    func run() throws { throw UsageError(description: "not yet") }
}
