import DescentText

/// Writes files atomically (a temporary file in the same directory, then a rename), and only
/// when their bytes differ from what is already on disk.
///
/// - A file that is a symbolic link is written through to its target; the link stays a link.
/// - The file's permission bits are kept.
/// - With `expecting`, the file is only replaced while it still holds those bytes (what the
///   build read): a save made while the build ran is never overwritten. The bytes are compared
///   again right before the rename, which narrows the window to the rename itself.
public enum AtomicWriter {
    /// Why a write did not happen.
    public enum Failure: Error, Equatable {
        /// The file no longer holds the bytes the build read.
        case changedOnDisk
        /// The operating system refused; the reason as it says it.
        case system(String)
    }

    /// The suffix of temporary files (`.NAME.PID.descent-tmp`), so stale ones can be found.
    public static let temporarySuffix = ".descent-tmp"

    /// Writes `contents` to `path` unless identical; returns whether the file changed. With
    /// `durable` false the file is not flushed to disk before the rename (for build-cache entries,
    /// which carry their own checksum: a torn one is a miss).
    @discardableResult
    public static func write(_ contents: Data, to path: String, expecting: Data? = nil, durable: Bool = true)
        throws(Failure) -> Bool
    {
        let target = resolvingSymbolicLinks(path)
        let current = FileManager.default.contents(atPath: target)
        if current == contents { return false }
        if let expecting, current != expecting { throw .changedOnDisk }
        let url = URL(fileURLWithPath: target)
        let directory = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        } catch {
            throw .system(SystemErrorText.describe(error))
        }
        // The process id keeps two builds from renaming each other's half-written file into
        // place, and lets a later build tell a dead build's leftovers from a live one's.
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid())\(temporarySuffix)").path
        var status = stat()
        let mode = stat(target, &status) == 0 ? status.st_mode & 0o7777 : 0o644
        try writeNew(contents, to: temporary, mode: mode, durable: durable)
        if let expecting, FileManager.default.contents(atPath: target) != expecting {
            unlink(temporary)
            throw .changedOnDisk
        }
        guard rename(temporary, target) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw .system(reason)
        }
        return true
    }

    /// Creates `path` (which must not exist: a leftover of this very process is replaced), writes
    /// `contents` with one file descriptor, sets `mode` and (when `durable`) flushes to disk — no intermediate
    /// file of any library's own.
    private static func writeNew(_ contents: Data, to path: String, mode: mode_t, durable: Bool) throws(Failure) {
        unlink(path)
        let descriptor = open(path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, mode)
        guard descriptor >= 0 else { throw .system(String(cString: strerror(errno))) }
        defer { close(descriptor) }
        let written = contents.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let count = Glibc.write(descriptor, buffer.baseAddress! + offset, buffer.count - offset)
                if count < 0, errno == EINTR { continue }
                guard count > 0 else { return false }
                offset += count
            }
            return true
        }
        guard written, fchmod(descriptor, mode) == 0, !durable || fsync(descriptor) == 0 else {
            let reason = String(cString: strerror(errno))
            unlink(path)
            throw .system(reason)
        }
    }

    /// `path` with symbolic links resolved, or `path` itself when it does not exist yet.
    static func resolvingSymbolicLinks(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
