import Foundation
import XueshiCore

/// The server checked against its own OpenAPI document (web/openapi.json): every answer a test gets must be a
/// status the operation lists, with a content type it lists, and a JSON body its schema accepts.
enum Contract {
    nonisolated(unsafe) static let document: [String: Any] = {
        let data = FileManager.default.contents(atPath: repo("web/openapi.json")) ?? Data("{}".utf8)
        return (try? JSONSerialization.jsonObject(with: data)) as? [String: Any] ?? [:]
    }()

    /// The operation for a method and a concrete path (`/api/evidence/ab12/pages/1.png`).
    static func operation(_ method: String, _ path: String) -> [String: Any]? {
        let paths = document["paths"] as? [String: Any] ?? [:]
        let parts = path.split(separator: "?").first.map { $0.split(separator: "/", omittingEmptySubsequences: false) } ?? []
        // Literal segments before parameters, as the router matches (`/api/declarations/export.csv` before `{id}`).
        for (template, item) in paths.sorted(by: { $0.key.filter { $0 == "{" }.count < $1.key.filter { $0 == "{" }.count }) {
            let t = template.split(separator: "/", omittingEmptySubsequences: false)
            guard t.count == parts.count else { continue }
            let fits = zip(t, parts).allSatisfy { a, b in
                guard let open = a.firstIndex(of: "{"), let close = a.firstIndex(of: "}") else { return a == b }
                // "{n}.png": the literal around the parameter must match.
                let prefix = a[..<open], suffix = a[a.index(after: close)...]
                return b.hasPrefix(prefix) && b.hasSuffix(suffix) && b.count > prefix.count + suffix.count
            }
            if fits, let op = (item as? [String: Any])?[method.lowercased()] as? [String: Any] { return op }
        }
        return nil
    }

    /// A `#/…` JSON pointer into the document.
    static func resolve(_ ref: String) -> Any? {
        guard ref.hasPrefix("#/") else { return nil }
        var node: Any? = document
        for part in ref.dropFirst(2).split(separator: "/") {
            let key = part.replacingOccurrences(of: "~1", with: "/").replacingOccurrences(of: "~0", with: "~")
            node = (node as? [String: Any])?[key]
        }
        return node
    }

    /// What is wrong with an answer, in words (empty when it keeps the document).
    static func violations(method: String, path: String, status: Int, contentType: String?, body: Data) -> [String] {
        guard let op = operation(method, path) else { return ["\(method) \(path): not in the OpenAPI document"] }
        let responses = op["responses"] as? [String: Any] ?? [:]
        guard var response = (responses[String(status)] ?? responses["default"]) as? [String: Any] else {
            return ["\(method) \(path): status \(status) not listed (\(responses.keys.sorted()))"]
        }
        // A shared response (`#/components/responses/…`).
        if let ref = response["$ref"] as? String, let shared = resolve(ref) as? [String: Any] { response = shared }
        guard let content = response["content"] as? [String: Any] else {
            return body.isEmpty ? [] : ["\(method) \(path) \(status): a body where none is listed"]
        }
        let type = contentType?.split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? ""
        guard let media = content[type] as? [String: Any] else {
            return ["\(method) \(path) \(status): content type \(type) not listed (\(content.keys.sorted()))"]
        }
        guard type == "application/json", let schema = media["schema"] else { return [] }
        var root = document
        root["$ref"] = nil
        root["allOf"] = [schema]
        do {
            let validator = try JSONSchema(data: try JSONSerialization.data(withJSONObject: root))
            return try validator.validate(body).map { "\(method) \(path) \(status): \($0)" }
        } catch {
            return ["\(method) \(path) \(status): \(error)"]
        }
    }
}
