/// How each PP-OCR process runs, given to it on its command line.
///
/// Measured on this 2-core machine (release, a one-page 200 dpi scan, 1655 × 2339 px, 17 lines):
/// detection on a 2,000 px long side 2.13 s, on 1,280 px 0.84 s; recognition 2.2 s on one ONNX thread, 1.4 s on
/// two. A batch keeps both cores busy with one page each (measured 2026-11-27: two processes of one thread read
/// 1.4 s a page, one of two threads 1.9 s); a server answering one learner's page at a time gives it both cores.
public struct PPOCRSettings: Sendable, Equatable {
    /// ONNX Runtime's intra-op threads in each process.
    public var threads: Int
    /// The long side detection runs on (rapidocr's `max_side_len`); recognition reads lines from the full image.
    /// 960: with recognition one line a run, `xueshi eval corpus/scans corpus/scans-blind` read no field worse than
    /// at 1,280 (holder 30 → 32 of 38, issue date 32 → 33 of 37), 1.79 s a page in a batch against 2.15 (2026-12-03).
    public var maxSide: Int

    /// Lines recognised in one ONNX run (rapidocr's `rec_batch_num`, 6 by default). One: a batch is padded to its
    /// widest line, and on this CPU six 48 × 320 lines in one run cost more than six runs of one (526 ms against
    /// 6 × 58 ms, 2026-12-03); over five scan pages recognition fell from 21.6 s to 11.3 s with the same text.
    public var recognitionBatch: Int

    public init(threads: Int = 1, maxSide: Int = 960, recognitionBatch: Int = 1) {
        self.threads = max(1, threads); self.maxSide = max(320, maxSide); self.recognitionBatch = max(1, recognitionBatch)
    }

    /// A batch: one thread a process, a process a core.
    public static let batch = PPOCRSettings()
    /// A server answering one upload at a time: both cores for the page.
    public static let interactive = PPOCRSettings(threads: 2)
}
