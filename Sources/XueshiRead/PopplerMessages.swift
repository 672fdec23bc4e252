import CPoppler
import XueshiOCR

/// Poppler's complaints about a file ("Syntax error at position 23221: Illegal character ')'", "xref num 5 not
/// found but needed, try to reconstruct") and poppler-glib's own criticals go to `LibraryMessages`. Poppler-glib
/// hands every poppler `error()` to GLib's log in its "Poppler" domain (info level, which GLib's default handler
/// prints only under `G_MESSAGES_DEBUG`; its criticals it always prints): one GLib handler for that domain takes
/// them all, on the thread that reads the document.
enum PopplerMessages {
    private static let installed: Bool = {
        // Every level; the two low bits are GLib's recursion and fatal flags, not levels.
        let levels = GLogLevelFlags(rawValue: ~Int32(3))
        _ = g_log_set_handler("Poppler", levels, { _, _, message, _ in
            guard let message else { return }
            LibraryMessages.receive(source: "poppler", text: String(cString: message))
        }, nil)
        return true
    }()

    static func install() { _ = installed }
}
