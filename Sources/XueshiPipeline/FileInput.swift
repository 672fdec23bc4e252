import Foundation
import XueshiCore

/// Opens one file by its raw path and reads it whole, refusing what is not a regular file before opening it (a
/// FIFO would block, `/dev/zero` never ends) and what is larger than the limit before reading it.
public enum FileInput {
    public static func read(_ path: InputPath, maxBytes: Int) -> Result<Data, ReadError> {
        let fd: Int32, size: Int
        switch openRegular(path, maxBytes: maxBytes) {
        case .failure(let e): return .failure(e)
        case .success(let opened): (fd, size) = opened
        }
        defer { close(fd) }
        return readAll(fd, size: size)
    }

    /// The first `count` bytes of a regular file (fewer when it is shorter), under the same refusals as `read`;
    /// nil when it cannot be read.
    public static func head(_ path: InputPath, count: Int) -> Data? {
        guard case .success(let (fd, size)) = openRegular(path, maxBytes: .max) else { return nil }
        defer { close(fd) }
        return try? readAll(fd, size: min(size, count)).get()
    }

    /// Opens a regular file no larger than `maxBytes`: refused before opening what is not one (a FIFO would
    /// block, `/dev/zero` never ends), and checked again on the descriptor (a path swapped meanwhile).
    static func openRegular(_ path: InputPath, maxBytes: Int) -> Result<(fd: Int32, size: Int), ReadError> {
        var st = stat()
        let statted = path.withCString { stat($0, &st) }
        if statted != 0 { return .failure(error(errno)) }
        if let refusal = refusal(mode: st.st_mode) { return .failure(refusal) }
        if Int(st.st_size) > maxBytes { return .failure(.tooLarge(bytes: Int(st.st_size), limit: maxBytes)) }
        // O_NONBLOCK: a path swapped for a FIFO between the stat and the open must not block the reader.
        let fd = path.withCString { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
        if fd < 0 { return .failure(error(errno)) }
        var fst = stat()
        guard fstat(fd, &fst) == 0 else { let e = errno; close(fd); return .failure(error(e)) }
        if let refusal = refusal(mode: fst.st_mode) { close(fd); return .failure(refusal) }
        let size = Int(fst.st_size)
        if size > maxBytes { close(fd); return .failure(.tooLarge(bytes: size, limit: maxBytes)) }
        return .success((fd, size))
    }

    /// Reads up to `size` bytes from `fd`; a file that shrank while it was read is read as it now is.
    static func readAll(_ fd: Int32, size: Int) -> Result<Data, ReadError> {
        var data = Data(count: size)
        var done = 0
        let ok: Bool = data.withUnsafeMutableBytes { raw in
            while done < size {
                let n = Foundation.read(fd, raw.baseAddress! + done, size - done)
                if n < 0 { if errno == EINTR || errno == EAGAIN { continue }; return false }
                if n == 0 { break }
                done += n
            }
            return true
        }
        guard ok else { return .failure(error(errno)) }
        if done < size { data.count = done }
        return .success(data)
    }

    /// Why a file of this type is not read, or nil for a regular file.
    static func refusal(mode: mode_t) -> ReadError? {
        switch mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFDIR: return .notAFile("目录")
        case S_IFIFO: return .notAFile("命名管道 FIFO")
        case S_IFCHR: return .notAFile("字符设备")
        case S_IFBLK: return .notAFile("块设备")
        case S_IFSOCK: return .notAFile("套接字")
        default: return .notAFile("特殊文件")
        }
    }

    static func error(_ code: Int32) -> ReadError {
        switch code {
        case ENOENT, ENOTDIR: return .notFound()
        case ELOOP: return .notFound("（符号链接循环）")
        case EACCES, EPERM: return .unreadable("没有读取权限")
        default: return .unreadable(String(cString: strerror(code)))
        }
    }
}
