import COpenSSL
import Foundation

/// Passwords kept as scrypt hashes (memory-hard, from OpenSSL's libcrypto, not hand-rolled):
/// `scrypt$<log2 N>$<r>$<p>$<salt, base64>$<key, base64>`. The parameters travel with the hash, so a later,
/// costlier setting still checks the older hashes.
public struct PasswordHash: Sendable {
    /// log2 of scrypt's N. 15 with r = 8 is 32 MiB and a 0.14 s login here: costly for someone trying
    /// millions of guesses, cheap for one login. Tests pass a smaller one.
    public var logN: Int
    public var r = 8
    public var p = 1

    public init(logN: Int = 15) { self.logN = logN }

    public func hash(_ password: String) -> String {
        let salt = Secrets.bytes(16)
        let key = PasswordHash.derive(password, salt: salt, logN: logN, r: r, p: p) ?? []
        return ["scrypt", String(logN), String(r), String(p), Data(salt).base64EncodedString(), Data(key).base64EncodedString()]
            .joined(separator: "$")
    }

    /// True when `password` is the one `stored` was made from. Compared in constant time.
    public func verify(_ password: String, against stored: String) -> Bool {
        let parts = stored.split(separator: "$", omittingEmptySubsequences: false).map(String.init)
        guard parts.count == 6, parts[0] == "scrypt", let logN = Int(parts[1]), let r = Int(parts[2]), let p = Int(parts[3]),
              (1...20).contains(logN), (1...32).contains(r), (1...16).contains(p),
              let salt = Data(base64Encoded: parts[4]), let key = Data(base64Encoded: parts[5]), !key.isEmpty,
              let derived = PasswordHash.derive(password, salt: [UInt8](salt), logN: logN, r: r, p: p, length: key.count)
        else { return false }
        return Secrets.equal(derived, [UInt8](key))
    }

    static func derive(_ password: String, salt: [UInt8], logN: Int, r: Int, p: Int, length: Int = 32) -> [UInt8]? {
        var key = [UInt8](repeating: 0, count: length)
        // NUL-terminated so that an empty password still has a pointer; the length excludes the NUL.
        let pass = Array(password.utf8CString)
        // maxmem: 128 × N × r × p bytes, with room for OpenSSL's own bookkeeping.
        let maxmem = UInt64(128 * (1 << logN) * r * p) + (16 << 20)
        let ok = pass.withUnsafeBufferPointer { pw in
            EVP_PBE_scrypt(pw.baseAddress, pass.count - 1, salt, salt.count, UInt64(1 << logN), UInt64(r), UInt64(p),
                           maxmem, &key, key.count)
        }
        return ok == 1 ? key : nil
    }
}
