import Foundation
import Testing

/// `scan` as a reviewer runs it on a folder: the progress line, the table's paths, the CSV read by a spreadsheet.
@Suite(.serialized) struct ReviewerScanCLITests {
    /// Two sub-folders, each with a `certificate.pdf` (different documents), and one more file.
    func folder() throws -> String {
        let dir = NSTemporaryDirectory() + "xueshi-reviewer-\(UUID().uuidString)"
        let fm = FileManager.default
        for (sub, sample) in [("张三", "继续教育材料-71.pdf"), ("李四", "附件11.pdf")] {
            try fm.createDirectory(atPath: "\(dir)/上传/\(sub)", withIntermediateDirectories: true)
            try fm.copyItem(atPath: repoRoot.path + "/corpus/samples/" + sample, toPath: "\(dir)/上传/\(sub)/certificate.pdf")
        }
        try fm.copyItem(atPath: repoRoot.path + "/corpus/samples/263614561b.pdf", toPath: "\(dir)/上传/记录.pdf")
        return dir
    }

    @Test func theTableShowsPathsRelativeToTheFolderAndNoCodes() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try xueshi("scan", dir + "/上传")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("张三/certificate.pdf") && r.stdout.contains("李四/certificate.pdf"))
        #expect(!r.stdout.contains(dir), "paths are relative to the folder given")
        #expect(r.stdout.contains("培训证书") && !r.stdout.contains("training-certificate"))
        #expect(r.stderr.isEmpty, "no progress line when stderr is not a terminal: \(r.stderr)")
    }

    @Test func progressGoesToStderrWhenAsked() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try xueshi("scan", "--progress", "always", "--format", "jsonl", dir + "/上传")
        #expect(r.status == 0)
        #expect(r.stderr.contains("已读 3/3（100%）") && r.stderr.contains("正在读"))
        #expect(r.stdout.split(separator: "\n").count == 3 && !r.stdout.contains("已读"), "stdout holds only the reports")
    }

    @Test func theCSVOpensInASpreadsheetWithChineseHeadingsIntact() throws {
        let dir = try folder()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try xueshi("scan", "--format", "csv", dir + "/上传")
        #expect(r.status == 0, "\(r.stderr)")
        let csv = dir + "/材料.csv"
        try Data(r.stdout.utf8).write(to: URL(fileURLWithPath: csv))
        #expect(r.stdout.hasPrefix("\u{FEFF}"))
        // The BOM must be taken as a BOM, not as part of the first heading.
        guard let back = try spreadsheetRoundTrip(csv, in: dir) else { return }
        let lines = back.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("文件,方式,类型,学时,开始日期,结束日期,发证日期,发证单位,持证人") == true, "\(lines.first ?? "")")
        #expect(lines.count == 4, "a heading row and a row per document")
        #expect(back.contains("张三/certificate.pdf") && back.contains("培训证书"))
    }
}
