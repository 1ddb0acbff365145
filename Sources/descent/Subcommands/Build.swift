import ArgumentParser
import DescentCourse
import DescentLesson

/// `descent build [LESSON…]`: run the lessons' experiments and write the site.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Build the lessons and render the site into the output directory.",
        discussion: "Exit status: 0 built, 2 lesson errors (nothing written)."
    )

    @OptionGroup var course: CourseOptions

    @Flag(help: "Overwrite generated regions even when they were edited by hand.")
    var force = false

    @Argument(help: "Lesson files to build (default: every lesson). The index still lists all.")
    var files: [String] = []

    func run() throws {
        var builder = CourseBuilder(layout: course.layout)
        builder.force = force
        do {
            let plan = try builder.plan(only: files.isEmpty ? nil : files)
            if !plan.warnings.isEmpty { StandardError.print(DiagnosticList(plan.warnings).description) }
            let result = try PlanApplier.apply(plan)
            print("built \(plan.files.count) file\(plan.files.count == 1 ? "" : "s"): "
                  + "\(result.written.count) written, \(result.unchanged) unchanged, "
                  + "\(result.removed.count) removed")
        } catch {
            throw error.report()
        }
    }
}
