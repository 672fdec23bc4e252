import Foundation

/// Whether bytes are a kind of file evidence comes in, judged by content (a name can say anything): the server
/// takes uploads by this.
public enum UploadFormat {
    /// "pdf", "ofd" or "image"; nil for anything else (HTML, text, other zip files, unknown bytes).
    public static func accepted(_ data: Data) -> String? {
        switch FormatSniffer.sniff(data) {
        case .pdf: return "pdf"
        case .ofd: return "ofd"
        case .image: return "image"
        case .zip, .html, .text, .unknown: return nil
        }
    }
}
