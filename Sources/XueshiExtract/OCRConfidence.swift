import XueshiCore

/// What an OCR reading does to a field's confidence. Engines are overconfident (tesseract stayed at 82–92 on a page
/// with a third of its characters wrong; see the platform notes), so a score never raises a field: a good line
/// keeps most of what the finder earned, a doubtful one loses much of it, and OCR alone never reaches certainty.
public enum OCRConfidence {
    /// Below this line score a page is worth reading by eye (`ocr-low-confidence`).
    public static let lowLine = PageOCRInfo.lowScore

    public static func factor(_ score: Double) -> Double {
        switch score {
        case 0.97...: 0.96
        case 0.93..<0.97: 0.92
        case 0.85..<0.93: 0.8
        case 0.7..<0.85: 0.65
        default: 0.45
        }
    }

    public static func adjust(_ confidence: Double, field: String, value: Candidate.Value, snippet: String, ocrScore: Double?) -> Double {
        guard let s = ocrScore else { return confidence }
        var c = confidence * factor(s)
        // A lone digit read by OCR (a 3 that may be an 8, a 1 that may be a stroke) is never sure hours.
        if field == "hours", case .number(let n) = value, n < 10, n == n.rounded(), s < 0.97 {
            c = min(c, 0.5)
        }
        return c
    }
}
