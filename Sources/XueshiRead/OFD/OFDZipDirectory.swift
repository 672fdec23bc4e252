import Foundation

/// The zip's central directory as the file declares it, read in pure Swift with every read bounds-checked, before
/// ZIPFoundation sees a byte. ZIPFoundation trusts the offsets it reads (its in-memory file traps when asked to
/// read past the end) and silently skips encrypted entries, so everything it will touch is checked here first:
/// the end record, every central header, every local header and the data each one spans.
struct OFDZipDirectory {
    struct Entry {
        /// The name as stored (UTF-8, else Latin-1).
        var rawName: String
        /// Normalised (`OFDContainer.normalise`); empty for a directory.
        var name: String
        var method: UInt16
        var flags: UInt16
        var compressedSize: Int
        var uncompressedSize: Int
        var localHeaderOffset: Int
        var isDirectory: Bool
    }

    private(set) var entries: [Entry] = []

    private static let eocdSignature: UInt32 = 0x0605_4B50
    private static let zip64LocatorSignature: UInt32 = 0x0706_4B50
    private static let centralSignature: UInt32 = 0x0201_4B50
    private static let localSignature: UInt32 = 0x0403_4B50

    init(_ data: Data, limits: OFDLimits) throws(OFDError) {
        let bytes = ByteReader(data)
        let length = bytes.count
        guard length >= 22 else { throw .corrupt("不是 ZIP 容器（文件过短）") }

        // The end record sits in the last 22 + 65535 bytes (its comment is at most 64 KiB). Taking the one closest to
        // the end is what ZIPFoundation does too, so both read the same directory.
        var eocd = -1
        var at = length - 22
        let lowest = max(0, length - 22 - 0xFFFF)
        while at >= lowest {
            if bytes.u32(at) == Self.eocdSignature { eocd = at; break }
            at -= 1
        }
        guard eocd >= 0 else { throw .corrupt("不是 ZIP 容器（找不到中央目录结束记录）") }
        guard let disk = bytes.u16(eocd + 4), let cdDisk = bytes.u16(eocd + 6),
              let onDisk = bytes.u16(eocd + 8), let total = bytes.u16(eocd + 10),
              let cdSize = bytes.u32(eocd + 12), let cdOffset = bytes.u32(eocd + 16) else {
            throw .corrupt("ZIP 中央目录结束记录不完整")
        }
        // ZIP64 marks its overflowing fields with all-ones and puts a locator just before the end record. An OFD is
        // far below 4 GB and 65535 parts; refusing ZIP64 keeps ZIPFoundation on the plain path checked here.
        let zip64Locator = eocd >= 20 && bytes.u32(eocd - 20) == Self.zip64LocatorSignature
        if zip64Locator || total == 0xFFFF || onDisk == 0xFFFF || cdSize == 0xFFFF_FFFF || cdOffset == 0xFFFF_FFFF {
            throw .corrupt("ZIP64 格式的容器不受支持（OFD 文件无需 ZIP64）")
        }
        guard disk == 0, cdDisk == 0, onDisk == total else { throw .corrupt("分卷 ZIP 不受支持") }
        guard Int(total) <= limits.maxEntries else { throw .tooLarge("条目数 \(total) 超过上限 \(limits.maxEntries)") }
        let cdStart = Int(cdOffset), cdEnd = Int(cdOffset) + Int(cdSize)
        guard cdEnd <= eocd else { throw .corrupt("中央目录指向文件之外") }

        var seen = Set<String>()
        var totalBytes = 0
        var p = cdStart
        entries.reserveCapacity(Int(total))
        for _ in 0..<Int(total) {
            guard p + 46 <= cdEnd, bytes.u32(p) == Self.centralSignature,
                  let flags = bytes.u16(p + 8), let method = bytes.u16(p + 10),
                  let csize = bytes.u32(p + 20), let usize = bytes.u32(p + 24),
                  let nameLength = bytes.u16(p + 28), let extraLength = bytes.u16(p + 30),
                  let commentLength = bytes.u16(p + 32), let localOffset = bytes.u32(p + 42) else {
                throw .corrupt("中央目录条目损坏")
            }
            let nameStart = p + 46
            let next = nameStart + Int(nameLength) + Int(extraLength) + Int(commentLength)
            guard next <= cdEnd, let nameBytes = bytes.slice(nameStart, Int(nameLength)) else {
                throw .corrupt("中央目录条目越界")
            }
            p = next
            if csize == 0xFFFF_FFFF || usize == 0xFFFF_FFFF || localOffset == 0xFFFF_FFFF {
                throw .corrupt("ZIP64 格式的条目不受支持")
            }
            // Names that are not UTF-8 (GBK from older Chinese tools) are read as Latin-1: only safety checks and
            // matching need them, and OFD's own part names are ASCII.
            let raw = String(bytes: nameBytes, encoding: .utf8) ?? String(bytes: nameBytes, encoding: .isoLatin1) ?? ""
            let isDirectory = raw.hasSuffix("/") && usize == 0
            if flags & 1 != 0 { throw .encrypted }
            if nameBytes.contains(0) { throw .corrupt("条目名含有 NUL 字符") }
            if raw.contains("\\") { throw .corrupt("条目名含有反斜杠：\(raw)") }
            if raw.hasPrefix("/") || raw.contains(":") { throw .corrupt("条目名是绝对路径：\(raw)") }
            if raw.split(separator: "/").contains("..") { throw .corrupt("条目名试图跳出容器：\(raw)") }
            guard method == 0 || method == 8 else { throw .corrupt("条目 \(raw) 的压缩方法 \(method) 不受支持") }
            let compressed = Int(csize), uncompressed = Int(usize)
            if uncompressed > limits.maxPartBytes {
                throw .tooLarge("部件 \(raw) 声明解压后 \(uncompressed) 字节，超过单个部件上限")
            }
            totalBytes += uncompressed
            if totalBytes > limits.maxTotalBytes { throw .decompressionLimit(limits.maxTotalBytes, "各部件声明的解压总量超过上限") }
            if uncompressed > limits.ratioFloor,
               Double(uncompressed) > limits.maxRatio * Double(max(compressed, 1)) {
                throw .tooLarge("部件 \(raw) 的压缩比异常（疑似压缩炸弹）")
            }
            if method == 0 && compressed != uncompressed { throw .corrupt("未压缩条目 \(raw) 的大小不一致") }

            // The local header and the data it introduces must lie before the central directory.
            let local = Int(localOffset)
            guard local + 30 <= cdStart, bytes.u32(local) == Self.localSignature,
                  let localNameLength = bytes.u16(local + 26), let localExtraLength = bytes.u16(local + 28) else {
                throw .corrupt("条目 \(raw) 的本地文件头损坏")
            }
            if let localFlags = bytes.u16(local + 6), localFlags & 1 != 0 { throw .encrypted }
            let dataStart = local + 30 + Int(localNameLength) + Int(localExtraLength)
            // ZIPFoundation reads the compressed size for deflated entries and the uncompressed size for stored
            // ones, then a data descriptor after them when flag bit 3 says there is one.
            let span = method == 0 ? max(compressed, uncompressed) : compressed
            guard dataStart + span <= cdStart, flags & 8 == 0 || dataStart + span + 16 <= length else {
                throw .corrupt("条目 \(raw) 的数据超出文件范围")
            }

            // Directories are kept (unnamed) so the list stays in step with ZIPFoundation's, entry for entry.
            var name = ""
            if !isDirectory {
                guard let safe = OFDContainer.normalise(raw) else { throw .corrupt("条目名不安全：\(raw)") }
                guard seen.insert(safe).inserted else { throw .corrupt("条目重复：\(safe)") }
                name = safe
            }
            entries.append(Entry(rawName: raw, name: name, method: method, flags: flags,
                                 compressedSize: compressed, uncompressedSize: uncompressed,
                                 localHeaderOffset: local, isDirectory: isDirectory))
        }
    }
}

/// Little-endian reads that return nil instead of reading outside the buffer.
private struct ByteReader {
    let data: Data
    var count: Int { data.count }
    init(_ data: Data) { self.data = data }

    func byte(_ i: Int) -> UInt8? {
        guard i >= 0, i < data.count else { return nil }
        return data[data.startIndex + i]
    }
    func u16(_ i: Int) -> UInt16? {
        guard let a = byte(i), let b = byte(i + 1) else { return nil }
        return UInt16(a) | UInt16(b) << 8
    }
    func u32(_ i: Int) -> UInt32? {
        guard let a = u16(i), let b = u16(i + 2) else { return nil }
        return UInt32(a) | UInt32(b) << 16
    }
    func slice(_ i: Int, _ n: Int) -> Data? {
        guard i >= 0, n >= 0, i + n <= data.count else { return nil }
        return data.subdata(in: data.startIndex + i ..< data.startIndex + i + n)
    }
}
