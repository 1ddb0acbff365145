import DescentText
import Testing

@testable import DescentLesson

@Suite struct BlockErrorTests {
    @Test func engineErrorsPointIntoTheBlock() {
        let lesson = block(
            "e",
            """
            f(w) = 2w + sqr(w)
            optimizer: adma, sgd(momentum=-1), momentum(nesterov=yes)
            schedule: cosine(T_mx=3)
            stop: |grad| < 0.001 andd loss < 1
            start: v = 1

            """)
        let found = problems(lesson)
        #expect(found.count == 5)
        #expect(found.first == "2:9: expected an operator before 'w'; write 2*w")
        #expect(found[1] == "3:12: unknown optimizer 'adma'; did you mean 'adam'?")
    }

    @Test func adaptiveRuleSettingsAreCheckedAtTheirArgument() {
        let lesson = block(
            "e",
            """
            f(w) = w^2
            start: w = 1
            schedule: hypergradient(beta=1, normalized=true), armijo(grow=0.5), armijo(growth=2)

            """)
        #expect(
            problems(lesson) == [
                "4:25: hypergradient argument 'beta' must be in [0, 1) with normalized=true, got 1",
                "4:58: armijo argument 'grow' must be ≥ 1, got 0.5",
                "4:76: unknown argument 'growth' for armijo; it takes c, shrink, grow; did you mean 'grow'?",
            ])
    }

    @Test func optimizerScheduleStopAndStartErrorsAreAllReported() {
        let lesson = block(
            "e",
            """
            f(w) = w^2
            optimizer: adma, sgd(momentum=-1)
            schedule: cosine(T_mx=3)
            stop: |grad| < 0.001 andd loss < 1
            start: v = 1

            """)
        let found = problems(lesson)
        #expect(
            found == [
                "3:12: unknown optimizer 'adma'; did you mean 'adam'?",
                "3:22: sgd argument 'momentum' must be ≥ 0, got -1",
                "4:18: unknown argument 'T_mx' for cosine; it takes T_max, eta_min; did you mean 'T_max'?",
                found[3],
                "6:8: 'v' is not a parameter of the objective (parameters: w); did you mean 'w'?",
            ])
        #expect(found[3].hasPrefix("5:"))
    }

    @Test func everyIndependentProblemOfABlockComesOutInReadingOrder() {
        let lesson = block(
            "e",
            """
            lr: fast
            f(w) = w^^2
            optimizer: adma

            """)
        #expect(
            problems(lesson) == [
                "2:5: expected a number, found 'fast'",
                "3:10: expected a number, name or '(', found '^'",
                "4:12: unknown optimizer 'adma'; did you mean 'adam'?",
            ])
    }

    @Test func anObjectiveThatDoesNotParseHidesOnlyStartAndStopChecks() {
        let lesson = block(
            "e",
            """
            f(w) = w^^2
            start: v = 1
            stop: |grad| < 0.001 andd loss < 1
            schedule: cosine(T_mx=3)
            batch: 4

            """)
        #expect(
            problems(lesson) == [
                "2:10: expected a number, name or '(', found '^'",
                "5:18: unknown argument 'T_mx' for cosine; it takes T_max, eta_min; did you mean 'T_max'?",
                "6:8: a batch size needs a data set; add 'data: FILE.csv' or 'data: generate(…)'",
            ])
    }

    @Test func missingDataHidesNothingElseOfTheBlock() {
        let lesson = block(
            "d",
            """
            f(w, b) = mean((w*x + b - y)^2) + 2v
            data: points.csv
            start: w = 1, c = 2
            batch: 1

            """)
        #expect(
            problems(lesson) == [
                "2:36: expected an operator before 'v'; write 2*v",
                "3:7: cannot read data file 'points.csv' (paths are relative to the lesson)",
            ])
        let parses = block(
            "d", "f(w, b) = mean((w*x + b - y)^2)\ndata: points.csv\nstart: w = 1, c = 2\nstop: |Δq| < 1\n")
        let found = problems(parses)
        #expect(found.count == 3)
        #expect(found[0] == "3:7: cannot read data file 'points.csv' (paths are relative to the lesson)")
        #expect(found[1].hasPrefix("4:8: 'c' is not a parameter of the objective"))
        #expect(found[2] == "5:8: unknown quantity '|Δq|'; did you mean 'Δw'?")
    }

    @Test func aBlockWithErrorsDoesNotRunButTheOtherBlocksDoAndTheirClaimsAreChecked() {
        let lesson =
            block("a", "f(w) = w^2\nlr: fast\nexpect: converges within 1 iterations\n") + "\n"
            + block(
                "b",
                "f(w) = w^2\nstart: w = 1\nlr: 0.1\nstop: |w| < 0.5\nshow: plot contour\nexpect: converges within 2 iterations\n"
            )
        #expect(
            problems(lesson) == [
                "3:5: expected a number, found 'fast'",
                "12:7: plot contour needs an objective of two parameters; f(w) has one",
                "13:9: expectation 'converges within 2 iterations' failed: measured converged at iteration 4 (final w = 0.4096, loss 0.167772)",
            ])
    }

    @Test func aMalformedLineIsReportedWithTheRestOfItsBlockWhichDoesNotRun() {
        let lesson = block("m", "f(w) = w^2\nthis line is no entry\noptimizer: adma\nexpect: diverges\n")
        #expect(
            problems(lesson) == [
                "3:1: expected 'key: value' or an objective such as 'f(w) = w^2'",
                "4:12: unknown optimizer 'adma'; did you mean 'adam'?",
            ])
        #expect(
            problems(block("m", "f(w) = w^2\nthis line is no entry\nexpect: diverges\n")) == [
                "3:1: expected 'key: value' or an objective such as 'f(w) = w^2'"
            ])
    }

    @Test func aBlockThatIsNotReadAsABlockIsNotChecked() {
        #expect(
            problems("```descent a b\nf(w) = w^^2\n```\n\n```descent c\nlr: fast\n") == [
                "1:4: expected 'descent ID' with an id of letters, digits, '-' or '_' (e.g. 'descent lr-sweep')",
                "5:1: experiment block is never closed",
            ])
    }

    @Test func aValueThatCannotBeReadHidesTheBlocksFigureChecksRunsAndClaims() {
        #expect(
            problems(block("v", "f(w) = w^2\nlr: fast\nshow: plot contour\nexpect: diverges\n")) == [
                "3:5: expected a number, found 'fast'"
            ])
    }

    @Test func aFailedRunHidesOnlyTheClaimsOfItsExperiment() {
        var compiled = compiledExperiment("f(w) = w^2\nlr: 0.1, 0.2\nexpect: diverges\n")
        compiled.runs[1].configuration.start = [.infinity]
        #expect(throws: RunFailures.self) { try compiled.execute() }
        do { _ = try compiled.execute() } catch {
            #expect(
                error.messages(runCount: compiled.runs.count) == [
                    "run 'η = 0.2' failed: the start point must be finite"
                ])
        }
    }

    @Test func lessonErrorsStopBeforeReferencesAndSplicing() {
        let edit = "\n<!-- descent:begin a sum=00000000 -->\nhand edit\n<!-- descent:end a -->\n"
        let lesson = "It took {{nope.iterations}} steps.\n\n" + block("a", "f(w) = w^2\nlr: fast\n") + edit
        #expect(problems(lesson) == ["5:5: expected a number, found 'fast'"])
        let claim = "It took {{nope.iterations}} steps.\n\n" + block("a", "f(w) = w^2\nexpect: diverges\n") + edit
        let found = problems(claim)
        #expect(found.count == 3)
        #expect(found[0].hasPrefix("1:9: unknown experiment 'nope'"))
        #expect(found[1].hasPrefix("5:9: expectation 'diverges' failed"))
        #expect(found[2].hasPrefix("8:1: generated region 'a' was edited by hand"))
    }

    @Test func stepBudgetsAndStartPointsAreCheckedWhereTheyAreWritten() {
        #expect(
            problems(block("s", "f(w) = w^2\nsteps: 2000000\nstart: w = 1e999\n")) == [
                "3:8: 'steps' may be at most 1,000,000, found '2000000'",
                "4:12: expected a number for 'w', found '1e999'",
            ])
    }

    @Test func missingDataFilesAndCSVErrorsAreReported() {
        let regression = "f(w, b) = mean((w*x + b - y)^2)\ndata: points.csv\nbatch: 1\nsteps: 5\n"
        #expect(
            problems(block("d", regression)) == [
                "3:7: cannot read data file 'points.csv' (paths are relative to the lesson)"
            ])
        #expect(
            problems(block("d", regression), files: ["points.csv": "x,y\n1,2\n3,oops\n"]).first?.hasPrefix("3:") == true
        )
        let csvAndLesson = problems(
            block("d", regression + "optimizer: adma\n"), files: ["points.csv": "x,y\n1,2\n3,oops\n"])
        #expect(csvAndLesson.count == 2)
        #expect(csvAndLesson.first == "6:12: unknown optimizer 'adma'; did you mean 'adam'?")
        #expect(csvAndLesson.last?.hasPrefix("3:") == true)
        #expect(problems(block("d", regression), files: ["points.csv": "x,y\n1,3\n2,5\n"]) == [])
        #expect(
            problems(block("d", "f(w) = w^2\nbatch: 4\n")) == [
                "3:8: a batch size needs a data set; add 'data: FILE.csv' or 'data: generate(…)'"
            ])
        #expect(
            problems(block("d", "f(w) = w^2\nepochs: 30\n")) == [
                "3:9: 'epochs' counts passes over a data set; add 'data: FILE.csv' or 'data: generate(…)', or budget the run with 'steps:'"
            ])
    }

    @Test func generatedDataIsSeededAndValidated() throws {
        let body =
            "f(w, b) = mean((w*x + b - y)^2)\ndata: generate(n=30, x=(0, 5), y=2*x + 1, noise=0.5, seed=4)\nlr: 0.02\nbatch: all, 1\nepochs: 5\nshow: summary\n"
        let first = try render(block("g", body)).output.lessonText
        #expect(try render(block("g", body)).output.lessonText == first)
        #expect(first.contains("| batch = all |"))
        #expect(first.contains("| batch = 1 |"))
        #expect(
            problems(block("g", "f(w) = w^2\ndata: generate(n=3, x=(0, 1), y=2*x, nois=1)\n")).first?.contains(
                "did you mean 'noise'?") == true)
    }

    @Test func duplicateIdsInALessonAreReportedOnce() {
        let lesson = block("a", "f(w) = w^2\n") + "\n" + block("a", "f(w) = w^2\n")
        #expect(problems(lesson) == ["5:12: duplicate experiment id 'a' (first used at line 1)"])
    }
}

