import DescentText
import Testing

@testable import DescentLesson

/// The work budget: runs × steps per experiment and per build, checked before anything runs.
@Suite struct WorkBudgetTests {
    /// `lr: 0.001, 0.002, …` with `count` rates.
    private func rates(_ count: Int) -> String {
        (1...count).map { "0.\(String(format: "%05d", $0))" }.joined(separator: ", ")
    }

    /// `start: w = 1; w = 2; …` with `count` points.
    private func starts(_ count: Int) -> String {
        (1...count).map { "w = \($0)" }.joined(separator: "; ")
    }

    @Test func tenThousandRunsOfAMillionStepsIsAnErrorAtTheBlock() {
        let lesson = block(
            "huge",
            """
            f(w) = w^2
            lr: \(rates(100))
            start: \(starts(100))
            steps: 1000000

            """)
        #expect(
            problems(lesson) == [
                "1:12: 10,000 runs × 1,000,000 steps = 10¹⁰ steps exceeds this experiment's budget of 10⁸; "
                    + "lower steps or runs, or raise it with 'budget:' (at most 10⁹)"
            ])
    }

    @Test func theMessageSaysEpochsWhenEpochsSetTheSteps() {
        let lesson = block(
            "fit",
            """
            f(w) = mean((w*x - y)^2)
            data: generate(n=100, x=(0, 1), y=2*x)
            batch: 1
            epochs: 10000
            lr: \(rates(200))

            """)
        #expect(
            problems(lesson) == [
                "1:12: 200 runs × 1,000,000 steps = 200,000,000 steps exceeds this experiment's budget of 10⁸; "
                    + "lower epochs or runs, or raise it with 'budget:' (at most 10⁹)"
            ])
    }

    @Test func budgetRaisesTheLimitUpToTheCeiling() throws {
        // 200 runs × 1,000,000 steps = 2 × 10⁸: past the default, within `budget: 2e8`. The
        // stopping rule holds at once, so the test runs nothing long.
        let body = """
            f(w) = w^2
            lr: \(rates(200))
            steps: 1000000
            stop: loss < 1e300

            """
        #expect(
            problems(block("e", body)) == [
                "1:12: 200 runs × 1,000,000 steps = 200,000,000 steps exceeds this experiment's budget of 10⁸; "
                    + "lower steps or runs, or raise it with 'budget:' (at most 10⁹)"
            ])
        #expect(problems(block("e", body + "budget: 2e8\n")) == [])
        #expect(problems(block("e", body + "budget: 1_000_000_000\n")) == [])
        #expect(
            problems(block("e", body + "budget: 1e8\n")) == [
                "1:12: 200 runs × 1,000,000 steps = 200,000,000 steps exceeds this experiment's budget of 10⁸; "
                    + "lower steps or runs, or raise it with 'budget:' (at most 10⁹)"
            ])
    }

    @Test func aBudgetPastTheCeilingOrNotAWholeNumberIsAnErrorAtItsValue() {
        #expect(
            problems(block("e", "f(w) = w^2\nbudget: 2e9\n")) == ["3:9: 'budget' may be at most 10⁹ steps, found '2e9'"]
        )
        #expect(
            problems(block("e", "f(w) = w^2\nbudget: lots\n")) == [
                "3:9: expected a whole number of steps for 'budget' (e.g. 2e8), found 'lots'"
            ])
        #expect(
            problems(block("e", "f(w) = w^2\nbudget: 1.5\n")) == [
                "3:9: expected a whole number of steps for 'budget' (e.g. 2e8), found '1.5'"
            ])
    }

    @Test func theRunCapComesBeforeTheBudgetAndCountsEveryBatchSize() {
        let lesson = block(
            "e",
            """
            f(w) = w^2
            lr: \(rates(100))
            start: \(starts(101))
            steps: 1

            """)
        #expect(problems(lesson) == ["1:12: an experiment may hold at most 10,000 runs, this one has 10,100"])
        let batched = block(
            "e",
            """
            f(w) = mean((w*x - y)^2)
            data: generate(n=10, x=(0, 1), y=2*x)
            batch: all, 1
            lr: \(rates(100))
            start: \(starts(60))
            steps: 1

            """)
        #expect(problems(batched) == ["1:12: an experiment may hold at most 10,000 runs, this one has 12,000"])
    }

    @Test func aStepCountPastItsCapHidesTheBudget() {
        let lesson = block(
            "e",
            """
            f(w) = w^2
            lr: \(rates(100))
            steps: 2000000

            """)
        #expect(problems(lesson) == ["4:8: 'steps' may be at most 1,000,000, found '2000000'"])
    }

    @Test func theCourseBudgetStopsTheExperimentThatPassesIt() {
        let text = block("a", "f(w) = w^2\nsteps: 100\n") + "\n" + block("b", "f(w) = w^2\nsteps: 100\n")
        var used = WorkBudget.courseSteps - 150
        do {
            _ = try LessonRun(SourceText(path: "l.md", text: text), readFile: { _ in .unreadable }, courseSteps: &used)
            Issue.record("expected the course budget to stop experiment b")
        } catch {
            #expect(
                error.diagnostics.map { "\($0.line):\($0.column): \($0.message)" } == [
                    "6:12: this experiment's 100 steps bring the build to 1,000,000,050 steps, past the course "
                        + "budget of 10⁹; lower steps or runs here or in earlier experiments"
                ])
        }
        #expect(used == WorkBudget.courseSteps - 50)
    }

    @Test func amountsAreWrittenAsPowersOfTenOrGroupedDigits() {
        #expect(WorkBudget.amount(100_000_000) == "10⁸")
        #expect(WorkBudget.amount(10_000_000_000) == "10¹⁰")
        #expect(WorkBudget.amount(200_000_000) == "200,000,000")
        #expect(WorkBudget.amount(1000) == "1,000")
        #expect(WorkBudget.grouped(1_000_000) == "1,000,000")
        #expect(WorkBudget.grouped(999) == "999")
    }
}
