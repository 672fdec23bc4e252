import Foundation
import Testing
import XueshiCore

/// The hostile corpus (`corpus/hostile.py`: traps on hostile numbers, costly content, lying headers, bombs,
/// container attacks, broken fonts and tables, truncations) through the built binary as one batch: the batch
/// finishes, every case has exactly one report, and each report is one its case allows (`cases.json`).
@Suite(.serialized) struct HostileInputTests {
    func generate(seed: Int) throws -> URL {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-hostile-\(seed)-\(UUID().uuidString.prefix(6))")
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = ["python3", repoRoot.appendingPathComponent("corpus/hostile.py").path, dir.path, "--small", "--seed", "\(seed)"]
        p.standardOutput = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0)
        return dir
    }

    struct Case: Decodable {
        var file: String
        var kind: String
        var expect: String
        var codes: [String]
        var forbidFlags: [String]
        var big: Bool
    }

    func check(seed: Int) throws {
        let dir = try generate(seed: seed)
        defer { try? FileManager.default.removeItem(at: dir) }
        let cases = try JSONDecoder().decode([Case].self, from: Data(contentsOf: dir.appendingPathComponent("cases.json")))
        #expect(cases.count > 40)
        let started = Date()
        let r = try xueshi("scan", "--format", "jsonl", "--max-seconds", "45", dir.path)
        let took = Date().timeIntervalSince(started)
        #expect(r.status == 0 || r.status == 1, "\(r.stderr.suffix(500))")
        let reports = try r.stdout.split(separator: "\n").map { try JSONDecoder().decode(Report.self, from: Data($0.utf8)) }
        var byName: [String: [Report]] = [:]
        for rep in reports { byName[(rep.file as NSString).lastPathComponent, default: []].append(rep) }
        // Big cases are not made with --small; a .zip is not an evidence file a folder walk takes.
        let walked = cases.filter { !$0.big }.filter { ["pdf", "ofd", "png", "jpg", "jpeg", "tif", "tiff", "bmp", "webp"].contains(($0.file as NSString).pathExtension.lowercased()) }
        for c in walked {
            let got = byName[c.file] ?? []
            #expect(got.count == 1, "\(c.file): \(got.count) reports")
            guard let rep = got.first else { continue }
            if let e = rep.error {
                // Only content built to cost time or memory (and bombs) may be stopped by the worker's limits
                // instead of refused by the reader.
                let costlyByDesign = ["cost", "bomb"].contains(c.kind) && ["timeout", "memory-limit"].contains(e.code)
                #expect(c.codes.contains(e.code) || costlyByDesign, "\(c.file): \(e.code) \(e.message)")
            } else {
                #expect(c.expect == "read", "\(c.file): read, but \(c.codes) expected")
            }
            for f in c.forbidFlags { #expect(!rep.flags.contains { $0.code == f }, "\(c.file): flag \(f)") }
        }
        // Every case is bounded by its 45 s (the default: a noise image read by PP-OCR in a loaded debug run took
        // more than 20), two at a time, not by what it asks for.
        #expect(took < Double(walked.count) * 45 / 2 + 60)
    }

    @Test func theHostileCorpusGivesOneAllowedReportPerCase() throws { try check(seed: 0) }

    /// Other numbers, positions and offsets of the same kinds of attack.
    @Test func variantsOfTheSameKindsToo() throws { try check(seed: 7) }
}
