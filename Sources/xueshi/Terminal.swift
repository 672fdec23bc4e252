import Foundation

/// The terminal a stream writes to, asked once by the shell and handed to what prints.
enum Terminal {
    static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

    /// Columns of the terminal on `fd`; nil when it is not a terminal (a file or a pipe gets unwrapped lines).
    static func columns(_ fd: Int32 = STDOUT_FILENO) -> Int? {
        guard isTerminal(fd) else { return nil }
        var size = winsize()
        if ioctl(fd, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        return 80
    }
}
