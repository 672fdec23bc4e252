import Foundation
import ZIPFoundation

/// Limits on what one OFD container may hold: a zip can promise little and expand to a lot.
struct OFDLimits: Sendable {
    var maxEntries = 5_000
    /// Uncompressed bytes of one part, and of all parts read from one container (`ReadOptions.maxDecompressedBytes`:
    /// past it the read fails with `decompression-limit`).
    var maxPartBytes = 64 << 20
    var maxTotalBytes = ReadOptions().maxDecompressedBytes
    /// Uncompressed over compressed size above which a part larger than `ratioFloor` is treated as a bomb.
    var maxRatio = 200.0
    var ratioFloor = 1 << 20

    init() {}

    /// The container limits a read with these options works under.
    init(_ options: ReadOptions) {
        maxTotalBytes = max(0, options.maxDecompressedBytes)
    }
}

/// The parts of an OFD zip, by their normalised path inside it ("Doc_0/Pages/Page_0/Content.xml": no leading
/// slash, no "." or ".." steps, case kept). Parts are extracted on demand, in memory only, never to disk, each
/// read bounded by the limits. Not thread-safe (it caches parts): one reader at a time.
final class OFDContainer {
    let limits: OFDLimits
    /// Every file entry's normalised path, in the zip's order.
    private(set) var names: [String] = []
    private var entries: [String: Entry] = [:]
    private let archive: Archive
    /// Uncompressed bytes extracted so far (a cached part once, an uncached one each time it is read).
    private var readBytes = 0
    private var cache: [String: Data] = [:]

    init(data: Data, limits: OFDLimits = .init()) throws(OFDError) {
        self.limits = limits
        // Everything ZIPFoundation will read is checked first (offsets, sizes, names, flags): see OFDZipDirectory.
        let directory = try OFDZipDirectory(data, limits: limits)
        do { archive = try Archive(data: data, accessMode: .read) } catch { throw .corrupt("不是完整的 ZIP 容器") }
        // ZIPFoundation walks the same central directory in the same order; pairing by position (not by name)
        // keeps non-UTF-8 names, which it decodes differently, matched.
        var index = 0
        for entry in archive {
            guard index < directory.entries.count else { throw .corrupt("ZIP 中央目录与条目不一致") }
            let declared = directory.entries[index]
            index += 1
            if declared.isDirectory { continue }
            guard entry.type == .file, entry.compressedSize == UInt64(declared.compressedSize),
                  entry.uncompressedSize == UInt64(declared.uncompressedSize) else {
                throw .corrupt("条目 \(declared.name) 的文件头与中央目录不一致")
            }
            entries[declared.name] = entry
            names.append(declared.name)
        }
        guard index == directory.entries.count else { throw .corrupt("ZIP 中央目录与条目不一致") }
    }

    func contains(_ path: String) -> Bool { OFDContainer.normalise(path).map { entries[$0] != nil } ?? false }

    /// The bytes of one part. `path` may start with "/" (OFD's absolute form, from the container's root).
    /// `cached: false` for parts read once (page content), so a long document's pages are not all held; each read
    /// still counts toward `maxTotalBytes`.
    func part(_ path: String, cached: Bool = true) throws(OFDError) -> Data {
        guard let key = OFDContainer.normalise(path) else { throw .corrupt("路径不安全：\(path)") }
        if let d = cache[key] { return d }
        guard let entry = entries[key] else { throw .corrupt("缺少部件 \(key)") }
        var out = Data()
        // Headers can lie about sizes: a part is never let grow past what it declared (a part longer than its
        // header says is corrupt anyway) nor past the ratio a real part has, so a bomb that understates its size
        // stops after a few kilobytes instead of inflating to the part limit.
        let declared = Int(clamping: entry.uncompressedSize), packed = Int(clamping: entry.compressedSize)
        let byRatio = max(limits.ratioFloor, Int(min(Double(packed) * limits.maxRatio, Double(Int.max / 2))))
        let cap = min(limits.maxPartBytes, declared + 4096, byRatio)
        let total = limits.maxTotalBytes, before = readBytes
        do {
            _ = try archive.extract(entry, skipCRC32: false) { chunk in
                // What the whole file inflates to is checked as it grows, not after a part is out.
                if before + out.count + chunk.count > total {
                    throw OFDError.decompressionLimit(total, "读取部件 \(key) 时解压总量超过上限")
                }
                if out.count + chunk.count > cap {
                    if out.count + chunk.count > limits.maxPartBytes || cap == byRatio {
                        throw OFDError.tooLarge("部件 \(key) 解压后超过 \(min(cap, limits.maxPartBytes) >> 20) MB 或超出合理压缩比")
                    }
                    throw OFDError.corrupt("部件 \(key) 解压后比文件头声明的 \(declared) 字节更长")
                }
                out.append(chunk)
            }
        } catch let e as OFDError {
            throw e
        } catch {
            throw .corrupt("部件 \(key) 无法解压")
        }
        readBytes += out.count
        if readBytes > limits.maxTotalBytes { throw .decompressionLimit(limits.maxTotalBytes, "解压后总量超过上限") }
        if cached { cache[key] = out }
        return out
    }

    /// Resolves a reference written in a part: absolute ("/Doc_0/Res/a.png") from the root, otherwise relative to
    /// the folder of `base` (the part that wrote it). Nil when it climbs out of the container.
    static func resolve(_ reference: String, from base: String) -> String? {
        let ref = reference.trimmingCharacters(in: .whitespaces)
        if ref.hasPrefix("/") { return normalise(ref) }
        let folder = base.split(separator: "/").dropLast().joined(separator: "/")
        return normalise(folder.isEmpty ? ref : folder + "/" + ref)
    }

    /// `resolve`, with one fallback: a relative reference that names no part there but does from the container's
    /// root is taken from the root (some producers write "Doc_0/Pages/Page_0/Content.xml" in Document.xml, which
    /// the standard reads as relative to Doc_0/). Nil only when the reference is unsafe.
    func locate(_ reference: String, from base: String) -> String? {
        guard let primary = OFDContainer.resolve(reference, from: base) else { return nil }
        if entries[primary] != nil { return primary }
        if let root = OFDContainer.normalise(reference.trimmingCharacters(in: .whitespaces)), entries[root] != nil { return root }
        return primary
    }

    /// A zip name as a safe relative path, or nil for names that are absolute on disk, climb out with "..",
    /// or hold NUL or backslashes.
    static func normalise(_ raw: String) -> String? {
        if raw.contains("\0") || raw.contains("\\") || raw.contains(":") { return nil }
        var parts: [Substring] = []
        for step in raw.split(separator: "/", omittingEmptySubsequences: true) {
            if step == "." { continue }
            if step == ".." { return nil }
            parts.append(step)
        }
        return parts.isEmpty ? nil : parts.joined(separator: "/")
    }
}
