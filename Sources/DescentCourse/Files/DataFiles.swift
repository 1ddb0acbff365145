import DescentLesson
import DescentText

/// Reads the data files experiment blocks name (`data: points.csv`).
///
/// The one rule, for `descent build`, `check` and `run` alike: a data file's path is relative to
/// the directory of the lesson that names it, whatever the working directory, and may not lead
/// out of that directory (an absolute path, `..`, a symbolic link out): such a file is not read.
public enum DataFiles {
    /// A reader for the blocks of the lesson at `lessonPath`.
    public static func reader(forLesson lessonPath: String) -> DataFileReader {
        reader(relativeTo: FilePath.directory(lessonPath))
    }

    /// A reader resolving names relative to `directory`, which they may not leave: an absolute
    /// name, or one whose real path (symbolic links resolved) is outside `directory`, is refused
    /// without being read.
    static func reader(relativeTo directory: String) -> DataFileReader {
        { name in
            guard !name.hasPrefix("/") else { return .outsideCourse }
            let path = FilePath.join(directory, name)
            let root = AtomicWriter.resolvingSymbolicLinks(directory)
            let real = AtomicWriter.resolvingSymbolicLinks(path)
            guard real.hasPrefix(root.hasSuffix("/") ? root : root + "/") else {
                return FileManager.default.fileExists(atPath: path) || name.contains("..")
                    ? .outsideCourse : .unreadable
            }
            guard let data = FileManager.default.contents(atPath: real),
                let text = data.withUnsafeBytes({ UTF8Decoding.string($0.bindMemory(to: UInt8.self)) })
            else { return .unreadable }
            return .file(path: path, text: text)
        }
    }
}
