import Foundation

/// One document's report: the contract in evidence.schema.json (schemaVersion 1).
public struct Report: Codable, Sendable {
    public var schemaVersion: String = "1"
    public var file: String
    public var sha256: String
    public var format: DocumentFormat
    public var pages: Int
    public var textSource: TextSource
    public var kind: String
    public var mode: Mode
    public var subject: Subject?
    public var fields: [String: Field]
    public var proposal: Proposal?
    public var confidence: Double
    public var flags: [Flag]
    public var error: ReadError?

    public init(file: String, sha256: String, format: DocumentFormat = .unknown, pages: Int = 0,
                textSource: TextSource = .none, kind: String = "unknown", mode: Mode = .unknown,
                subject: Subject? = nil, fields: [String: Field] = [:], proposal: Proposal? = nil,
                confidence: Double = 0, flags: [Flag] = [], error: ReadError? = nil) {
        self.file = file; self.sha256 = sha256; self.format = format; self.pages = pages
        self.textSource = textSource; self.kind = kind; self.mode = mode; self.subject = subject
        self.fields = fields; self.proposal = proposal; self.confidence = confidence; self.flags = flags
        self.error = error
    }

    enum CodingKeys: String, CodingKey {
        case schemaVersion, file, sha256, format, pages, textSource, kind, mode, subject, fields, proposal,
             confidence, flags, error
    }

    // proposal and error are written as null when absent, so readers see the key.
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(schemaVersion, forKey: .schemaVersion)
        try c.encode(file, forKey: .file)
        try c.encode(sha256, forKey: .sha256)
        try c.encode(format, forKey: .format)
        try c.encode(pages, forKey: .pages)
        try c.encode(textSource, forKey: .textSource)
        try c.encode(kind, forKey: .kind)
        try c.encode(mode, forKey: .mode)
        try c.encodeIfPresent(subject, forKey: .subject)
        try c.encode(fields, forKey: .fields)
        try c.encode(proposal, forKey: .proposal)
        try c.encode((confidence * 1000).rounded() / 1000, forKey: .confidence)
        try c.encode(flags, forKey: .flags)
        try c.encode(error, forKey: .error)
    }

    public static func encoder(pretty: Bool) -> JSONEncoder {
        let e = JSONEncoder()
        e.outputFormatting = pretty ? [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes] : [.sortedKeys, .withoutEscapingSlashes]
        return e
    }
}
