import DescentLesson
import DescentSite
import Foundation

/// Computes everything a build writes — the site pages and the index — without touching disk.
///
/// `descent build` applies the plan; `descent check` compares it with the disk. Errors in any
/// lesson are collected and reported together; a plan is only produced when there are none.
public struct CourseBuilder: Sendable {
    public var layout: CourseLayout
    public var courseTitle: String

    public init(layout: CourseLayout = CourseLayout(), courseTitle: String = "Descent course") {
        self.layout = layout
        self.courseTitle = courseTitle
    }

    /// The plan for the whole course, or, when `only` names lesson files, for those lessons'
    /// pages plus the index (which always lists every lesson). Partial builds remove nothing.
    public func plan(only: [String]? = nil) throws(DiagnosticList) -> BuildPlan {
        let paths = try LessonDirectory(layout.lessonsDirectory).lessonPaths()
        let selected = try only.map { requested throws(DiagnosticList) in
            try Self.select(requested, from: paths)
        }
        try checkOutputDirectory()
        let lessons = try Self.readAll(paths)
        let siteLessons = lessons.map { lesson in
            SiteLesson(slug: lesson.slug, markdown: lesson.text,
                       allowsRawHTML: LessonOptions(scanning: lesson.text).allowsRawHTML)
        }
        let site = Site(courseTitle: courseTitle)
        let files = site.files(for: siteLessons, selected: selected).map {
            PlannedFile(path: layout.output($0.path), text: $0.contents)
        }
        let produced = Set(files.map(\.path))
        let obsolete = selected != nil ? [] : GeneratedFiles.existing(in: layout.outputDirectory)
            .map(layout.output).filter { !produced.contains($0) }
        return BuildPlan(files: files, obsolete: obsolete)
    }

    private static func readAll(_ paths: [String]) throws(DiagnosticList) -> [LessonFile] {
        var lessons: [LessonFile] = []
        var problems: [Diagnostic] = []
        for path in paths {
            do { lessons.append(try LessonFile.read(path)) } catch { problems += error.diagnostics }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return lessons
    }

    private static func select(_ requested: [String], from paths: [String]) throws(DiagnosticList) -> Set<String> {
        let byName = Dictionary(paths.map { (FilePath.fileName($0), $0) }, uniquingKeysWith: { a, _ in a })
        var slugs: Set<String> = []
        var problems: [Diagnostic] = []
        for path in requested {
            let name = FilePath.fileName(path)
            if byName[name] != nil, FileManager.default.fileExists(atPath: path) {
                slugs.insert(FilePath.stem(name))
            } else {
                problems.append(Diagnostic(path: path, line: 0, column: 0,
                                           message: "not a lesson in the lessons directory"))
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return slugs
    }

    private func checkOutputDirectory() throws(DiagnosticList) {
        var isDirectory: ObjCBool = false
        let path = layout.outputDirectory
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
            throw DiagnosticList([Diagnostic(path: path, line: 0, column: 0,
                                             message: "output path exists and is not a directory")])
        }
    }
}
