import Foundation
import Testing

/// The README's examples, run: every ```console block is a command after `$ ` and what it prints. A block whose
/// output differs from what the command prints now fails here, so the README cannot drift from the tool.
/// `XUESHI_UPDATE_README=1 swift test --filter ReadmeExamples` writes what the commands print into the README.
@Suite(.serialized) struct ReadmeExamplesTests {
    struct Example {
        var command: String
        var expected: String
        /// The block's lines in the README, command included, for rewriting.
        var range: Range<Int>
    }

    static func examples(in lines: [String]) -> [Example] {
        var out: [Example] = []
        var i = 0
        while i < lines.count {
            guard lines[i] == "```console" else { i += 1; continue }
            var j = i + 1
            while j < lines.count, lines[j] != "```" { j += 1 }
            var body = Array(lines[(i + 1)..<j])
            // A block may hold several commands, each followed by its output.
            while let first = body.first, first.hasPrefix("$ ") {
                let next = body.dropFirst().firstIndex { $0.hasPrefix("$ ") } ?? body.endIndex
                let start = i + 1 + (lines[(i + 1)..<j].count - body.count)
                out.append(Example(command: String(first.dropFirst(2)), expected: body[1..<next].joined(separator: "\n"),
                                   range: start..<(start + next)))
                body = Array(body[next...])
            }
            i = j + 1
        }
        return out
    }

    /// Runs a command as a reader would type it, in the repository, with the built `xueshi` first on PATH.
    static func run(_ command: String) throws -> String {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/bin/bash")
        p.arguments = ["-c", command]
        var env = ProcessInfo.processInfo.environment
        env["PATH"] = binary.deletingLastPathComponent().path + ":" + (env["PATH"] ?? "/usr/bin:/bin")
        p.environment = env
        p.currentDirectoryURL = repoRoot
        let out = Pipe()
        p.standardOutput = out
        p.standardError = FileHandle(forWritingAtPath: "/dev/null")
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    static func tidy(_ s: String) -> String {
        s.split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression) }
            .joined(separator: "\n").trimmingCharacters(in: .newlines)
    }

    @Test func theREADMEsExamplesPrintWhatTheySay() throws {
        let path = repoRoot.appendingPathComponent("README.md").path
        var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
        let examples = Self.examples(in: lines)
        #expect(examples.count >= 4, "the README shows the reviewer's commands")
        let update = ProcessInfo.processInfo.environment["XUESHI_UPDATE_README"] == "1"
        // Last first, so the line numbers of earlier blocks stay right while rewriting.
        for e in examples.reversed() {
            let actual = Self.tidy(try Self.run(e.command))
            if update {
                lines.replaceSubrange(e.range, with: ["$ " + e.command] + actual.components(separatedBy: "\n"))
            } else {
                #expect(actual == Self.tidy(e.expected), "README: `\(e.command)` now prints:\n\(actual)")
            }
        }
        if update { try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8) }
    }

    @Test func examplesAreFoundBlockByBlock() {
        let text = ["intro", "```console", "$ echo a", "a", "$ echo b", "b", "```", "```", "$ not this", "```"]
        let found = Self.examples(in: text)
        #expect(found.map(\.command) == ["echo a", "echo b"])
        #expect(found.map(\.expected) == ["a", "b"])
        #expect(found.map(\.range) == [2..<4, 4..<6])
    }
}