@Suite struct FigureRequestTests {
    @Test func figuresThatCannotBeDrawnAreErrorsAtTheirShowItem() {
        let lesson = block("f", "f(w) = w^2\nshow: summary, plot contour, plot data, plot sweep\n")
        #expect(
            problems(lesson) == [
                "3:16: plot contour needs an objective of two parameters; f(w) has one",
                "3:30: plot data needs a data set (data: …); f(w) reads no data",
                "3:41: plot sweep needs several learning rates (lr: 0.01, 0.1, …); 'f' runs with one",
            ])
    }

    @Test func drawnFiguresAreReferencedFromTheLessonAndTheSite() throws {
        let lesson = block(
            "walk",
            lectureLoop.replacingOccurrences(of: "show: table, summary, derivative", with: "show: plot path, summary"))
        let output = try render(lesson).output
        #expect(output.figures.map(\.reference.fileName) == ["walk-path.svg"])
        #expect(output.figures[0].svg.hasPrefix("<!-- generated by descent -->\n<svg"))
        #expect(output.lessonText.contains("](../output/figures/walk-path.svg)\n*Figure 1: "))
        #expect(output.siteMarkdown.contains("](figures/walk-path.svg)\n*Figure 1: "))
    }
}

/// The experiment of a one-block lesson, compiled but not run.
private func compiledExperiment(_ body: String) -> CompiledExperiment {
    let source = SourceText(path: "l.md", text: block("x", body))
    let document = LessonDocument(source)
    let spec = SpecParser.parse(document.blocks[0], source: source).spec
    return ExperimentCompiler.compile(spec, source: source, readFile: { _ in .unreadable }).0!
}
