import Foundation
import Testing
import XueshiCore
@testable import XueshiStore

/// Backfill through the built binary: a store that survives kill -9 at any point with every record once, exports
/// a spreadsheet reads, and PostgreSQL workers that split a queue between them.
@Suite(.serialized) struct BackfillCLITests {
    /// A manifest over born-digital corpus documents (fast to read), one missing file, one document claimed twice.
    static func manifest(_ count: Int, dir: String, copy: Bool = false) throws -> String {
        let docs = try FileManager.default.contentsOfDirectory(atPath: repoRoot.path + "/corpus/docs")
            .filter { $0.hasSuffix(".pdf") }.sorted().prefix(count)
        let from = copy ? dir + "/files" : repoRoot.path + "/corpus/docs"
        if copy {
            try FileManager.default.createDirectory(atPath: from, withIntermediateDirectories: true)
            for d in docs { try FileManager.default.copyItem(atPath: repoRoot.path + "/corpus/docs/" + d, toPath: from + "/" + d) }
        }
        var csv = "\u{FEFF}学员编号,姓名,单位,年度,申报方式,申报学时,文件\r\n"
        for (i, d) in docs.enumerated() {
            // Learner ids that are resident ID numbers, as units often use them: exports must mask them.
            let id = i % 3 == 0 ? "340121199001013935" : "L\(i % 3)"
            csv += "\(id),学员\(i % 3),单位\(i % 2),2023,培训,24,\(from)/\(d)\r\n"
        }
        csv += "L1,学员1,单位1,2023,培训,24,\(from)/\(docs.first!)\r\n"
        csv += "L2,学员2,单位0,2023,网络学习,10,\(dir)/不存在.pdf\r\n"
        let path = dir + "/manifest.csv"
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        try Data(csv.utf8).write(to: URL(fileURLWithPath: path))
        return path
    }

