import ArgumentParser
import DescentCourse
import DescentLesson
import DescentText

/// `descent check`: fail when the committed lessons or site differ from a fresh build.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Verify that the lessons and the output directory are up to date.",
        discussion: "Exit status: 0 fresh, 1 stale (a diff is printed), 2 lesson errors."
    )

    @OptionGroup var course: CourseOptions

    func run() throws {
        var builder = CourseBuilder(layout: course.layout)
        let progress = TerminalProgress.standardError()
        builder.progress = progress
        let plan: BuildPlan
        do { plan = try builder.plan() } catch {
            progress?.finish()
            throw error.report(writes: false)
        }
        progress?.finish()
        if !plan.warnings.isEmpty { StandardError.print(DiagnosticList(plan.warnings).description) }
        let report = StalenessReport(comparing: plan)
        guard report.isFresh else {
            print(report.description)
            throw ExitCode(1)
        }
        print("\(plan.files.count) files up to date")
    }
}
