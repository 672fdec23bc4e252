import COpenSSL
import Foundation
import XueshiRead

/// Random tokens and their digests: session cookies, CSRF tokens, upload ids.
enum Secrets {
    /// Bytes from OpenSSL's CSPRNG (seeded by the kernel).
    static func bytes(_ n: Int) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: n)
        if RAND_bytes(&out, Int32(n)) != 1 {
            // Never a weak fallback: the system generator is also a CSPRNG (getrandom).
            var g = SystemRandomNumberGenerator()
            for i in out.indices { out[i] = UInt8.random(in: 0...255, using: &g) }
        }
        return out
    }

    static func token(_ n: Int = 32) -> String { hex(bytes(n)) }

    static func hex(_ b: [UInt8]) -> String { b.map { String(format: "%02x", $0) }.joined() }

    /// What the store keeps of a session token.
    static func digest(_ token: String) -> String { sha256Hex(Data(token.utf8)) }

    static func equal(_ a: [UInt8], _ b: [UInt8]) -> Bool {
        guard a.count == b.count else { return false }
        var d: UInt8 = 0
        for i in a.indices { d |= a[i] ^ b[i] }
        return d == 0
    }

    static func equal(_ a: String, _ b: String) -> Bool { equal(Array(a.utf8), Array(b.utf8)) }
}
