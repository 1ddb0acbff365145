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

    @OptionGroup var diagnostics: DiagnosticsOption

    func run() throws {
        var builder = CourseBuilder(layout: try course.layout)
        let progress = TerminalProgress.standardError()
        builder.progress = progress
        let plan: BuildPlan
        do { plan = try builder.plan() } catch {
            progress?.finish()
            throw error.report(writes: false, as: diagnostics.format)
        }
        progress?.finish()
        if !plan.warnings.isEmpty { DiagnosticList(plan.warnings).print(as: diagnostics.format) }
        let report = StalenessReport(comparing: plan)
        guard report.isFresh else {
            if diagnostics.format == .text {
                print(report.description)
            } else {
                DiagnosticList(report.diagnostics).print(as: diagnostics.format)
                let total = report.diagnostics.count
                StandardStream.error.print(
                    "\(total) file\(total == 1 ? "" : "s") out of date; run 'descent build' to update")
            }
            throw ExitCode(1)
        }
        diagnostics.summary("\(plan.files.count) files up to date")
    }
}
