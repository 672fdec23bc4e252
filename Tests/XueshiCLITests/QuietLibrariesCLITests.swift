import Foundation
import Testing
import XueshiCore

/// What poppler, leptonica and the image decoders print stays off the terminal unless `--verbose` is given, and
/// what matters of it is a flag on that document's report. The damaged files are made here, not kept.
@Suite(.serialized) struct QuietLibrariesCLITests {
    /// A one-page PDF with an intact cross-reference table whose page content has operators poppler does not
    /// know: it reads the text and complains ("Syntax error …: Unknown operator 'xyzzy'").
    static func pdfWithUnknownOperators() -> Data {
        let content = "BT /F1 12 Tf 72 720 Td (Certificate of training 2024) Tj ET\nBT /F1 12 Tf 72 700 Td (Hours 40) Tj ET\nxyzzy 1 2 frobnicate\n"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
            "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
            "<< /Length \(content.utf8.count) >>\nstream\n\(content)endstream",
        ]
        var out = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (i, o) in objects.enumerated() {
            offsets.append(out.utf8.count)
            out += "\(i + 1) 0 obj\n\(o)\nendobj\n"
        }
        let xref = out.utf8.count
        out += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        for o in offsets { out += String(format: "%010d 00000 n \n", o) }
        out += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(out.utf8)
    }

    static func temporaryFile(_ name: String, _ data: Data) throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("xueshi-quiet-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        let url = dir.appendingPathComponent(name)
        try data.write(to: url)
        return url.path
    }

    @Test(arguments: ["worker", "none"])
    func popplerComplaintsAreAFlagAndOnlyVerboseShowsThem(isolation: String) throws {
        let file = try Self.temporaryFile("unknown-operators.pdf", Self.pdfWithUnknownOperators())
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        let quiet = try xueshi("scan", "--isolation", isolation, "--format", "jsonl", file)
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("Unknown operator"), "\(quiet.stderr)")
        #expect(!quiet.stderr.contains("Syntax"), "\(quiet.stderr)")
        let report = try JSONDecoder().decode(Report.self, from: Data(quiet.stdout.utf8))
        let flag = try #require(report.flags.first { $0.code == "reader-warnings" })
        #expect(flag.message.contains("文件结构错误（2 条）"), "\(flag.message)")
        // Chinese only: the libraries' English stays out of the report.
        #expect(!quiet.stdout.contains("Unknown operator"))

        let loud = try xueshi("scan", "--isolation", isolation, "--verbose", "--format", "jsonl", file)
        #expect(loud.status == 0)
        #expect(loud.stderr.contains("\(file): poppler: Syntax error"), "\(loud.stderr)")
        #expect(loud.stderr.contains("Unknown operator 'xyzzy'"))
    }

    @Test func aDebugLogKeepsWhatTheTerminalDoesNotShow() throws {
        let file = try Self.temporaryFile("unknown-operators.pdf", Self.pdfWithUnknownOperators())
        let dir = (file as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let log = dir + "/debug.log"
        let r = try xueshi("scan", "--debug-log", log, "--format", "jsonl", file)
        #expect(r.status == 0)
        #expect(!r.stderr.contains("Unknown operator"))
        let written = try String(contentsOfFile: log, encoding: .utf8)
        #expect(written.contains("\(file): poppler: Syntax error"), "\(written)")
    }

    /// libjpeg (through leptonica) writes "Premature end of JPEG file" straight to the worker's stderr, and
    /// leptonica says why the decode failed: neither reaches the terminal without `--verbose`.
    @Test func aWorkersOwnStderrDoesNotReachTheTerminal() throws {
        let jpeg = try Data(contentsOf: repoRoot.appendingPathComponent("corpus/scans/SCAN_0015.jpg"))
        let file = try Self.temporaryFile("cut.jpg", jpeg.prefix(jpeg.count * 6 / 10))
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        let quiet = try xueshi("scan", "--format", "jsonl", file)
        #expect(!quiet.stderr.contains("JPEG"), "\(quiet.stderr)")
        #expect(!quiet.stderr.contains("Error in"), "\(quiet.stderr)")
        let loud = try xueshi("scan", "--verbose", "--format", "jsonl", file)
        #expect(loud.stderr.contains("\(file): stderr: Premature end of JPEG file"), "\(loud.stderr)")
        #expect(loud.stderr.contains("\(file): leptonica: Error in"), "\(loud.stderr)")
    }

    /// `explain` reads in its own process: the decoder's messages are kept off the terminal there by diverting its
    /// error stream while the file is read, and the account shows the flag.
    @Test func explainIsQuietAndFlagsTheDamage() throws {
        let jpeg = try Data(contentsOf: repoRoot.appendingPathComponent("corpus/scans/SCAN_0015.jpg"))
        let file = try Self.temporaryFile("cut.jpg", jpeg.prefix(jpeg.count * 6 / 10))
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        let quiet = try xueshi("explain", file)
        #expect(quiet.status == 1 && quiet.stdout.contains("错误"), "a photo cut short cannot be read")
        #expect(!quiet.stderr.contains("JPEG") && !quiet.stderr.contains("Error in"), "\(quiet.stderr)")
        let loud = try xueshi("explain", "--verbose", file)
        #expect(loud.stderr.contains("\(file): stderr: Premature end of JPEG file"), "\(loud.stderr)")
        // A PDF that reads, with poppler's complaints: the account names the flag, the English stays out.
        let pdf = try Self.temporaryFile("unknown-operators.pdf", Self.pdfWithUnknownOperators())
        defer { try? FileManager.default.removeItem(atPath: (pdf as NSString).deletingLastPathComponent) }
        let told = try xueshi("explain", pdf)
        #expect(told.status == 0 && told.stdout.contains(FlagCode.readerWarnings.chinese), "\(told.stdout)")
        #expect(!told.stdout.contains("Unknown operator") && !told.stderr.contains("Unknown operator"))
    }

    /// `summary` reads as `scan` does: a damaged photo's decoder messages stay off the terminal there too.
    @Test func theSummaryIsQuietToo() throws {
        let jpeg = try Data(contentsOf: repoRoot.appendingPathComponent("corpus/scans/SCAN_0015.jpg"))
        let file = try Self.temporaryFile("cut.jpg", jpeg.prefix(jpeg.count * 6 / 10))
        defer { try? FileManager.default.removeItem(atPath: (file as NSString).deletingLastPathComponent) }
        let quiet = try xueshi("summary", "--year", "2025", file)
        #expect(quiet.status == 0)
        #expect(!quiet.stderr.contains("JPEG") && !quiet.stderr.contains("Error in"), "\(quiet.stderr)")
        let loud = try xueshi("summary", "--year", "2025", "--verbose", file)
        #expect(loud.stderr.contains("Premature end of JPEG file"), "\(loud.stderr)")
    }
}
