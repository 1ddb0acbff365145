import DescentLesson
import DescentSite
import Foundation
import DescentText

/// Computes everything a build writes — the site pages and the index — without touching disk.
///
/// `descent build` applies the plan; `descent check` compares it with the disk. Errors in any
/// lesson are collected and reported together; a plan is only produced when there are none.
public struct CourseBuilder: Sendable {
    public var layout: CourseLayout

    public init(layout: CourseLayout = CourseLayout()) {
        self.layout = layout
    }

    /// Overwrite generated regions that were edited by hand.
    public var force = false

    /// The plan for the whole course, or, when `only` names lesson files, for those lessons
    /// (their file, page and figures) plus the index, which always lists every lesson. Every
    /// experiment of the course runs either way, since references may cross lessons. Partial
    /// builds remove nothing.
    public func plan(only: [String]? = nil) throws(DiagnosticList) -> BuildPlan {
        let paths = try LessonDirectory(layout.lessonsDirectory).lessonPaths()
        let selected = try only.map { requested throws(DiagnosticList) in
            try Self.select(requested, from: paths)
        }
        try checkOutputDirectory()
        let settings = try CourseSettingsFile.read(lessonsDirectory: layout.lessonsDirectory)
        let course = try CourseRun(try Self.readAll(paths))
        let outputs = try render(course)
        var files: [PlannedFile] = []
        var siteLessons: [SiteLesson] = []
        var warnings: [Diagnostic] = []
        for (lesson, output) in zip(course.lessons, outputs) {
            siteLessons.append(SiteLesson(slug: lesson.slug, markdown: output.siteMarkdown,
                                          allowsRawHTML: LessonOptions(scanning: lesson.text).allowsRawHTML))
            guard selected?.contains(lesson.slug) ?? true else { continue }
            warnings += MathWarnings.of(output.lessonText, path: lesson.path)
            files.append(PlannedFile(path: lesson.path, text: output.lessonText))
            files += output.figures.map {
                PlannedFile(path: layout.output("figures/" + $0.reference.fileName), text: $0.svg)
            }
        }
        files += Site(settings: settings).render(lessons: siteLessons, selected: selected).files.map {
            PlannedFile(path: layout.output($0.path), text: $0.contents)
        }
        let produced = Set(files.map(\.path))
        let obsolete = selected != nil ? [] : GeneratedFiles.existing(in: layout.outputDirectory)
            .map(layout.output).filter { !produced.contains($0) }
        return BuildPlan(files: files, obsolete: obsolete, warnings: warnings)
    }

    /// Each lesson's outputs; every lesson's problems are reported together.
    private func render(_ course: CourseRun) throws(DiagnosticList) -> [LessonOutput] {
        let renderer = LessonOutputBuilder(
            figureDirectoryFromLesson: RelativePath.from(layout.lessonsDirectory, to: layout.output("figures")),
            force: force)
        var outputs: [LessonOutput] = []
        var problems: [Diagnostic] = []
        for run in course.runs {
            do throws(DiagnosticList) { outputs.append(try renderer.render(run, references: course.results)) } catch {
                problems += error.diagnostics
            }
        }
        guard problems.isEmpty else { throw DiagnosticList(problems) }
        return outputs
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
