import Foundation

/// Where the C libraries' diagnostics go instead of the terminal: every handler (leptonica's, poppler's GLib log,
/// a worker's captured error stream) hands its lines here, and each document's read collects those said while it
/// was read (`begin` … `end`).
///
/// Process-wide because the libraries' hooks are: one handler a library, whatever thread calls it. A line goes to
/// the document its thread reads; from a thread reading none (a helper thread, the error-stream reader) it goes
/// to the one document being read, if only one is; otherwise (several at once in one process, or none) it is
/// dropped. What to do with a document's lines (print them, log them, flag the report) is the caller's choice.
public enum LibraryMessages {
    public struct Scope: Sendable, Hashable { let id: Int }

    /// Lines kept a document, and characters kept a line: a hostile file can make poppler print a line per byte.
    public static let maxLines = 200
    public static let maxLineLength = 400

    private final class Buffer {
        var lines: [LibraryMessage] = []
        var dropped = 0
    }

    private static let lock = NSLock()
    nonisolated(unsafe) private static var next = 0
    nonisolated(unsafe) private static var open: [Int: Buffer] = [:]
    nonisolated(unsafe) private static var threads: [UInt: Int] = [:]

    /// Starts collecting for a document read on this thread.
    public static func begin() -> Scope {
        lock.lock(); defer { lock.unlock() }
        next += 1
        open[next] = Buffer()
        threads[UInt(pthread_self())] = next
        return Scope(id: next)
    }

    /// Stops collecting and returns what was said; `dropped` counts lines past `maxLines`.
    public static func end(_ scope: Scope) -> (lines: [LibraryMessage], dropped: Int) {
        lock.lock(); defer { lock.unlock() }
        let buffer = open.removeValue(forKey: scope.id)
        threads = threads.filter { $0.value != scope.id }
        return (buffer?.lines ?? [], buffer?.dropped ?? 0)
    }

    /// Runs `body` as one document's read and returns what the libraries said meanwhile.
    public static func collect<T>(_ body: () -> T) -> (value: T, lines: [LibraryMessage], dropped: Int) {
        let scope = begin()
        let value = body()
        let (lines, dropped) = end(scope)
        return (value, lines, dropped)
    }

    /// Called by the handlers, on whatever thread the library runs.
    public static func receive(source: String, text: String) {
        var t = text
        while t.last == "\n" || t.last == "\r" { t.removeLast() }
        guard !t.isEmpty else { return }
        if t.count > maxLineLength { t = String(t.prefix(maxLineLength)) + "…" }
        let me = UInt(pthread_self())
        lock.lock(); defer { lock.unlock() }
        let target = threads[me].flatMap { open[$0] } ?? (open.count == 1 ? open.first?.value : nil)
        guard let buffer = target else { return }
        if buffer.lines.count < maxLines { buffer.lines.append(LibraryMessage(source: source, text: t)) } else { buffer.dropped += 1 }
    }
}
