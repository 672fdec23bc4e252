import XueshiCore

extension Extractor {
    /// The issuer an electronic seal names, for a document whose pages name none (an ICBC receipt prints the
    /// bank's name only in its logo and its 电子回单专用章): the organisation at the head of a seal's name
    /// (中国工商银行股份有限公司电子回单专用章 → 中国工商银行股份有限公司), else of the signer certificate's
    /// organisation or of a CA-style common name (CFCA@中国电力财务有限公司@…). Only names that read as an
    /// organisation are taken; the seal is read from data, so a name is exact or absent.
    public func merge(sealNames: [String], signerNames: [String], into extraction: inout Extraction) {
        guard extraction.fields["issuer"] == nil else { return }
        let omitted = Set(library.specs.first { $0.id == extraction.specId }?.omit ?? [])
        guard !omitted.contains("issuer") else { return }
        let candidates = sealNames.map { ($0, "电子印章") } + signerNames.flatMap { name in
            name.split(separator: "@").map { (String($0), "签名证书") }
        }
        for (raw, source) in candidates {
            let chars = Array(raw.filter { !$0.isWhitespace })
            guard let range = recognizers.organisation(in: chars, from: 0), range.lowerBound <= 7 else { continue }
            let name = String(chars[range])
            extraction.fields["issuer"] = ExtractedField(
                value: .string(name), confidence: 0.85, page: nil, snippet: "", box: nil,
                why: "\(source) \(raw)", note: "页面上未读到发证单位，取自\(source)（\(raw)）")
            extraction.missing.removeAll { $0 == "issuer" }
            return
        }
    }
}
