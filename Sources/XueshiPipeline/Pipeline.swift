import Foundation
import XueshiCheck
import XueshiCore
import XueshiExtract
import XueshiNormalize
// Shells build a PolicySet for the pipeline and read proposals' rules back (summary).
@_exported import XueshiPolicy
import XueshiRead

public struct ScanOptions: Sendable, Codable {
    /// Show ID numbers in full (reports mask them by default).
    public var unmask = false
    public var read = ReadOptions()
    /// "Today" for date checks; nil = the real date.
    public var today: DayDate? = nil
    /// The conversion standard for every proposal (`--policy`); nil = the one covering each activity's date.
    public var policy: String? = nil
    public init() {}
}

/// Everything one scan produced, for `explain` and tests; `report` is what users see.
public struct ScanResult: Sendable {
    public var report: Report
    public var document: Document?
    public var view: TextView?
    public var extraction: Extraction?
    /// What the stages found that bears on confidence, so a batch can re-apply the model after its own flags.
    public var evidence: ReportEvidence? = nil
}

/// The pipeline: read → normalise → extract → classify → check → report. Stateless; safe to share.
public struct Pipeline: Sendable {
    public let extractor: Extractor
    public let policies: PolicySet
    public let options: ScanOptions
    /// Known issuers (`issuers.yaml` beside the extractor specs); empty when the file is absent or broken
    /// (`Pipeline.checkIssuers` reports a broken one).
    public let issuers: IssuerRegistry
    /// The one confidence model (`extractors/confidence.json`).
    public let confidence: ConfidenceModel

    public init(library: SpecLibrary, policies: PolicySet, options: ScanOptions = .init(),
                confidence: ConfidenceModel? = nil) {
        self.extractor = Extractor(library: library)
        self.policies = policies
        self.options = options
        self.issuers = Pipeline.issuerRegistry(directory: library.directory)
        self.confidence = confidence ?? (try? ConfidenceModel.load(directory: library.directory)) ?? .unfitted
    }

    /// Loads `issuers.yaml` and `confidence.json` from an extractors folder, throwing on a broken file (for the
    /// CLI's exit 2).
    public static func checkIssuers(directory: String) throws {
        _ = try IssuerRegistry.load(directory: directory)
        _ = try ConfidenceModel.load(directory: directory)
    }

    static func issuerRegistry(directory: String) -> IssuerRegistry {
        issuerCacheLock.lock()
        defer { issuerCacheLock.unlock() }
        if let r = issuerCache[directory] { return r }
        let r = (try? IssuerRegistry.load(directory: directory)) ?? .empty
        issuerCache[directory] = r
        return r
    }

    /// Whether this process validated a digital signature (a CLI then leaves with `_exit`, see the platform notes).
    public static var validatedSignatures: Bool { SignatureReader.didValidate }

    /// Whether an OCR engine starts on this machine (`auto`: either).
    public static func ocrAvailable(_ choice: OCRChoice) -> Bool {
        if case .success = OCREngines.engine(choice) { return true }
        return false
    }

    public func scan(file path: String, as name: String? = nil) -> ScanResult {
        let label = name ?? path
        switch FileInput.read(InputPath(path), maxBytes: options.read.maxBytes) {
        case .success(let data):
            return scan(data: data, name: label)
        case .failure(let err):
            return ScanResult(report: Report(file: label, sha256: String(repeating: "0", count: 64), error: err),
                              document: nil, view: nil, extraction: nil)
        }
    }

    /// The document's text view and fields, with what the file carries as data (embedded values, electronic
    /// seals) merged in; `mismatches`: embedded values the pages contradict.
    func extract(_ document: Document) -> (view: TextView, extraction: Extraction, mismatches: [Extractor.EmbeddedMismatch]) {
        let view = TextView(document: document)
        var extraction = extractor.extract(view)
        // An e-document's own data (OFD custom tags, an invoice's embedded XML) confirms or fills fields.
        let mismatches = extractor.merge(embedded: document.embedded, into: &extraction)
        // An electronic seal names its owner exactly, which pages sometimes print only as a logo.
        extractor.merge(sealNames: document.signatures.compactMap(\.seal?.name),
                        signerNames: document.signatures.compactMap(\.organization) + document.signatures.compactMap(\.signer),
                        into: &extraction)
        return (view, extraction, mismatches)
    }

