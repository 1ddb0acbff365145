import DescentText
import Testing

@testable import DescentCourse

/// `descent check` passes right after `descent build`, for courses drawn from `CourseGrammar`
/// (seeded, so a failure names its seed). This is the property that would have caught two
/// figures written to one file name.
@Suite struct BuildCheckPropertyTests {
    @Test(arguments: UInt64(0)..<24) func checkPassesRightAfterBuild(seed: UInt64) throws {
        var grammar = CourseGrammar(seed: seed)
        let course = try TemporaryCourse(lessons: grammar.course())
        let builder = CourseBuilder(
            layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
        // The grammar only draws valid courses: a refusal fails the test with its diagnostics.
        _ = try PlanApplier.apply(try builder.plan())
        let second = try builder.plan()
        let report = StalenessReport(comparing: second)
        if !report.isFresh {
            Issue.record("seed \(seed): stale right after a build: \(report.stale.map(\.path)), \(report.missing)")
        }
        let again = try PlanApplier.apply(second)
        #expect(again.written.isEmpty && again.removed.isEmpty, "seed \(seed): a second build wrote \(again)")
    }
}
