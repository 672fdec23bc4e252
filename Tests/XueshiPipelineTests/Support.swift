import Foundation
import XueshiCore
import XueshiPipeline

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

func repo(_ path: String) -> String { repoRoot.appendingPathComponent(path).path }

let library: SpecLibrary = { try! SpecLibrary.load(directory: repo("extractors")) }()

let policies: PolicySet = { try! PolicySet.load(directory: repo("policies")) }()

func scanner(unmask: Bool = false, ocr: OCRChoice = .auto) -> Pipeline {
    var o = ScanOptions()
    o.read.ocr = ocr
    o.unmask = unmask
    o.today = DayDate(year: 2026, month: 11, day: 26)
    return Pipeline(library: library, policies: policies, options: o)
}

/// Scans every labelled document under the folders and scores the reports.
func evaluate(_ folders: [String], render: Set<String>? = nil) throws -> (Evaluation, [Report]) {
    let labelled = try Labels.load(under: folders.map(repo)).filter { render == nil || render!.contains($0.label.render ?? "born-digital") }
    let results = scanner().scan(files: labelled.map(\.path))
    var e = Evaluation()
    for (i, r) in results.enumerated() { e.add(report: r.report, label: labelled[i].label) }
    return (e, results.map(\.report))
}
