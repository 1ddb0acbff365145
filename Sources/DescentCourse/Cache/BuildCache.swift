import DescentSite
import DescentText

/// The build cache: a folder (`.descent-cache` beside the lessons folder by default) holding one
/// entry per lesson (`lessons/SLUG.bin`, a `CachedLesson`), one per page (`pages/SLUG.bin`, a
/// `CachedPage`) and one for the whole course (`course.bin`, a `CourseStamp`), each in the
/// cache's binary format (`CacheFormat`). It is never trusted over a mismatch — every entry says what it was built
/// from and is used only when that is still true — so it is safe to delete at any time, and a
/// build without it (`--no-cache`, a fresh clone in CI) writes the same bytes. Entries are
/// written atomically after a successful `descent build`; `descent check` only reads.
struct BuildCache {
    let directory: String
    /// The running binary's identity (`BinaryIdentity`): a new binary never reuses old entries.
    let binary: String

    func lesson(slug: String) -> CachedLesson? { read(CachedLesson.self, "lessons/\(slug).bin") }

    func page(slug: String) -> CachedPage? { read(CachedPage.self, "pages/\(slug).bin") }

    /// The record of the last complete build (`CourseStamp`). The file is mapped, not read: a
    /// build that changed a lesson looks at its header and a lesson or two, not at the 2 MB of
    /// output it also holds. Entries are only ever replaced by renaming a new file over them,
    /// so the mapped bytes never change under the build.
    func stamp() -> CourseStamp? {
        let url = URL(fileURLWithPath: FilePath.join(directory, "course.bin"))
        return (try? Data(contentsOf: url, options: .alwaysMapped)).flatMap(CourseStamp.decoded)
    }

    /// The file that stores `entry` for the lesson `slug`.
    func file(for entry: CachedLesson, slug: String) -> PlannedFile? { file(entry, "lessons/\(slug).bin") }

    /// The file that stores `entry` for the page `slug`.
    func file(for entry: CachedPage, slug: String) -> PlannedFile? { file(entry, "pages/\(slug).bin") }

    /// The file that stores the course's stamp.
    func file(for stamp: CourseStamp) -> PlannedFile? {
        PlannedFile(path: FilePath.join(directory, "course.bin"), contents: stamp.encoded())
    }

    private func read<Entry: BinaryRecord>(_ type: Entry.Type, _ relative: String) -> Entry? {
        guard let data = FileManager.default.contents(atPath: FilePath.join(directory, relative)) else { return nil }
        return CacheFormat.record(type, in: data)
    }

    private func file(_ entry: some BinaryRecord, _ relative: String) -> PlannedFile? {
        PlannedFile(path: FilePath.join(directory, relative), contents: CacheFormat.file(holding: entry))
    }
}

/// The identity of the running `descent` binary: its path, size and modification time. A
/// rebuilt binary gets a new identity, so the cache never reuses what an older engine computed.
enum BinaryIdentity {
    static let current: String = {
        let path = "/proc/self/exe"
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) ?? CommandLine.arguments[0]
        var status = stat()
        guard stat(executable, &status) == 0 else { return "unknown" }
        return "\(executable):\(status.st_size):\(status.st_mtim.tv_sec).\(status.st_mtim.tv_nsec)"
    }()
}
