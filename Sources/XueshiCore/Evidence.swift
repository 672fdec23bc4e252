/// The training mode (the seven ways of earning hours, plus unknown).
public enum Mode: String, Codable, Sendable, CaseIterable {
    case training, practice, online, academic, research, exam, other, unknown

    public var chinese: String {
        switch self {
        case .training: "培训"
        case .practice: "实践"
        case .online: "网络学习"
        case .academic: "学术活动"
        case .research: "科研成果"
        case .exam: "考试"
        case .other: "其他"
        case .unknown: "未知"
        }
    }
}

public enum Subject: String, Codable, Sendable {
    case `public`, professional, unknown
}

public enum Severity: String, Codable, Sendable, Comparable {
    case info, warning, critical
    private var rank: Int { switch self { case .info: 0; case .warning: 1; case .critical: 2 } }
    public static func < (a: Severity, b: Severity) -> Bool { a.rank < b.rank }
}

/// A finding for a reviewer, shaped like a diagnostic: a stable code, a severity, a Chinese message, and where.
public struct Flag: Codable, Sendable, Hashable {
    public var code: String
    public var severity: Severity
    public var message: String
    public var page: Int?

    public init(code: String, severity: Severity, message: String, page: Int? = nil) {
        self.code = code; self.severity = severity; self.message = message; self.page = page
    }
}

/// A field value is a string or a number, as the schema allows.
public enum FieldValue: Codable, Sendable, Hashable, CustomStringConvertible {
    case string(String)
    case number(Double)

    public init(from decoder: Decoder) throws {
        let c = try decoder.singleValueContainer()
        if let d = try? c.decode(Double.self) { self = .number(d) } else { self = .string(try c.decode(String.self)) }
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.singleValueContainer()
        switch self {
        case .string(let s): try c.encode(s)
        case .number(let d):
            if d == d.rounded(), abs(d) < 1e15 { try c.encode(Int(d)) } else { try c.encode(d) }
        }
    }

    public var description: String {
        switch self {
        case .string(let s): s
        case .number(let d): d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d)
        }
    }

    public var number: Double? { if case .number(let d) = self { d } else { nil } }
    public var string: String? { if case .string(let s) = self { s } else { nil } }
}

public struct Field: Codable, Sendable, Hashable {
    public var value: FieldValue
    public var confidence: Double
    public var page: Int?
    public var text: String?
    public var box: [Double]?
    /// A caveat about the value: a date whose day and month could swap, and how it was read.
    public var note: String?

    public init(value: FieldValue, confidence: Double, page: Int? = nil, text: String? = nil, box: Box? = nil,
                note: String? = nil) {
        self.value = value; self.confidence = confidence; self.page = page; self.text = text
        self.box = box?.array.map { ($0 * 100).rounded() / 100 }
        self.note = note
    }
}

public struct Proposal: Codable, Sendable, Hashable {
    public var policy: String
    public var hours: Double
    public var subject: Subject?
    public var rule: String
    public var basis: String
    public var confidence: Double?

    public init(policy: String, hours: Double, subject: Subject?, rule: String, basis: String, confidence: Double?) {
        self.policy = policy; self.hours = hours; self.subject = subject; self.rule = rule
        self.basis = basis; self.confidence = confidence
    }
}
