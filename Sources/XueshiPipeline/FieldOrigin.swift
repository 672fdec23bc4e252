import Foundation
import XueshiCore
import XueshiExtract

/// Where a reported value came from, for a reviewer to find it on the page: the page, the line it stands on, and
/// how it was read (method codes named by `ReadingMethods`).
package struct FieldOrigin: Sendable, Equatable {
    package var page: Int?
    /// The whole line the value was read from (unmasked: the account masks what it prints).
    package var line: String?
    package var methods: [String]

    /// Works it out from what the scan kept: the extracted field's note of its source (data merged from the
    /// file, a seal, a derived value), else the trace step whose finder proposed the winning value, and the page's
    /// text source (OCR or the text layer).
    package static func of(_ name: String, in result: ScanResult) -> FieldOrigin {
        let field = result.report.fields[name]
        var origin = FieldOrigin(page: field?.page, line: nil, methods: [])
        origin.line = wholeLine(of: field, in: result.view)
        let medium = origin.page.flatMap { page in result.document?.pages.first { $0.number == page } }
            .map { $0.textSource == .ocr ? "ocr" : "textLayer" }
        switch name {
        case "signer": origin.methods = ["signature"]; return origin
        case "verificationCode":
            let payload = field?.value.string
            let code = result.document?.codes.first { $0.payload == payload && $0.page == field?.page }
            origin.methods = [code.map { $0.symbology == "QR-Code" ? "qr" : "barcode" } ?? "qr"]
            return origin
        case "idNumber": origin.methods = ["idNumber"] + (medium.map { [$0] } ?? []); return origin
        default: break
        }
        if let why = result.extraction?.fields[name]?.why {
            // Values merged from the file's data carry their source in `why` (EmbeddedMerge, SealIssuer, derive).
            for (prefix, method) in [("embedded ", "embedded"), ("电子印章 ", "electronicSeal"),
                                     ("签名证书 ", "signerCertificate"), ("days from ", "derived")]
            where why.hasPrefix(prefix) {
                origin.methods = [method]
                return origin
            }
        }
        if let finder = winningFinder(name, result.extraction) {
            let kind = String(finder.prefix { $0 != " " })
            // A seal's arc read as text is named for the seal, not for the finder that picked the name off it.
            origin.methods = finder.contains(" in seal") ? ["seal"] : [kind]
        }
        if let medium { origin.methods.append(medium) }
        return origin
    }

    /// The finder (as the trace describes it: its kind first) whose candidate won. The trace records each
    /// finder's candidates as "value (score) why" and the winner as "value (score)…": the step holding that value
    /// with the highest score is the one the value was taken from.
    static func winningFinder(_ name: String, _ extraction: Extraction?) -> String? {
        let traced = name == "startDate" || name == "endDate" ? "period" : name
        guard let trace = extraction?.traces.first(where: { $0.field == traced }), let chosen = trace.chosen,
              let cut = chosen.range(of: " (") else { return nil }
        let prefix = chosen[..<cut.upperBound]
        var best: (finder: String, score: Double)? = nil
        for step in trace.steps {
            for found in step.found where found.hasPrefix(prefix) {
                let score = Double(found[prefix.endIndex...].prefix { $0 != ")" }) ?? 0
                if best == nil || score > best!.score { best = (step.finder, score) }
            }
        }
        return best?.finder
    }

    /// The printed line (or lines) the value stands on: the view's lines on its page that its box overlaps. The
    /// report's snippet is cut from the flowing text, where a wrapped paragraph is one line, so it can start on
    /// the line above; a reviewer looks for the line as printed. The snippet when the value has no box.
    static func wholeLine(of field: Field?, in view: TextView?) -> String? {
        guard let field else { return nil }
        let snippet = field.text?.trimmingCharacters(in: .whitespaces)
        guard let view, let b = field.box, b.count == 4, let page = field.page else {
            return snippet?.isEmpty == false ? snippet : nil
        }
        // Overlap by more than a sliver: a value's box touches the line above only at its edge.
        let lines = view.lines.filter { l in
            l.page == page && min(l.box.x1, b[2]) > max(l.box.x0, b[0])
                && min(l.box.y1, b[3]) - max(l.box.y0, b[1]) > 0.3 * min(l.box.y1 - l.box.y0, b[3] - b[1])
        }
        guard !lines.isEmpty else { return snippet?.isEmpty == false ? snippet : nil }
        return lines.map { view.text($0.range) }.joined()
    }
}
