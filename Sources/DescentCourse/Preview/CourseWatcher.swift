import DescentText
import Synchronization

/// Tells the preview when the files a course is built from have changed. A protocol so that
/// tests can drive the preview loop without waiting on a clock.
public protocol CourseWatcher: Sendable {
    /// Returns once something changed since the previous call returned (or since the watcher
    /// was made).
    func nextChange() async
}

/// Watches a lessons directory by looking at it every `interval`: each file's size, change
/// time and inode, so an edit, a new or deleted file, and an editor's atomic save (a new file
/// renamed over the old one: a new inode) are all seen. Hidden files and folders (editor swap
/// files, `.git`) and Descent's own temporary files are ignored. Polling rather than inotify:
/// the same code on every system, and a scan of a course's few dozen files costs
/// microseconds.
public final class PollingCourseWatcher: CourseWatcher {
    /// The folder watched, with everything under it.
    public let directory: String
    /// How often it looks.
    public let interval: Duration
    /// At most this many files are looked at (in name order); a course needs far fewer.
    public static let fileLimit = 10_000
    private let last: Mutex<[String: FileStamp]>

    /// A watcher of `directory`; the state now is the baseline.
    public init(directory: String, interval: Duration = .milliseconds(20)) {
        self.directory = directory
        self.interval = interval
        last = Mutex(Self.stamps(in: directory))
    }

    public func nextChange() async {
        while true {
            try? await Task.sleep(for: interval)
            let now = Self.stamps(in: directory)
            let changed = last.withLock { previous in
                defer { previous = now }
                return previous != now
            }
            if changed { return }
        }
    }

    /// What is compared between two looks at a file.
    struct FileStamp: Equatable {
        var size: Int
        var inode: UInt64
        var seconds: Int
        var nanoseconds: Int
    }

    /// Every watched file under `directory`, by path.
    static func stamps(in directory: String) -> [String: FileStamp] {
        guard let names = try? FileManager.default.subpathsOfDirectory(atPath: directory) else { return [:] }
        var stamps: [String: FileStamp] = [:]
        for name in names.sorted().prefix(fileLimit) where isWatched(name) {
            var info = stat()
            let path = directory + "/" + name
            guard stat(path, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { continue }
            stamps[name] = FileStamp(
                size: Int(info.st_size), inode: UInt64(info.st_ino), seconds: Int(info.st_mtim.tv_sec),
                nanoseconds: Int(info.st_mtim.tv_nsec))
        }
        return stamps
    }

    /// Whether a path under the directory is one the course could read.
    static func isWatched(_ name: String) -> Bool {
        !name.split(separator: "/").contains { $0.hasPrefix(".") } && !name.hasSuffix(AtomicWriter.temporarySuffix)
    }
}
