import DescentText
import Foundation

/// The record of the last complete `descent build` of a course: everything it read and every
/// byte it wrote. When all it read is unchanged and the disk still holds exactly what it wrote,
/// the build has nothing to do, and `CourseBuilder` answers with the files on disk without
/// parsing a lesson (the no-op path of `descent build` and `descent check`).
///
/// What it read: the `key` (binary, lessons and output folders, figure folder, `--force`, and
/// `course.toml`'s bytes), every lesson file's text in course order, and the fingerprint of every
/// data file a block read. What it wrote: every file of the plan, by path, with its complete
/// contents (compared byte for byte with the disk, never by fingerprint), and the warnings it
/// printed. Stale files cannot hide: the output manifest is one of the files, and equal to the
/// disk means the previous build produced exactly these outputs.
struct CourseStamp: Codable, Equatable {
    /// Bumped when the stamp's layout or meaning changes.
    static let format = 1

    /// A lesson as the build read it.
    struct Lesson: Codable, Equatable {
        var path: String
        var text: String
    }

    /// A data file a lesson's block read.
    struct DataFile: Codable, Equatable {
        var lessonPath: String
        var name: String
        var fingerprint: String
    }

    /// A file the build wrote (or found already up to date).
    struct File: Codable, Equatable {
        var path: String
        /// Its bytes; empty for a lesson, whose bytes are its `Lesson.text`.
        var contents: String
        /// Whether it is a lesson file (which the build read and left as it was).
        var isLesson: Bool
    }

    /// A warning the build reported (a `Diagnostic`).
    struct Warning: Codable, Equatable {
        var severity: String
        var path: String
        var line: Int
        var column: Int
        var message: String
        var sourceLine: String?
    }

    var format = Self.format
    var key: String
    var lessons: [Lesson]
    var dataFiles: [DataFile]
    var files: [File]
    var warnings: [Warning]

    /// The key for a build with these settings: `course.toml`'s fingerprint (`fingerprint`) and
    /// the rest of what a build depends on beyond its lessons and data files.
    static func key(binary: String, layout: CourseLayout, figureDirectory: String, force: Bool, settings: String)
        -> String
    {
        let material = [
            binary, layout.lessonsDirectory, layout.outputDirectory, figureDirectory, force ? "force" : "", settings,
        ]
        return ContentHash.of(material.joined(separator: "\u{0}"))
    }

    /// The fingerprint of the file at `path`: of its bytes, or `absent`, or `unreadable` (a
    /// folder, say), so that no two states a build treats differently look the same.
    static func fingerprint(ofFileAt path: String) -> String {
        guard FileManager.default.fileExists(atPath: path) else { return "absent" }
        return FileManager.default.contents(atPath: path).map { ContentHash.of([UInt8]($0)) } ?? "unreadable"
    }

    /// The stamp of a complete build: `lessons` as it read them, `plan` as it computed it. Nil
    /// when the build rewrites a lesson: a stamp only ever certifies a course that a build
    /// leaves exactly as it is, so the next build (which reads the rewritten lesson) makes one.
    /// Nil too when a file is not UTF-8 text (the stamp keeps text).
    init?(key: String, lessons: [LessonFile], dataFiles: [DataFile], plan: BuildPlan) {
        let read = Dictionary(lessons.map { ($0.path, Data($0.text.utf8)) }, uniquingKeysWith: { a, _ in a })
        var files: [File] = []
        for file in plan.files {
            if let text = read[file.path] {
                guard file.contents == text else { return nil }
                files.append(File(path: file.path, contents: "", isLesson: true))
                continue
            }
            guard let contents = String(validating: file.contents, as: UTF8.self) else { return nil }
            files.append(File(path: file.path, contents: contents, isLesson: false))
        }
        self.key = key
        self.lessons = lessons.map { Lesson(path: $0.path, text: $0.text) }
        self.dataFiles = dataFiles
        self.files = files
        self.warnings = plan.warnings.map {
            Warning(
                severity: $0.severity.rawValue, path: $0.path, line: $0.line, column: $0.column, message: $0.message,
                sourceLine: $0.sourceLine)
        }
    }

    /// The plan of a build with `key` over the lessons at `lessonPaths`, when nothing it read
    /// changed and the disk holds every file it wrote; nil otherwise (build as usual).
    func plan(key: String, lessonPaths: [String]) -> BuildPlan? {
        guard format == Self.format, self.key == key, lessons.map(\.path) == lessonPaths else { return nil }
        var read: [String: Data] = [:]
        for lesson in lessons {
            let expected = Data(lesson.text.utf8)
            guard FileManager.default.contents(atPath: lesson.path) == expected else { return nil }
            read[lesson.path] = expected
        }
        for file in dataFiles {
            guard case .file(_, let text) = DataFiles.reader(forLesson: file.lessonPath)(file.name),
                ContentHash.of(text) == file.fingerprint
            else { return nil }
        }
        var planned: [PlannedFile] = []
        for file in files {
            if file.isLesson {
                guard let text = read[file.path] else { return nil }
                planned.append(PlannedFile(path: file.path, contents: text, readContents: text))
                continue
            }
            let expected = Data(file.contents.utf8)
            guard FileManager.default.contents(atPath: file.path) == expected else { return nil }
            planned.append(PlannedFile(path: file.path, contents: expected))
        }
        let warnings = warnings.map {
            Diagnostic(
                Diagnostic.Severity(rawValue: $0.severity) ?? .warning, path: $0.path, line: $0.line, column: $0.column,
                message: $0.message,
                sourceLine: $0.sourceLine)
        }
        var plan = BuildPlan(files: planned, obsolete: [], warnings: warnings)
        plan.isFromStamp = true
        return plan
    }
}
