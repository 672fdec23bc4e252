import ArgumentParser
import XueshiWorker

/// The child side of isolated reading: started by a supervisor, never by hand (hidden from help).
struct Worker: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "内部使用：隔离的读取进程 (internal: an isolated reading worker, started by scan)", shouldDisplay: false)

    func run() throws { WorkerService.run() }
}
