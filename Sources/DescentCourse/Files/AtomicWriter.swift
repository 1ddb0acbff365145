import Foundation

/// Writes files atomically (a temporary file in the same directory, then a rename), and only
/// when their bytes differ from what is already on disk.
public enum AtomicWriter {
    /// Writes `contents` to `path` unless identical; returns whether the file changed.
    @discardableResult
    public static func write(_ contents: Data, to path: String) throws -> Bool {
        let manager = FileManager.default
        if manager.contents(atPath: path) == contents { return false }
        let url = URL(fileURLWithPath: path)
        let directory = url.deletingLastPathComponent()
        try manager.createDirectory(at: directory, withIntermediateDirectories: true)
        // The process id keeps two builds of the same course from renaming each other's
        // half-written temporary file into place.
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).descent-tmp")
        try contents.write(to: temporary)
        guard rename(temporary.path, url.path) == 0 else {
            let reason = String(cString: strerror(errno))
            try? manager.removeItem(at: temporary)
            throw CocoaError(.fileWriteUnknown, userInfo: [NSLocalizedDescriptionKey: reason])
        }
        return true
    }
}
