import DescentText

/// An advisory lock (`flock`) held for a whole build, so two builds of one course never
/// interleave their writes. A second build waits for the first to finish (it says so once on
/// standard error) rather than failing: the author who saved twice quickly wants both saves
/// built. The lock file lives in the system's temporary directory, named after the lessons
/// directory's real path (`descent-FINGERPRINT.lock`, `ContentHash`), so a build that fails writes nothing into
/// the course. Builds only exclude each other when they agree on that folder (`$TMPDIR`, else
/// `/tmp`): two containers sharing a checkout but not `/tmp` are not protected.
public final class CourseLock: Sendable {
    private let descriptor: Int32

    /// The lock file for the course whose lessons are in `lessonsDirectory`.
    public static func path(lessonsDirectory: String) -> String {
        let key = ContentHash.of(AtomicWriter.resolvingSymbolicLinks(lessonsDirectory))
        let directory = ProcessInfo.processInfo.environment["TMPDIR"].flatMap { $0.isEmpty ? nil : $0 } ?? "/tmp"
        return FilePath.join(directory, "descent-\(key).lock")
    }

    /// Takes the lock for the course in `lessonsDirectory`, calling `waiting` once if another
    /// process holds it, then blocking until it is free.
    public init(lessonsDirectory: String, waiting: () -> Void) throws(DiagnosticList) {
        let path = Self.path(lessonsDirectory: lessonsDirectory)
        descriptor = open(path, O_RDONLY | O_CREAT | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else {
            throw DiagnosticList([
                Diagnostic(
                    path: path, line: 0, column: 0,
                    message: "cannot open the build lock: " + String(cString: strerror(errno)).lowercased())
            ])
        }
        if flock(descriptor, LOCK_EX | LOCK_NB) != 0 {
            waiting()
            var result = flock(descriptor, LOCK_EX)
            while result != 0, errno == EINTR { result = flock(descriptor, LOCK_EX) }
            guard result == 0 else {
                let reason = String(cString: strerror(errno)).lowercased()
                close(descriptor)
                throw DiagnosticList([
                    Diagnostic(path: path, line: 0, column: 0, message: "cannot take the build lock: " + reason)
                ])
            }
        }
    }

    /// Whether a build of the course in `lessonsDirectory` holds the lock right now.
    static func isHeld(lessonsDirectory: String) -> Bool {
        let descriptor = open(path(lessonsDirectory: lessonsDirectory), O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return false }
        defer { close(descriptor) }
        if flock(descriptor, LOCK_EX | LOCK_NB) == 0 {
            flock(descriptor, LOCK_UN)
            return false
        }
        return true
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