    public func scan(data: Data, name: String) -> ScanResult {
        let sha = sha256Hex(data)
        var document: Document
        // Logos are read only when the text layer leaves the issuer unnamed (below): most certificates name it in
        // words, and reading a logo means starting an OCR engine.
        var firstRead = options.read
        firstRead.logos = .deferred
        // Safe on several threads: XueshiRead keeps poppler's shared state built once (PopplerRuntime.swift).
        switch DocumentReader.read(data: data, options: firstRead) {
        case .failure(let err):
            var report = Report(file: name, sha256: sha, format: DocumentReader.format(of: data), error: err)
            report.flags = err.code == "encrypted"
                ? [Flag(.encrypted, severity: .critical, message: "文件已加密，无法读取内容，请上传未加密的原件")] : []
            return ScanResult(report: report, document: nil, view: nil, extraction: nil)
        case .success(let d):
            document = d
        }
        let intact = document.format != .pdf || PDFStructure.crossReferenceIntact(data)
        if !intact && document.pages.allSatisfy({ $0.blocks.isEmpty && $0.imageCoverage == 0 }) {
            // Rebuilt from damaged bytes and nothing came back: reading on would only report a blank page.
            let err = ReadError.corrupt("：交叉引用表已损坏，页面内容无法恢复")
            return ScanResult(report: Report(file: name, sha256: sha, format: .pdf, pages: document.pages.count, error: err),
                              document: document, view: nil, extraction: nil)
        }
        var (view, extraction, mismatches) = extract(document)
        if document.unreadLogos > 0 && extraction.fields["issuer"] == nil {
            var full = options.read
            full.logos = .read
            if case .success(let d) = DocumentReader.read(data: data, options: full) {
                document = d
                (view, extraction, mismatches) = extract(document)
            }
        }
        let ocrRead = document.textSource == .ocr || document.textSource == .mixed
        let ocrScores = document.pages.compactMap { $0.ocr?.error == nil ? $0.ocr?.meanScore : nil }
        var evidence = ReportEvidence(
            classification: extraction.specId == nil ? 0 : extraction.classificationConfidence,
            isEvidence: extraction.isEvidence, classified: extraction.specId != nil, expected: extraction.expected,
            missing: extraction.missing, textSource: document.textSource,
            ocrMeanScore: ocrScores.isEmpty ? nil : ocrScores.reduce(0, +) / Double(ocrScores.count))
        var fields: [String: Field] = [:]
        for (k, f) in extraction.fields {
            fields[k] = Field(value: f.value, confidence: round3(f.confidence), page: f.page,
                              text: options.unmask ? f.snippet : PersonalData.maskAll(in: f.snippet), box: f.box,
                              note: f.note)
            var fe = FieldEvidence(support: f.confidence, ocrScore: f.ocrScore)
            // A lone digit read by OCR as hours (a 3 that may be an 8, a 1 that may be a stroke).
            if k == "hours", let n = f.value.number, n < 10, n == n.rounded(), let s = f.ocrScore, s < 0.97 {
                fe.loneDigit = true
            }
            evidence.fields[k] = fe
        }
        if let id = idNumber(in: view) { fields["idNumber"] = id }
        if let signer = SignatureChecks.signer(document) {
            fields["signer"] = Field(value: .string(signer), confidence: 0.99)
        }
        let today = options.today ?? Pipeline.today()
        if var code = Pipeline.verificationCode(document) {
            // A payload may carry the holder's ID number: masked like every other text unless asked otherwise.
            if !options.unmask, let v = code.value.string { code.value = .string(PersonalData.maskAll(in: v)) }
            fields["verificationCode"] = code
        }
        var checkInput = CheckInput(fields: fields, isEvidence: extraction.isEvidence, mode: extraction.mode,
                                    document: document, today: today)
        checkInput.kind = extraction.kind
        checkInput.specId = extraction.specId
        checkInput.carriesSeal = extraction.carriesSeal
        checkInput.specFlags = extraction.raises
        var flags = Checks.run(checkInput)
        for m in mismatches {
            let name = FieldNames.chinese(m.field)
            let detail = FieldNames.isPersonal(m.field) ? "与文件内嵌数据（\(m.key)）不一致"
                : "为“\(m.page)”，文件内嵌数据（\(m.key)）却是“\(m.embedded)”"
            flags.append(Flag(.embeddedMismatch, severity: .warning,
                              message: "页面上的\(name)\(detail)：同一发文单位写下的两处本应一致，页面可能被改动过"))
        }
        if ocrRead, let read = fields["issuer"]?.value.string,
           let mended = OCRMend.organisation(read, text: view.string, known: issuers.names,
                                                score: { view.ocrScore(of: $0) }) {
            // OCR misread the name where another spelling on the page (or the known-issuer list) is one or two
            // characters away: that spelling is taken, and the confidence model is told.
            fields["issuer"]?.value = .string(mended)
            evidence.fields["issuer"]?.mended = true
        }
        let known = KnownIssuers.check(issuer: fields["issuer"], isEvidence: extraction.isEvidence, registry: issuers)
        flags += known.flags
        if var fe = evidence.fields["issuer"], let issuer = fields["issuer"]?.value.string {
            fe.issuerKnown = known.match?.named == true
            fe.issuerUnknown = known.unknown
            // OCR alone is not trusted for a name: read twice on the page, or listed, or it stays doubtful.
            fe.uncorroborated = ocrRead && !fe.issuerKnown && !OCRMend.isCorroborated(issuer, in: view.string)
            evidence.fields["issuer"] = fe
            evidence.issuerKnown = fe.issuerKnown
            evidence.issuerUnknown = fe.issuerUnknown
        }
        confidence.apply(fields: &fields, evidence: evidence)
        if !document.limits.isEmpty {
            // Read in part: the report says which limit and what was left, so a partial reading is not taken for
            // the whole file.
            flags.append(Flag(.limitReached, severity: .warning,
                              message: "只读取了文件的一部分：" + document.limits.map(\.message).joined(separator: "；")))
        }
        if !intact {
            flags.append(Flag(.repairedFile, severity: .info,
                              message: "文件结构已损坏（交叉引用表无效），内容是修复后读出的，请核对原件"))
        }
        let outcome = extraction.isEvidence
            ? policies.propose(EvidenceFacts(mode: extraction.mode, kind: extraction.kind, subject: extraction.subject,
                                             activity: extraction.activity, fields: fields, text: view.string,
                                             classification: extraction.classificationConfidence),
                               policyId: options.policy)
            : PolicyOutcome()
        flags += outcome.flags
        if extraction.specId == nil && !view.chars.isEmpty {
            flags.append(Flag(.unclassified, severity: .info, message: "无法判断材料类型：没有任何类型的关键词足够匹配"))
        }
        flags = FlagMerge.onePerCode(flags)
        let report = Report(file: name, sha256: sha, format: document.format, pages: document.pages.count,
                            textSource: document.textSource, kind: extraction.kind, mode: extraction.mode,
                            subject: extraction.isEvidence ? extraction.subject : nil, fields: fields, proposal: outcome.proposal,
                            confidence: confidence.reportConfidence(evidence, flags: flags, fields: fields),
                            flags: flags, error: nil)
        return ScanResult(report: report, document: document, view: view, extraction: extraction, evidence: evidence)
    }

