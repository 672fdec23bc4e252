import XueshiCore

/// `no-seal-found`: evidence of a kind that is issued under a seal, with no red seal on any rendered page.
///
/// Kinds that should carry a seal say so in their spec (`seal: true`): certificates and proofs an organisation
/// issues (training, practice, conference, lecture, academic visit, exam, award, research project, other). Not:
/// - journal papers and monographs (the evidence is the publication itself);
/// - patents: the patent office's seal on a 专利证书 is often missing from the copies applicants upload (an
///   electronic certificate printed without it, or the claims pages alone), so its absence says little;
/// - online learning records (platform printouts carry no seal);
/// - English-language certificates (signed, not sealed);
/// - anything that is not evidence.
/// Only when rendering worked on every page read (born-digital or scanned PDF pages, drawn OFD pages: whatever
/// reader lists them in `sealScannedPages`): image files (none listed) and documents whose pages were not all
/// rendered are not judged. A seal drawn as vector text (a seal block in the text layer)
/// counts as a seal too, and so does a valid digital signature (an electronic seal, 电子印章, is a signature; its
/// red appearance may be absent or not drawn), and so does any signature that carries an electronic seal (an OFD
/// 电子签章), verified or not: the stamp is there; whether it verifies is the signature checks' business.
public enum SealChecks {
    public static func run(_ input: CheckInput) -> [Flag] {
        guard input.isEvidence, input.carriesSeal,
              let doc = input.document, !doc.pages.isEmpty else { return [] }
        // Every page read was rendered, and each has text or a scan on it (blank pages and unreadable ones aside).
        let rendered = Set(doc.sealScannedPages)
        guard doc.pages.allSatisfy({ rendered.contains($0.number) }) else { return [] }
        guard doc.seals.isEmpty else { return [] }
        if doc.pages.contains(where: { $0.blocks.contains(where: \.isSeal) }) { return [] }
        if doc.signatures.contains(where: { $0.signatureStatus == "valid" || $0.seal != nil }) { return [] }
        return [Flag(.noSealFound, severity: .warning,
                     message: "这类证明材料通常应加盖发证单位的红色公章，但在页面上没有找到红色圆形或椭圆形印章：请核对原件是否盖章（复印件、黑白扫描件的印章不是红色，也会出现此提示）",
                     page: 1)]
    }
}
