import DescentText

/// Resolves the symbolic links of many paths with one `realpath` per folder: a build writes
/// a hundred files into a handful of folders, and `realpath` asks the system about every
/// component of every path (a millisecond and more per build, for nothing).
///
/// A path that is itself a symbolic link is resolved in full, as `AtomicWriter` resolves it
/// before writing through it; any other path is its folder's real path and its own name. The
/// folders are resolved when the resolver is made, so it can be shared between threads.
struct PathResolver: Sendable {
    private let folders: [String: String]

    /// A resolver for `paths` (and any other path in their folders).
    init(forPathsIn paths: [String]) {
        var folders: [String: String] = [:]
        for folder in Set(paths.map(FilePath.directory)) {
            folders[folder] = AtomicWriter.resolvingSymbolicLinks(folder)
        }
        self.folders = folders
    }

    /// `path` with every symbolic link resolved, as `AtomicWriter.resolvingSymbolicLinks` gives
    /// it; for a path that does not exist yet, its name in its folder's real path.
    func resolve(_ path: String) -> String {
        var status = stat()
        if lstat(path, &status) == 0, status.st_mode & S_IFMT == S_IFLNK {
            return AtomicWriter.resolvingSymbolicLinks(path)
        }
        let folder = FilePath.directory(path)
        let real = folders[folder] ?? AtomicWriter.resolvingSymbolicLinks(folder)
        return FilePath.join(real, FilePath.fileName(path))
    }
}
