import Foundation
import Testing
import XueshiCore
import XueshiPipeline

@Suite struct RobustnessTests {
    /// Damaged copies of real evidence: every one yields a report (read, or an error), none crashes or hangs.
    @Test func mutatedPDFsAlwaysYieldAReport() throws {
        let original = try Data(contentsOf: URL(fileURLWithPath: repo("corpus/samples/继续教育材料-71.pdf")))
        var rng = SplitMix(seed: 20251126)
        let s = scanner()
        for i in 0..<60 {
            var bytes = [UInt8](original)
            switch i % 3 {
            case 0: // flip bytes
                for _ in 0..<(1 + Int(rng.next() % 40)) { bytes[Int(rng.next() % UInt64(bytes.count))] = UInt8(rng.next() & 0xFF) }
            case 1: // cut
                bytes = Array(bytes.prefix(Int(rng.next() % UInt64(bytes.count))))
            default: // splice a block of garbage
                let at = Int(rng.next() % UInt64(bytes.count))
                bytes.insert(contentsOf: (0..<200).map { _ in UInt8(rng.next() & 0xFF) }, at: at)
            }
            let r = s.scan(data: Data(bytes), name: "mutant-\(i).pdf").report
            #expect(r.sha256.count == 64)
            if r.error == nil { #expect(r.pages >= 1) } else { #expect(["corrupt", "empty", "not-a-document"].contains(r.error!.code)) }
        }
    }

    @Test func oversizedFileIsRefusedBeforeReading() throws {
        var o = ScanOptions()
        o.read.maxBytes = 10_000
        let r = Pipeline(library: library, policies: policies, options: o).scan(file: repo("corpus/samples/附件1.pdf")).report
        #expect(r.error?.code == "too-large")
    }

    @Test func missingFileIsAnErrorReport() {
        let r = scanner().scan(file: "/nonexistent/证书.pdf").report
        #expect(r.error != nil)
        #expect(r.mode == .unknown)
    }

    @Test func batchKeepsOrderAndLosesNothing() throws {
        let files = try FileWalk.files([repo("corpus/broken"), repo("corpus/samples")])
        let results = scanner().scan(files: files)
        #expect(results.map(\.report.file) == files)
    }
}

/// A small deterministic generator, so a failing mutation can be replayed.
struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
