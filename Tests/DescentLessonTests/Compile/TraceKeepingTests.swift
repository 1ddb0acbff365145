import DescentEngine
import DescentText
import Testing

@testable import DescentLesson

/// What a build keeps of each run: nothing it does not show, and a bounded sample of long runs.
@Suite struct TraceKeepingTests {
    private func compiled(_ body: String) throws -> CompiledExperiment {
        let source = SourceText(path: "l.md", text: block("e", body))
        let document = LessonDocument(source)
        let (spec, problems) = SpecParser.parse(try #require(document.blocks.first), source: source)
        #expect(problems.isEmpty)
        return try #require(ExperimentCompiler.compile(spec, source: source, readFile: { _ in .unreadable }).0)
    }

    @Test func aSweepShowingConvergenceAndItsSweepFigureKeepsNoTrace() throws {
        let experiment = try compiled("f(w) = w^2\nlr: 0.1, 0.2\nshow: convergence, plot sweep\n")
        #expect(TraceKeeping.recording(for: experiment) == .summary)
        let result = try experiment.execute(keeping: .shown)
        #expect(result.results.allSatisfy { $0.trace == nil })
    }

    @Test func stepTablesAndTracedFiguresKeepASampleSizedByTheRunsAndRows() throws {
        let table = try compiled("f(w) = w^2\nrows: 40\nlr: 0.1, 0.2, 0.3\nshow: table\n")
        #expect(TraceKeeping.recording(for: table) == .summary)
        #expect(
            TraceKeeping.sampled(table, runs: 1, keepFirst: 40)
                == .sampled(TraceSampling(keepFirst: 40, capacity: TraceKeeping.figureCapacity)))
        // The runs whose step tables are shown run again, with a trace; only those.
        #expect(try table.execute(keeping: .shown).results.allSatisfy { $0.trace != nil })
        let many = try compiled("f(w) = w^2\nrows: 4\nlr: 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7\nshow: table\n")
        let traced = try many.execute(keeping: .shown).results.map { $0.trace != nil }
        // 4 rows of 7 runs: the first, and the last 3 (among them the best, lr = 0.5).
        #expect(traced == [true, false, false, false, true, true, true])
        let plot = try compiled("f(x, y) = x^2 + y^2\nlr: 0.1, 0.2\nshow: plot loss\n")
        let share = min(TraceKeeping.sampleBytes / (2 * (25 + 24 * 2)), TraceKeeping.figureCapacity)
        #expect(TraceKeeping.recording(for: plot) == .sampled(TraceSampling(keepFirst: 16, capacity: share)))
        // A thousand runs share the bytes: fewer entries each than one run's figure capacity.
        let sweep = try compiled(
            "f(x, y) = x^2 + y^2\nlr: " + (1...1000).map { "\(Double($0) * 1e-4)" }.joined(separator: ", ")
                + "\nshow: plot loss\n")
        let thousandth = TraceKeeping.sampleBytes / (1000 * (25 + 24 * 2))
        #expect(thousandth < TraceKeeping.figureCapacity)
        #expect(TraceKeeping.recording(for: sweep) == .sampled(TraceSampling(keepFirst: 16, capacity: thousandth)))
    }

    @Test func aLongRunsStepTableIsTheSameFromASample() throws {
        let text = block(
            "long",
            """
            f(x, y) = x^2 + 3*y^2 + sin(5*x)
            start: x = 2, y = -1
            lr: 0.001, 0.002, 0.003, 0.004
            schedule: cyclic(base_lr=0.001, max_lr=0.05)
            steps: 200000
            show: table, summary

            """)
        let source = SourceText(path: "l.md", text: text)
        var steps = 0
        let built = try LessonRun(source, readFile: { _ in .unreadable }, courseSteps: &steps, keeping: .shown)
        let full = try LessonRun(source, readFile: { _ in .unreadable })
        let sampled = try #require(built.results.first)
        #expect(sampled.rendered != nil)
        // Four runs of 200,000 steps share the sample: each holds far fewer than its steps.
        guard case .sampled(let sampling) = TraceKeeping.sampled(sampled.experiment, runs: 4, keepFirst: 16) else {
            Issue.record("expected a sampled recording")
            return
        }
        #expect(sampling.capacity < 200_000)
        #expect(sampled.results.allSatisfy { $0.trace == nil })
        #expect(try #require(full.results.first?.results.first?.trace).count == 200_000)
        let builder = LessonOutputBuilder(figureDirectoryFromLesson: "../output/figures")
        #expect(
            try builder.render(built, references: [:]).lessonText
                == builder.render(full, references: [:]).lessonText)
    }
}
