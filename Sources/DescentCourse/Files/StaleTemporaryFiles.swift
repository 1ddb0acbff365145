import DescentText

/// Temporary files (`.NAME.PID.descent-tmp`) left by a build that was killed between writing
/// and renaming. The next build removes those whose process is gone, in the folders it writes.
enum StaleTemporaryFiles {
    /// Removes the stale temporary files directly in each of `directories`; returns their paths.
    @discardableResult
    static func remove(in directories: [String]) -> [String] {
        var removed: [String] = []
        for directory in directories {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { continue }
            for name in names.sorted() where isStale(name) {
                let path = FilePath.join(directory, name)
                if unlink(path) == 0 { removed.append(path) }
            }
        }
        return removed
    }

    /// Whether `name` is one of our temporary files whose process no longer runs.
    static func isStale(_ name: String) -> Bool {
        guard name.hasPrefix("."), name.hasSuffix(AtomicWriter.temporarySuffix) else { return false }
        let stem = name.dropLast(AtomicWriter.temporarySuffix.count)
        guard let dot = stem.lastIndex(of: "."), let pid = Int32(stem[stem.index(after: dot)...]) else { return false }
        return pid != getpid() && kill(pid, 0) != 0 && errno == ESRCH
    }
}
