import ArgumentParser

/// When `scan` draws its progress line: on a terminal only (the default), always (a test, a `script` log), never.
enum ProgressChoice: String, ExpressibleByArgument, CaseIterable {
    case auto, always, never

    func shows(terminal: Bool) -> Bool {
        switch self {
        case .auto: terminal
        case .always: true
        case .never: false
        }
    }
}
