import DescentText
import Testing

@testable import DescentCourse

/// `descent check` passes right after `descent build`, for every course `CourseGrammar` draws
/// that the build accepts (seeded, so a failure names its seed). This is the property that
/// would have caught two figures written to one file name.
@Suite struct BuildCheckPropertyTests {
    @Test func checkPassesRightAfterBuild() throws {
        var accepted = 0
        for seed in UInt64(0)..<24 {
            var grammar = CourseGrammar(seed: seed)
            let course = try TemporaryCourse(lessons: grammar.course())
            let builder = CourseBuilder(
                layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
            let plan: BuildPlan
            do { plan = try builder.plan() } catch { continue }
            accepted += 1
            _ = try PlanApplier.apply(plan)
            let second = try builder.plan()
            let report = StalenessReport(comparing: second)
            #expect(report.isFresh, "seed \(seed): stale right after a build\n\(report.description)")
            let again = try PlanApplier.apply(second)
            #expect(again.written.isEmpty && again.removed.isEmpty, "seed \(seed): a second build wrote \(again)")
        }
        // The grammar is tuned so most courses are accepted; a property over none proves nothing.
        #expect(accepted >= 18, "only \(accepted) of 24 courses were accepted")
    }
}
