import CPoppler
import Foundation

/// Lower-case hex SHA-256, through GLib so the package needs no crypto dependency.
public func sha256Hex(_ data: Data) -> String {
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> String in
        // GLib refuses a NULL pointer even for zero bytes.
        var zero: UInt8 = 0
        let pointer = raw.baseAddress?.assumingMemoryBound(to: guchar.self)
        guard let hex = withUnsafePointer(to: &zero, { g_compute_checksum_for_data(G_CHECKSUM_SHA256, pointer ?? $0, gsize(raw.count)) })
        else { return "" }
        defer { g_free(hex) }
        return String(cString: hex)
    }
}