    static func tempDir(_ name: String) -> String {
        let d = NSTemporaryDirectory() + "xueshi-\(name)-\(UUID().uuidString.prefix(8))"
        try? FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    /// The stored reports, one JSON line each, in a fixed order (what "the same records" means).
    static func records(_ store: String) throws -> [String] {
        let r = try xueshi("export", "--store", store, "--format", "jsonl", "--unmask")
        #expect(r.status == 0, "\(r.stderr)")
        return r.stdout.split(separator: "\n").map(String.init).sorted()
    }

    @Test func aBackfillStoresEveryRecordOnceAndARerunReadsNothing() throws {
        let dir = Self.tempDir("backfill")
        let manifest = try Self.manifest(8, dir: dir)
        let store = dir + "/store.sqlite"
        let first = try xueshi("backfill", manifest, "--store", store)
        // The missing file is kept as a claim and named among the disagreements: exit 1.
        #expect(first.status == 1, "\(first.stderr)")
        #expect(first.stderr.contains("读取并存入 8 份"))
        #expect(first.stdout.contains("学员年度汇总") && first.stdout.contains("不存在.pdf") && first.stdout.contains("未读取"))
        #expect(!first.stdout.contains("340121199001013935") && first.stdout.contains("340121********3935"))
        let second = try xueshi("backfill", manifest, "--store", store)
        #expect(second.stderr.contains("待读取 0") && second.stderr.contains("读取并存入 0 份"))
        #expect(second.stdout == first.stdout)
        // The document claimed twice is one document, flagged as a duplicate across the store.
        let lines = try Self.records(store)
        #expect(lines.count == 8)
        let reports = try lines.map { try JSONDecoder().decode(Report.self, from: Data($0.utf8)) }
        #expect(reports.filter { $0.flags.contains { $0.code == "duplicate-file" && $0.message.contains("库中") } }.count == 1)
    }

    @Test func killedAtRandomPointsAndRunAgainGivesTheRecordsOfAnUninterruptedRun() throws {
        let dir = Self.tempDir("kill")
        let manifest = try Self.manifest(14, dir: dir)
        let whole = dir + "/whole.sqlite"
        _ = try xueshi("backfill", manifest, "--store", whole)
        let expected = try Self.records(whole)
        #expect(expected.count == 14)

        let store = dir + "/killed.sqlite"
        var rng = SystemRandomNumberGenerator()
        for round in 0..<4 {
            let p = Process()
            p.executableURL = binary
            p.arguments = ["backfill", manifest, "--store", store]
            p.currentDirectoryURL = repoRoot
            p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
            p.standardError = FileHandle(forWritingAtPath: "/dev/null")
            try p.run()
            // Early rounds die during intake or the first reads; later ones mid-batch.
            Thread.sleep(forTimeInterval: Double.random(in: (0.05 + Double(round))...(0.6 + 1.5 * Double(round)), using: &rng))
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
        }
        let last = try xueshi("backfill", manifest, "--store", store)
        #expect(last.status == 1, "\(last.stderr)")
        #expect(try Self.records(store) == expected)
        let learners = try xueshi("export", "--store", store, "--by", "learner", "--unmask")
        let uninterrupted = try xueshi("export", "--store", whole, "--by", "learner", "--unmask")
        #expect(learners.stdout == uninterrupted.stdout)
    }

    @Test func theCSVExportOpensInASpreadsheetWithChineseHeadingsAndMaskedIDs() throws {
        let dir = Self.tempDir("export")
        let manifest = try Self.manifest(4, dir: dir)
        let store = dir + "/store.sqlite"
        _ = try xueshi("backfill", manifest, "--store", store)
        let csv = dir + "/导出.csv"
        let r = try xueshi("export", "--store", store, "--format", "csv", "-o", csv)
        #expect(r.status == 0, "\(r.stderr)")
        let bytes = try Data(contentsOf: URL(fileURLWithPath: csv))
        #expect(Array(bytes.prefix(3)) == [0xEF, 0xBB, 0xBF], "Excel and WPS need the BOM to read UTF-8")
        guard let back = try spreadsheetRoundTrip(csv, in: dir) else { return }
        let head = back.split(separator: "\n").first.map(String.init) ?? ""
        // The BOM was taken as a BOM (not as part of the first heading), every heading in its own cell, intact.
        #expect(head.hasPrefix("学员编号,姓名,单位,年度,文件,申报方式,申报学时"))
        #expect(back.contains("340121********3935") && !back.contains("340121199001013935"))
        #expect(back.split(separator: "\n").count == 1 + 6, "a heading row and a row per claim")
        let unmasked = try xueshi("export", "--store", store, "--format", "csv", "--unmask")
        #expect(unmasked.stdout.contains("340121199001013935"))
    }

    @Test(.enabled(if: ProcessInfo.processInfo.environment["XUESHI_TEST_POSTGRES"] != nil
                   || ProcessInfo.processInfo.environment["XUESHI_REQUIRE_POSTGRES"] == "1"))
    func threePostgresWorkersSplitABatchEvenWhenOneIsKilled() throws {
        // The database beside the store tests' own (xueshi_test_cli, made by .ci/postgres): those tests empty theirs
        // while this one runs.
        let base = try #require(ProcessInfo.processInfo.environment["XUESHI_TEST_POSTGRES"])
        var components = try #require(URLComponents(string: base))
        components.path += "_cli"
        let url = try #require(components.string)
        let dir = Self.tempDir("pg")
        let manifest = try Self.manifest(18, dir: dir, copy: true)
        try blocking {
            let db = try SQLStore.postgres(url: url)
            try await db.dropEverything()
            await db.close()
        }
        let queued = try xueshi("backfill", manifest, "--store", url, "--enqueue-only")
        #expect(queued.status == 0 && queued.stderr.contains("待读取 18"), "\(queued.stderr)")
        // The files are gone from disk: workers read the bytes the store holds.
        try FileManager.default.removeItem(atPath: dir + "/files")
        func start() throws -> (Process, Pipe) {
            let p = Process(), err = Pipe()
            p.executableURL = binary
            p.arguments = ["backfill", "--worker", "--store", url, "--workers", "1", "--lease", "6"]
            p.currentDirectoryURL = repoRoot
            p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
            p.standardError = err
            try p.run()
            return (p, err)
        }
        let workers = try (0..<3).map { _ in try start() }
        // Killed mid-batch, whatever the machine's speed: as soon as the first worker reports progress (it has stored
        // a report and holds claims), read from its own stderr. Polling the store from here waited on Swift's
        // cooperative threads, which other tests on a 2-core machine held, and the worker had finished by then.
        var early = Data()
        let firstErr = workers[0].1.fileHandleForReading
        while true {
            let chunk = firstErr.availableData
            if chunk.isEmpty { break }
            early.append(chunk)
            if String(decoding: early, as: UTF8.self).range(of: #"进度 \d+% [1-9]\d*/"#, options: .regularExpression) != nil { break }
        }
        kill(workers[0].0.processIdentifier, SIGKILL)
        var stored = 0
        for (n, (p, err)) in workers.enumerated() {
            let text = String(decoding: (n == 0 ? early : Data()) + err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            if n == 0 { #expect(p.terminationReason == .uncaughtSignal, "the first worker ended by itself: \(text)"); continue }
            #expect(p.terminationStatus == 0, "\(text)")
            if let r = text.range(of: #"读取并存入 (\d+) 份"#, options: .regularExpression) {
                stored += Int(text[r].filter(\.isNumber)) ?? 0
            }
        }
        let lines = try Self.records(url)
        #expect(lines.count == 18)
        // Every document once: the survivors stored what the killed worker had not finished, nothing twice.
        let shas = try lines.map { try JSONDecoder().decode(Report.self, from: Data($0.utf8)).sha256 }
        #expect(Set(shas).count == 18)
        #expect(stored <= 18 && stored > 0)
        let summary = try xueshi("backfill", manifest, "--store", url)
        #expect(summary.stderr.contains("待读取 0"))
    }
}
