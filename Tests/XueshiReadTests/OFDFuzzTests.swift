import Foundation
import Testing
@testable import XueshiRead

/// Truncated and bit-flipped copies of a real container: each read gives a document or an error, never a trap.
@Suite struct OFDFuzzTests {
    /// A fixed-seed generator, so a failure reproduces.
    struct Rng {
        var state: UInt64
        mutating func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        mutating func below(_ n: Int) -> Int { Int(next() % UInt64(max(n, 1))) }
    }

    /// `XUESHI_OFD_FUZZ=20000` runs that many flip rounds over each fixture instead (minutes, for a soak).
    static let rounds = Int(ProcessInfo.processInfo.environment["XUESHI_OFD_FUZZ"] ?? "") ?? 300
    static let soak = ProcessInfo.processInfo.environment["XUESHI_OFD_FUZZ"] != nil

    @Test(arguments: soak ? ["发票示例.ofd", "keyword.ofd", "n.ofd"] : ["发票示例.ofd"])
    func truncationsAndFlipsNeverTrap(_ name: String) throws {
        let original = try OFDTest.fixture(name)
        let start = Date()
        var rng = Rng(state: 20261202)
        var outcomes = (read: 0, refused: 0)
        func attempt(_ d: Data) {
            if case .success = OFDReader.read(data: d, options: .textOnly) { outcomes.read += 1 } else { outcomes.refused += 1 }
        }
        // Truncations: every length near the end (the directory), then spread over the file.
        for cut in stride(from: original.count - 1, to: max(0, original.count - 400), by: -7) { attempt(original.prefix(cut)) }
        for _ in 0..<40 { attempt(original.prefix(rng.below(original.count))) }
        // Flips: in the central directory and end record (where offsets live), and anywhere.
        let directory = original.range(of: Data([0x50, 0x4B, 0x01, 0x02]))?.lowerBound ?? 0
        for round in 0..<Self.rounds {
            var d = original
            for _ in 0..<(1 + rng.below(4)) {
                let at = round % 2 == 0 ? directory + rng.below(original.count - directory) : rng.below(original.count)
                d[at] = UInt8(truncatingIfNeeded: rng.next())
            }
            attempt(d)
        }
        #expect(outcomes.refused > 0)
        // A runaway takes minutes; 30 s leaves room for a suite that runs batches of subprocesses beside this test.
        if !Self.soak { #expect(Date().timeIntervalSince(start) < 30) }
    }

    @Test func localHeaderOffsetsPointingAnywhere() throws {
        let original = try OFDTest.fixture("keyword.ofd")
        var rng = Rng(state: 7)
        var at = 0
        var offsets: [Int] = []
        while let r = original.range(of: Data([0x50, 0x4B, 0x01, 0x02]), in: at..<original.count) {
            offsets.append(r.lowerBound + 42)
            at = r.upperBound
        }
        for offset in offsets {
            for value: UInt32 in [0, 1, 0xFFFF_FFF0, UInt32(original.count), UInt32(original.count - 10), UInt32(rng.below(original.count))] {
                var d = original
                for k in 0..<4 { d[offset + k] = UInt8((value >> (8 * UInt32(k))) & 0xFF) }
                _ = OFDReader.read(data: d, options: .textOnly)
            }
        }
    }
}
