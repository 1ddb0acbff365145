import DescentLesson
import DescentText

/// The directory of lessons: every `*.md` file in it, sorted by file name.
///
/// A lesson's file name becomes its page's name and a link on every page, so it must be
/// portable: letters and digits (ASCII), `-` and `_`, then `.md` (`01-walking-downhill.md`).
/// Any other name is an error naming the file — never a link like `javascript:….html`.
struct LessonDirectory {
    let path: String

    init(_ path: String) { self.path = path }

    /// Paths of the lessons, sorted by file name (byte order, so `02-` comes before `10-`).
    func lessonPaths() throws(DiagnosticList) -> [String] {
        var isDirectory = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw problem("lessons directory does not exist")
        }
        guard isDirectory else { throw problem("lessons path is not a directory") }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw problem("cannot read lessons directory")
        }
        let lessons = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        guard !lessons.isEmpty else { throw problem("no lessons (*.md) in the lessons directory") }
        let unportable = lessons.filter { !Self.isPortable($0) }
        guard unportable.isEmpty else {
            throw DiagnosticList(
                unportable.map {
                    Diagnostic(
                        path: FilePath.join(path, $0), line: 0, column: 0,
                        message: "a lesson's file name may hold only letters, digits, '-' and '_' before '.md' "
                            + "(it names the page and its links)")
                })
        }
        return lessons.map { FilePath.join(path, $0) }
    }

    /// Whether `name` is a portable lesson file name (see the type's documentation).
    static func isPortable(_ name: String) -> Bool {
        let stem = name.dropLast(3)
        return !stem.isEmpty && stem.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    private func problem(_ message: String) -> DiagnosticList {
        DiagnosticList([Diagnostic(path: path, line: 0, column: 0, message: message)])
    }
}
