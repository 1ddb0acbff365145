import DescentLesson
import Foundation
import DescentText

/// The directory of lessons: every `*.md` file in it, sorted by file name.
struct LessonDirectory {
    let path: String

    init(_ path: String) { self.path = path }

    /// Paths of the lessons, sorted by file name (byte order, so `02-` comes before `10-`).
    func lessonPaths() throws(DiagnosticList) -> [String] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
            throw problem("lessons directory does not exist")
        }
        guard isDirectory.boolValue else { throw problem("lessons path is not a directory") }
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: path) else {
            throw problem("cannot read lessons directory")
        }
        let lessons = names.filter { $0.hasSuffix(".md") && !$0.hasPrefix(".") }
            .sorted { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }
        guard !lessons.isEmpty else { throw problem("no lessons (*.md) in the lessons directory") }
        return lessons.map { FilePath.join(path, $0) }
    }

    private func problem(_ message: String) -> DiagnosticList {
        DiagnosticList([Diagnostic(path: path, line: 0, column: 0, message: message)])
    }
}
