import CPoppler
import Foundation
import XueshiCore

/// Reads and validates a PDF's digital signatures through poppler-glib (NSS underneath).
///
/// Platform facts this follows (see the shared platform notes):
/// - Concurrent first validations race on NSS start-up (GENERIC_ERROR, empty signer): every validation in the
///   process runs under one lock.
/// - Validation is offline: OCSP revocation checks are skipped. A self-signed signer reads as `unknown-issuer`.
/// - poppler says nothing about whether a signature covers the whole file: the /ByteRange arrays are read from the
///   bytes here and their end compared with the file's length.
/// - A process that validated signatures may crash in NSS teardown at `exit()`: `SignatureReader.didValidate`
///   tells a command-line tool to flush and leave with `_exit`.
public enum SignatureReader {
    private static let lock = NSLock()
    private nonisolated(unsafe) static var validated = false

    /// Whether any signature was validated in this process.
    public static var didValidate: Bool {
        lock.lock(); defer { lock.unlock() }
        return validated
    }

    /// Every signature field of an open document, validated, in the order of their /ByteRange in the file.
    static func read(_ document: OpaquePointer, data: Data) -> [SignatureInfo] {
        guard poppler_document_get_n_signatures(document) > 0 else { return [] }
        guard let list = poppler_document_get_signature_fields(document) else { return [] }
        defer { g_list_free_full(list) { p in if let p { g_object_unref(p) } } }
        let ranges = byteRangeEnds(data)
        let length = data.count
        var out: [SignatureInfo] = []
        var node: UnsafeMutablePointer<GList>? = list
        var index = 0
        while let current = node {
            node = current.pointee.next
            guard let raw = current.pointee.data else { continue }
            let field = OpaquePointer(raw)
            let name = PDFReader.take(poppler_form_field_get_name(field))
            let end = index < ranges.count ? ranges[index] : nil
            index += 1
            // A range whose numbers cannot be (negative, overflowing) is nil: no signed length to report.
            var info = SignatureInfo(fieldName: name, signer: nil, signingTime: nil, signatureStatus: "not-verified",
                                     certificateStatus: "not-verified", signedLength: end,
                                     coversWholeFile: end.map { coversToEnd(data, end: $0, length: length) } ?? false)
            validate(field, into: &info)
            out.append(info)
        }
        return out
    }

    static func validate(_ field: OpaquePointer, into info: inout SignatureInfo) {
        lock.lock()
        defer { lock.unlock() }
        validated = true
        let flags = PopplerSignatureValidationFlags(rawValue:
            POPPLER_SIGNATURE_VALIDATION_FLAG_VALIDATE_CERTIFICATE.rawValue
            | POPPLER_SIGNATURE_VALIDATION_FLAG_WITHOUT_OCSP_REVOCATION_CHECK.rawValue)
        var error: UnsafeMutablePointer<GError>? = nil
        guard let sig = poppler_form_field_signature_validate_sync(field, flags, nil, &error) else {
            if error != nil { g_error_free(error) }
            info.signatureStatus = "generic-error"
            info.certificateStatus = "generic-error"
            return
        }
        defer { poppler_signature_info_free(sig) }
        if error != nil { g_error_free(error) }
        info.signatureStatus = signatureStatus(poppler_signature_info_get_signature_status(sig))
        info.certificateStatus = certificateStatus(poppler_signature_info_get_certificate_status(sig))
        if let n = poppler_signature_info_get_signer_name(sig) {
            let s = String(cString: n).trimmingCharacters(in: .whitespacesAndNewlines)
            info.signer = s.isEmpty ? nil : s
        }
        // Borrowed: owned by the signature info.
        if let t = poppler_signature_info_get_local_signing_time(sig) {
            info.signingTime = Date(timeIntervalSince1970: Double(g_date_time_to_unix(t)))
        }
    }

    static func signatureStatus(_ s: PopplerSignatureStatus) -> String {
        switch s {
        case POPPLER_SIGNATURE_VALID: "valid"
        case POPPLER_SIGNATURE_INVALID: "invalid"
        case POPPLER_SIGNATURE_DIGEST_MISMATCH: "digest-mismatch"
        case POPPLER_SIGNATURE_DECODING_ERROR: "decoding-error"
        case POPPLER_SIGNATURE_GENERIC_ERROR: "generic-error"
        case POPPLER_SIGNATURE_NOT_FOUND: "not-found"
        default: "not-verified"
        }
    }

    static func certificateStatus(_ s: PopplerCertificateStatus) -> String {
        switch s {
        case POPPLER_CERTIFICATE_TRUSTED: "trusted"
        case POPPLER_CERTIFICATE_UNTRUSTED_ISSUER: "untrusted-issuer"
        case POPPLER_CERTIFICATE_UNKNOWN_ISSUER: "unknown-issuer"
        case POPPLER_CERTIFICATE_REVOKED: "revoked"
        case POPPLER_CERTIFICATE_EXPIRED: "expired"
        case POPPLER_CERTIFICATE_GENERIC_ERROR: "generic-error"
        default: "not-verified"
        }
    }

    /// The end (offset + length of the last pair) of every `/ByteRange [a b c d]` in the file, in file order; nil
    /// for an array whose numbers cannot describe bytes of a file (negative, past Int64, overflowing when added,
    /// pairs out of order), so the signatures stay paired with their ranges and such a signature reads as one
    /// without a readable range.
    public static func byteRangeEnds(_ data: Data) -> [Int?] {
        let key = Data("/ByteRange".utf8)
        var out: [Int?] = []
        var from = data.startIndex
        while let r = data.range(of: key, in: from..<data.endIndex) {
            from = r.upperBound
            let tail = data[r.upperBound..<min(data.endIndex, r.upperBound + 200)]
            let text = String(decoding: tail, as: UTF8.self)
            guard let open = text.firstIndex(of: "["), let close = text.firstIndex(of: "]"), open < close else { continue }
            let before = text[text.startIndex..<open]
            guard before.allSatisfy(\.isWhitespace) else { continue }
            let tokens = text[text.index(after: open)..<close].split(whereSeparator: \.isWhitespace)
            guard tokens.count >= 4, tokens.count % 2 == 0 else { continue }
            out.append(rangeEnd(tokens.map { Int($0) }))
        }
        return out
    }

    /// The end of the last of `offset length` pairs, when every number is a non-negative Int, each pair's end fits
    /// in an Int and each pair starts at or after the previous one's end.
    static func rangeEnd(_ numbers: [Int?]) -> Int? {
        var end = 0
        var i = 0
        while i + 1 < numbers.count {
            guard let offset = numbers[i], let length = numbers[i + 1], offset >= 0, length >= 0, offset >= end,
                  let pairEnd = Int.checkedSum(offset, length) else { return nil }
            end = pairEnd
            i += 2
        }
        return i > 0 ? end : nil
    }

    /// The signed bytes end at the file's end, or only whitespace (and NULs) follows them.
    public static func coversToEnd(_ data: Data, end: Int, length: Int) -> Bool {
        guard end >= 0, length >= 0, length <= data.count else { return false }
        guard end < length else { return end == length }
        guard length - end <= 64 else { return false }
        return data[(data.startIndex + end)...].allSatisfy { $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 || $0 == 0x00 }
    }
}
