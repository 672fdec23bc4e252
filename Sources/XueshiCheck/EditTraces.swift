import Foundation
import XueshiCore

/// Traces of editing after a document was made: incremental updates, editing tools in the metadata, a modification
/// date long after creation, info-dictionary dates that disagree with XMP.
public enum EditTraces {
    /// A modification this long after creation is an edit, not the same save.
    public static let modificationGap: TimeInterval = 30 * 86_400
    /// Info and XMP dates further apart than this disagree (time-zone slips stay under it).
    public static let metadataTolerance: TimeInterval = 86_400

    public static func run(_ doc: Document) -> [Flag] {
        // Whatever the format: revisions and sections are PDF's alone, metadata any format's that has it (an OFD's
        // DocInfo, a PDF's info dictionary and XMP); an image has neither.
        var flags: [Flag] = []
        if let f = incrementalUpdate(doc) { flags.append(f) }
        // Signing a finished file sets its modification date to the signing time: that is not an edit.
        let signingTimes = doc.signatures.filter(\.coversWholeFile).compactMap(\.signingTime)
        // Updates that are the producer's own saves leave the file as one save of its author's.
        let savedOnce = !doc.revisionSections.isEmpty && UpdateJudgement.reasons(doc).isEmpty
        let seen = metadataTraces(doc.metadata, signedAt: signingTimes, savedOnce: savedOnce)
        if !seen.isEmpty {
            flags.append(Flag(.editedMetadata, severity: .warning,
                              message: "文件元数据显示生成后被编辑过：" + seen.joined(separator: "；")))
        }
        return flags
    }

    static func incrementalUpdate(_ doc: Document) -> Flag? {
        guard let n = doc.revisions, n > 1 else { return nil }
        // Signing appends an update of its own: a file whose last signature reaches its end was not changed after.
        if doc.signatures.contains(where: \.coversWholeFile) { return nil }
        if doc.signatures.isEmpty && !doc.revisionSections.isEmpty {
            let reasons = UpdateJudgement.reasons(doc)
            guard !reasons.isEmpty else { return nil }
            return Flag(.incrementalUpdate, severity: .warning,
                        message: "文件有 \(n) 个版本：最初保存后又做过 \(n - 1) 次增量更新（文件末尾追加的修改），"
                            + reasons.joined(separator: "；") + "，内容可能在生成后被改动，请核对原件")
        }
        let signedNote = doc.signatures.isEmpty ? "" : "，其中有签名之后追加的更新"
        return Flag(.incrementalUpdate, severity: .warning,
                    message: "文件有 \(n) 个版本：最初保存后又做过 \(n - 1) 次增量更新（文件末尾追加的修改）\(signedNote)，内容可能在生成后被改动，请核对原件")
    }

    /// What the info dictionary and XMP say about editing, one phrase each. `savedOnce`: the file is a single save
    /// (no incremental update), so a modification date long after creation made by the application that created
    /// the file is its author saving their own document again (a design tool keeps the document's creation date
    /// through every save), not a later change by someone else.
    public static func metadataTraces(_ m: DocumentMetadata, signedAt: [Date] = [], savedOnce: Bool = false) -> [String] {
        var seen: [String] = []
        let creator = m.creator ?? "", producer = m.producer ?? ""
        if let tool = imageEditor(creator) ?? imageEditor(producer) {
            seen.append("由图像编辑软件 \(tool) 生成或保存（Creator：\(creator.isEmpty ? "无" : creator)，Producer：\(producer.isEmpty ? "无" : producer)）")
        } else if let tool = pdfEditor(producer), !sameFamily(creator, producer) {
            seen.append("由 \(creator.isEmpty ? "未知程序" : creator) 生成后，又用 PDF 编辑软件 \(tool) 保存（Producer：\(producer)）")
        }
        let authorsOwnSave = savedOnce && !creator.isEmpty && sameFamily(creator, producer) && pdfEditor(producer) == nil
            && imageEditor(creator) == nil && imageEditor(producer) == nil
        if let c = m.creationDate, let d = m.modificationDate, d.timeIntervalSince(c) > modificationGap, !authorsOwnSave,
           !signedAt.contains(where: { abs($0.timeIntervalSince(d)) <= metadataTolerance }) {
            seen.append("修改日期 \(day(d)) 比创建日期 \(day(c)) 晚 \(Int(clamping: d.timeIntervalSince(c) / 86_400)) 天")
        }
        if let a = m.creationDate, let b = m.xmpCreateDate, abs(a.timeIntervalSince(b)) > metadataTolerance {
            seen.append("信息字典的创建日期 \(day(a)) 与 XMP 的创建日期 \(day(b)) 不一致")
        }
        if let a = m.modificationDate, let b = m.xmpModifyDate, abs(a.timeIntervalSince(b)) > metadataTolerance {
            seen.append("信息字典的修改日期 \(day(a)) 与 XMP 的修改日期 \(day(b)) 不一致")
        }
        return seen
    }

