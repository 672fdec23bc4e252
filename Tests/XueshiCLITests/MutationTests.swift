import Foundation
import Testing

/// The mutation harness (`corpus/mutate.py`), CI-sized: mutants of the synthetic corpus (truncated, bit-flipped,
/// spliced, bombs, deep nesting, huge counts, encrypted, JavaScript, broken fonts, odd names) through the built
/// binary in batches. It fails when a batch dies or is killed by its bounds, a file has no report or two, a file
/// runs past its seconds, or a process outlives its batch. The full run (5,000) is a documented command.
@Suite(.serialized) struct MutationTests {
    @Test func ciSizedMutationRunFindsNoFailure() throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", repoRoot.appendingPathComponent("corpus/mutate.py").path, "--ci", "--no-regressions",
                       // The debug binary, beside the rest of the suite: a batch's own bound is loosened; each
                       // file's 60 s bound and the one-report-per-file check stay.
                       "--batch-seconds", "900", "--xueshi", binary.path]
        p.currentDirectoryURL = repoRoot
        let out = Pipe()
        p.standardOutput = out
        p.standardError = out
        try p.run()
        let log = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "\(log.suffix(2000))")
    }
}
