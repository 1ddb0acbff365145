import ArgumentParser
import DescentCourse
import DescentLesson
import DescentText

/// `descent build [LESSON…]`: run the lessons' experiments and write the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the lessons and render the site into the output directory.",
        discussion: "Exit status: 0 built, 2 lesson errors (nothing written)."
    )

    @OptionGroup var course: CourseOptions

    @OptionGroup var diagnostics: DiagnosticsOption

    @Flag(help: "Overwrite generated regions even when they were edited by hand.")
    var force = false

    @Argument(help: "Lesson files to build (default: every lesson). The index still lists all.")
    var files: [String] = []

    func run() throws {
        let lock: CourseLock
        do {
            lock = try CourseLock(lessonsDirectory: course.lessons) {
                StandardStream.error.print(
                    "waiting for another build of this course to finish "
                        + "(lock: \(CourseLock.path(lessonsDirectory: course.lessons)))")
            }
        } catch { throw error.report(as: diagnostics.format) }
        defer { withExtendedLifetime(lock) {} }
        var builder = CourseBuilder(layout: try course.layout)
        builder.force = force
        let progress = TerminalProgress.standardError()
        builder.progress = progress
        let plan: BuildPlan
        do { plan = try builder.plan(only: files.isEmpty ? nil : files) } catch {
            progress?.finish()
            throw error.report(as: diagnostics.format)
        }
        progress?.finish()
        if !plan.warnings.isEmpty { DiagnosticList(plan.warnings).print(as: diagnostics.format) }
        // An I/O failure stops the build part-way: files before it may already be written,
        // so its report must not say that nothing was.
        let result: PlanApplier.Result
        do { result = try PlanApplier.apply(plan) } catch { throw error.report(writes: false, as: diagnostics.format) }
        diagnostics.summary(
            "built \(plan.files.count) file\(plan.files.count == 1 ? "" : "s"): "
                + "\(result.written.count) written, \(result.unchanged) unchanged, "
                + "\(result.removed.count) removed")
    }
}
