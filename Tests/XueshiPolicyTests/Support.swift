import Foundation
import XueshiCore
import XueshiNormalize
@testable import XueshiPolicy

let repoRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

/// The shipped standards, as a deployment loads them.
let shipped: PolicySet = { try! PolicySet.load(directory: repoRoot.appendingPathComponent("policies").path) }()

/// A document as the extract stage would report it: every fact read with the given confidence.
func evidence(_ mode: Mode, _ kind: String, _ facts: [String: Any], subject: Subject? = nil, text: String = "",
              confidence: Double = 0.95, activity: String? = nil) -> EvidenceFacts {
    var fields: [String: Field] = [:]
    for (k, v) in facts {
        let value: FieldValue = (v as? Int).map { .number(Double($0)) } ?? (v as? Double).map { .number($0) } ?? .string("\(v)")
        fields[k] = Field(value: value, confidence: confidence)
    }
    return EvidenceFacts(mode: mode, kind: kind, subject: subject, activity: activity, fields: fields, text: text,
                         classification: 0.95)
}

func report(_ file: String, _ e: EvidenceFacts, policies: PolicySet = shipped, policyId: String? = nil) -> Report {
    let o = policies.propose(e, policyId: policyId)
    return Report(file: file, sha256: String(repeating: "0", count: 64), kind: e.kind, mode: e.mode, subject: e.subject,
                  fields: e.fields, proposal: o.proposal, confidence: 0.9, flags: o.flags)
}

/// One row of a standard's table: the facts a document states, and the hours the figures give.
struct Row: CustomStringConvertible, Sendable {
    var rule: String
    var mode: Mode
    var kind: String
    var facts: [String: String]
    var hours: Double
    var text = ""

    init(_ rule: String, _ mode: Mode, _ kind: String, _ facts: [String: String], _ hours: Double, text: String = "") {
        self.rule = rule; self.mode = mode; self.kind = kind; self.facts = facts; self.hours = hours; self.text = text
    }

    var evidence: EvidenceFacts {
        XueshiPolicyTests.evidence(mode, kind, facts.mapValues { Double($0).map { $0 as Any } ?? $0 }, text: text)
    }

    var description: String { "\(rule) \(facts.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " "))" }
}
