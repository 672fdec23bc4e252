import XueshiOCR

/// Every hook that takes the C libraries' diagnostics off the terminal and into `LibraryMessages`: leptonica's
/// handler and poppler's GLib log domain. Each is also installed where its library is first used; a shell calls
/// this at start so that nothing it runs prints before then.
public enum LibraryHooks {
    public static func install() {
        LeptonicaMessages.install()
        PopplerMessages.install()
    }
}
