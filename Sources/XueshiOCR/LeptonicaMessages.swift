import CTesseract

/// Leptonica's errors and warnings (its own, and those it prints for tesseract: "Error in boxClipToRectangle: box
/// outside rectangle") go to `LibraryMessages`, not the terminal. Leptonica ≥ 1.79 sends every message through
/// one handler (`leptSetStderrHandler`); info-level chatter is not even formatted.
public enum LeptonicaMessages {
    /// Idempotent; Swift runs the initialiser once, whichever thread gets here first.
    private static let installed: Bool = {
        _ = setMsgSeverity(4)  // L_SEVERITY_WARNING: warnings and errors reach the handler, info does not.
        leptSetStderrHandler { text in
            guard let text else { return }
            LibraryMessages.receive(source: "leptonica", text: String(cString: text))
        }
        return true
    }()

    public static func install() { _ = installed }
}
