import Foundation
import Testing

/// A CSV opened as a spreadsheet program opens it: LibreOffice, headless, imports it as UTF-8 CSV into a workbook,
/// then writes the workbook back out as CSV. What comes back is what a reviewer would see in the cells; nil (with
/// an issue recorded) when LibreOffice is not installed.
func spreadsheetRoundTrip(_ csv: String, in dir: String) throws -> String? {
    guard let soffice = ["/usr/bin/soffice", "/usr/bin/libreoffice"].first(where: FileManager.default.isExecutableFile) else {
        Issue.record("LibreOffice is not installed (.ci/install-deps installs libreoffice-calc-nogui)")
        return nil
    }
    func office(_ args: [String]) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: soffice)
        p.arguments = ["-env:UserInstallation=file://\(dir)/lo-profile", "--headless"] + args
        p.standardOutput = FileHandle(forWritingAtPath: "/dev/null")
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run(); p.waitUntilExit()
    }
    let name = ((csv as NSString).lastPathComponent as NSString).deletingPathExtension
    // Headless LibreOffice asks no questions: the import dialog's choice (comma, quote, UTF-8) is given.
    try office(["--infilter=CSV:44,34,76,1", "--convert-to", "xlsx", "--outdir", dir + "/xlsx", csv])
    let xlsx = dir + "/xlsx/\(name).xlsx"
    #expect(FileManager.default.fileExists(atPath: xlsx))
    try office(["--convert-to", "csv:Text - txt - csv (StarCalc):44,34,76", "--outdir", dir + "/back", xlsx])
    return try String(contentsOfFile: dir + "/back/\(name).csv", encoding: .utf8)
}
