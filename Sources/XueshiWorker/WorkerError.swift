/// Why a worker could not be started or talked to (the supervisor turns these into reports; they never escape a batch).
enum WorkerError: Error, CustomStringConvertible {
    case spawn(String)
    case handshake(String)
    case closed
    case timeout
    var description: String {
        switch self {
        case .spawn(let s): "无法启动读取进程：\(s)"
        case .handshake(let s): "读取进程启动失败：\(s)"
        case .closed: "读取进程已退出"
        case .timeout: "读取进程无响应"
        }
    }
}