    static let imageEditors: [(String, String)] = [
        ("photoshop", "Adobe Photoshop"), ("gimp", "GIMP"), ("美图", "美图秀秀"), ("meitu", "美图秀秀"),
        ("pixelmator", "Pixelmator"), ("paint.net", "Paint.NET"), ("mspaint", "画图"), ("画图", "画图"),
        ("picsart", "PicsArt"), ("snapseed", "Snapseed"), ("affinity photo", "Affinity Photo"), ("醒图", "醒图"),
    ]

    /// Tools whose job is changing existing PDFs (not printers or converters of the same vendors).
    static let pdfEditors: [(String, String)] = [
        ("pdf-xchange editor", "PDF-XChange Editor"), ("foxit pdf editor", "Foxit PDF Editor"),
        ("foxit phantompdf", "Foxit PhantomPDF"), ("福昕", "福昕PDF编辑器"), ("nitro", "Nitro Pro"),
        ("pdfelement", "PDFelement"), ("wondershare", "Wondershare PDFelement"), ("万兴", "万兴PDF"),
        ("smallpdf", "Smallpdf"), ("ilovepdf", "iLovePDF"), ("sejda", "Sejda"), ("pdf expert", "PDF Expert"),
        ("master pdf editor", "Master PDF Editor"), ("pdfescape", "PDFescape"), ("pdf studio", "PDF Studio"),
        ("迅捷pdf", "迅捷PDF编辑器"), ("极速pdf", "极速PDF编辑器"), ("金山pdf", "金山PDF"), ("adobe acrobat pro", "Adobe Acrobat Pro"),
        ("acrobat pro", "Adobe Acrobat Pro"), ("pdfill", "PDFill"), ("qoppa", "Qoppa PDF Studio"),
    ]

    static func imageEditor(_ s: String) -> String? {
        let l = s.lowercased()
        return imageEditors.first { l.contains($0.0) }?.1
    }

    static func pdfEditor(_ s: String) -> String? {
        let l = s.lowercased()
        guard !l.contains("printer") && !l.contains("打印") else { return nil }
        return pdfEditors.first { l.contains($0.0) }?.1
    }

    /// Creator and producer come from the same application (a file made and saved by one tool).
    static func sameFamily(_ creator: String, _ producer: String) -> Bool {
        let c = creator.lowercased(), p = producer.lowercased()
        guard !c.isEmpty else { return false }
        let word = { (s: String) in s.split(whereSeparator: { !$0.isLetter }).first.map(String.init) ?? s }
        return c.contains(word(p)) || p.contains(word(c))
    }

    static func day(_ d: Date) -> String {
        let f = DateFormatter()
        f.locale = Locale(identifier: "en_US_POSIX")
        f.timeZone = TimeZone(identifier: "Asia/Shanghai")
        f.dateFormat = "yyyy-MM-dd"
        return f.string(from: d)
    }
}
