import Foundation
import Testing
import XueshiCore
@testable import XueshiRead

/// Everything a read returns, in a form two reads can be compared by.
struct ReadOutcome: Equatable {
    var format: DocumentFormat?
    var pageCount: Int?
    var revisions: Int?
    var metadata: DocumentMetadata?
    var blocks: [[Block]] = []
    var pageFacts: [String] = []
    var error: String?

    init(_ result: Result<Document, ReadError>) {
        switch result {
        case .success(let d):
            format = d.format; pageCount = d.pageCount; revisions = d.revisions; metadata = d.metadata
            blocks = d.pages.map(\.blocks)
            pageFacts = d.pages.map { "\($0.number) \($0.width)x\($0.height) \($0.textSource) \($0.garbled) \($0.garbledRatio) \($0.imageCoverage)" }
        case .failure(let e):
            error = e.code
        }
    }
}

/// Every PDF of the corpus folders this package ships (born-digital, holdout, broken and the hand-made samples).
enum CorpusFiles {
    static let folders = ["corpus/docs", "corpus/holdout", "corpus/broken", "corpus/samples"]
    static let all: [(name: String, data: Data)] = folders.flatMap { folder -> [(String, Data)] in
        let dir = Samples.root.appendingPathComponent(folder)
        let names = (try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []
        return names.filter { $0.lowercased().hasSuffix(".pdf") }.sorted().compactMap { name in
            (try? Data(contentsOf: dir.appendingPathComponent(name))).map { ("\(folder)/\(name)", $0) }
        }
    }
}

final class MismatchLog: @unchecked Sendable {
    private let lock = NSLock()
    private(set) var mismatches: [String] = []
    private(set) var reads = 0
    func record(_ name: String, same: Bool) {
        lock.lock(); defer { lock.unlock() }
        reads += 1
        if !same { mismatches.append(name) }
    }
}

@Suite("Reading on several threads")
struct ConcurrencyTests {
    /// Two threads read the whole corpus, each starting at a different file, several times over; every result must
    /// equal the sequential one. Before PopplerRuntime, poppler's globalParams was built and torn down around each
    /// document and its static colour profiles were filled by whichever thread displayed a page first.
    @Test func twoThreadsReadTheCorpusLikeOne() throws {
        let files = CorpusFiles.all
        try #require(files.count >= 100, "corpus folders missing")
        let sequential = files.map { ReadOutcome(DocumentReader.read(data: $0.data)) }
        let log = MismatchLog()
        let threads = 2, rounds = 3
        for round in 0..<rounds {
            DispatchQueue.concurrentPerform(iterations: threads) { worker in
                // Opposite directions on alternate rounds, so different pairs of files overlap each time.
                let order = round % 2 == 0 ? Array(files.indices) : files.indices.reversed()
                var k = worker
                while k < order.count {
                    let i = order[k]
                    log.record(files[i].name, same: ReadOutcome(DocumentReader.read(data: files[i].data)) == sequential[i])
                    k += threads
                }
            }
        }
        #expect(log.reads == files.count * rounds)
        #expect(log.mismatches.isEmpty, "differed from the sequential read: \(Set(log.mismatches).sorted())")
        // And the process is still sound afterwards: a sequential pass gives the same again.
        for (i, file) in files.enumerated() {
            #expect(ReadOutcome(DocumentReader.read(data: file.data)) == sequential[i], "\(file.name) after the threads")
        }
    }

    /// The same document read by both threads at once (shared caches, same fonts).
    @Test func twoThreadsReadTheSameFile() throws {
        let data = try Samples.data("附件1.pdf")
        let expected = ReadOutcome(DocumentReader.read(data: data))
        let log = MismatchLog()
        DispatchQueue.concurrentPerform(iterations: 2) { _ in
            for _ in 0..<10 { log.record("附件1.pdf", same: ReadOutcome(DocumentReader.read(data: data)) == expected) }
        }
        #expect(log.mismatches.isEmpty)
    }

    @Test func runtimeIsPinned() {
        PopplerRuntime.ensureReady()
        #expect(PopplerRuntime.isPinned)
        // The warm-up document is a valid PDF the reader itself reads.
        let document = try? DocumentReader.read(data: PopplerRuntime.warmUpPDF()).get()
        #expect(document?.plainText == "xueshi")
        #expect(document?.metadata.title == "warm-up")
    }
}
