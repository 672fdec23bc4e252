/// Where a batch's documents stand in the queue. `done` counts those read in this or an earlier run (a document
/// already read under the same versions is done without a queue row).
public struct QueueCounts: Codable, Sendable, Hashable {
    public var total = 0
    public var pending = 0
    public var claimed = 0
    public var done = 0

    public init(total: Int = 0, pending: Int = 0, claimed: Int = 0, done: Int = 0) {
        self.total = total; self.pending = pending; self.claimed = claimed; self.done = done
    }

    public var finished: Bool { pending == 0 && claimed == 0 }
}
