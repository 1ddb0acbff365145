import Testing

@testable import DescentLesson

/// Long summary and convergence tables: first rows, the best, the last rows and counted gaps.
@Suite struct RunRowsTests {
    @Test func rowsFitWithinTheLimitAreAllShown() {
        #expect(RunRows(count: 5, limit: 12, keeping: 2).shown == [0, 1, 2, 3, 4])
        #expect(!RunRows(count: 12, limit: 12, keeping: nil).isElided)
    }

    @Test func aLongTableKeepsItsHeadTheBestAndItsTail() {
        #expect(RunRows(count: 4000, limit: 12, keeping: nil).shown == Array(0..<9) + [3997, 3998, 3999])
        #expect(RunRows(count: 4000, limit: 12, keeping: 1500).shown == Array(0..<8) + [1500, 3997, 3998, 3999])
        #expect(RunRows(count: 4000, limit: 12, keeping: 3).shown == Array(0..<9) + [3997, 3998, 3999])
        #expect(RunRows(count: 4000, limit: 12, keeping: 3998).shown == Array(0..<9) + [3997, 3998, 3999])
        #expect(RunRows(count: 100, limit: 1, keeping: 50).shown == [50])
        #expect(RunRows(count: 100, limit: 2, keeping: nil).shown == [0, 99])
    }

    @Test func aLongConvergenceTableIsElidedAndSaysWhereTheRestIs() throws {
        let rates = (1...40).map { String(format: "%.2f", Double($0) * 0.05) }.joined(separator: ", ")
        let lesson = block(
            "many",
            """
            f(w) = w^2
            start: w = -3
            lr: \(rates)
            steps: 400
            stop: |grad| < 0.001
            rows: 6
            show: convergence, summary

            """)
        let text = try render(lesson).output.lessonText
        let region = text.split(separator: "\n", omittingEmptySubsequences: false).drop { !$0.hasPrefix("<!--") }
        #expect(
            region.map(String.init) == [
                "<!-- descent:begin many sum=03b49a02 -->",
                "<!-- table: Iterations to converge for each setting of many -->",
                "| setting | outcome | iterations | final loss |",
                "|:---|:---|---:|---:|",
                "| η = 0.05 | converged | 83 | 2.28e-7 |",
                "| η = 0.1 | converged | 39 | 2.48e-7 |",
                "| ⋮ |  |  | 7 runs omitted |",
                "| η = 0.5 ★ | converged | 1 | 0 |",
                "| ⋮ |  |  | 27 runs omitted |",
                "| η = 1.9 | diverged | 13 | 3.8e12 |",
                "| η = 1.95 | diverged | 12 | 1.13e12 |",
                "| η = 2 | diverged | 12 | 2.54e12 |",
                "",
                "★ fastest to converge: η = 0.5 (converged at iteration 1).",
                "",
                "Showing 6 of 40 runs; `descent run LESSON --id many` prints every one.",
                "",
                "<!-- table: Final values of each run of many -->",
                "| run | outcome | final w | final loss |",
                "|:---|:---|---:|---:|",
                "| η = 0.05 | converged at iteration 83 | -0.000478 | 2.28e-7 |",
                "| η = 0.1 | converged at iteration 39 | -0.000498 | 2.48e-7 |",
                "| ⋮ |  |  | 7 runs omitted |",
                "| η = 0.5 | converged at iteration 1 | 0 | 0 |",
                "| ⋮ |  |  | 27 runs omitted |",
                "| η = 1.9 | diverged at iteration 13 | 1.95e6 | 3.8e12 |",
                "| η = 1.95 | diverged at iteration 12 | -1.06e6 | 1.13e12 |",
                "| η = 2 | diverged at iteration 12 | -1.59e6 | 2.54e12 |",
                "",
                "Showing 6 of 40 runs; `descent run LESSON --id many` prints every one.",
                "<!-- descent:end many -->",
                "",
            ])
    }
}
