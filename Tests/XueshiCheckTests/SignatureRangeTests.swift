import Foundation
import Testing
import XueshiCheck
import XueshiCore

/// A signed length is the file's number: one past the end, or a nonsense one in a report read back, is judged,
/// never subtracted into a trap.
@Suite struct SignatureRangeTests {
    func signed(_ length: Int?, byteCount: Int = 1000) -> Document {
        var d = Document(format: .pdf, pages: [], byteCount: byteCount, revisions: 1)
        d.signatures = [SignatureInfo(signer: "x", signingTime: nil, signatureStatus: "valid",
                                      certificateStatus: "unknown-issuer", signedLength: length, coversWholeFile: false)]
        return d
    }

    @Test func aRangePastTheFileIsAnInvalidSignature() throws {
        let flags = SignatureChecks.run(signed(5000))
        let f = try #require(flags.first { $0.code == "signature-invalid" })
        #expect(f.severity == .critical && f.message.contains("5000") && f.message.contains("1000"))
        #expect(!flags.contains { $0.code == "modified-after-signing" })
    }

    @Test func extremeLengthsDoNotTrap() {
        for length in [Int.max, Int.min, -1, Int.max - 1] {
            #expect(SignatureChecks.run(signed(length)).contains { $0.code == "signature-invalid" }, "\(length)")
        }
        #expect(SignatureChecks.run(signed(Int.min, byteCount: Int.max)).contains { $0.code == "signature-invalid" })
        #expect(SignatureChecks.run(signed(900)).contains { $0.code == "modified-after-signing" && $0.message.contains("100 字节") })
    }
}