    /// The payload of the document's QR code (else its first barcode), for a reviewer to verify at the issuer's
    /// site: a QR code wins over barcodes, a link over other text.
    static func verificationCode(_ document: Document) -> Field? {
        let ranked = document.codes.sorted { a, b in
            func rank(_ c: CodeInfo) -> Int {
                (c.symbology == "QR-Code" ? 0 : 2) + (c.payload.lowercased().hasPrefix("http") ? 0 : 1)
            }
            return (rank(a), a.page) < (rank(b), b.page)
        }
        guard let c = ranked.first else { return nil }
        return Field(value: .string(c.payload), confidence: 0.99, page: c.page, box: c.box)
    }

    /// A resident ID number printed on the document, masked unless asked otherwise.
    func idNumber(in view: TextView) -> Field? {
        guard let r = PersonalData.idNumbers(in: view.string).first else { return nil }
        let raw = view.text(r)
        return Field(value: .string(options.unmask ? raw : PersonalData.mask(raw)), confidence: 0.95,
                     page: view.page(at: r.lowerBound), text: nil, box: view.box(of: r))
    }

    static func today() -> DayDate {
        let c = Calendar(identifier: .gregorian).dateComponents(in: TimeZone(identifier: "Asia/Shanghai")!, from: Date())
        return DayDate(year: c.year!, month: c.month!, day: c.day!)!
    }
}

let issuerCacheLock = NSLock()
nonisolated(unsafe) var issuerCache: [String: IssuerRegistry] = [:]

func round3(_ x: Double) -> Double { (x * 1000).rounded() / 1000 }
