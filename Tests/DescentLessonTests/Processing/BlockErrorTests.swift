import Testing
@testable import DescentLesson

@Suite struct BlockErrorTests {
    @Test func engineErrorsPointIntoTheBlock() {
        let lesson = block("e", """
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

    @Test func optimizerScheduleStopAndStartErrorsAreAllReported() {
        let lesson = block("e", """
            f(w) = w^2
            optimizer: adma, sgd(momentum=-1)
            schedule: cosine(T_mx=3)
            stop: |grad| < 0.001 andd loss < 1
            start: v = 1

            """)
        let found = problems(lesson)
        #expect(found == [
            "3:12: unknown optimizer 'adma'; did you mean 'adam'?",
            "3:22: sgd argument 'momentum' must be ≥ 0, got -1",
            "4:18: unknown argument 'T_mx' for cosine; it takes T_max, eta_min; did you mean 'T_max'?",
            found[3],
            "6:8: 'v' is not a parameter of the objective (parameters: w); did you mean 'w'?",
        ])
        #expect(found[3].hasPrefix("5:"))
    }

    @Test func missingDataFilesAndCSVErrorsAreReported() {
        let regression = "f(w, b) = mean((w*x + b - y)^2)\ndata: points.csv\nbatch: 1\nsteps: 5\n"
        #expect(problems(block("d", regression)) == ["3:7: cannot read data file 'points.csv' (paths are relative to the lesson)"])
        #expect(problems(block("d", regression), files: ["points.csv": "x,y\n1,2\n3,oops\n"]).first?.hasPrefix("3:") == true)
        #expect(problems(block("d", regression), files: ["points.csv": "x,y\n1,3\n2,5\n"]) == [])
        #expect(problems(block("d", "f(w) = w^2\nbatch: 4\n")) == ["3:8: a batch size needs a data set; add 'data: FILE.csv' or 'data: generate(…)'"])
    }

    @Test func generatedDataIsSeededAndValidated() throws {
        let body = "f(w, b) = mean((w*x + b - y)^2)\ndata: generate(n=30, x=(0, 5), y=2*x + 1, noise=0.5, seed=4)\nlr: 0.02\nbatch: all, 1\nepochs: 5\nshow: summary\n"
        let first = try render(block("g", body)).output.lessonText
        #expect(try render(block("g", body)).output.lessonText == first)
        #expect(first.contains("| batch = all |"))
        #expect(first.contains("| batch = 1 |"))
        #expect(problems(block("g", "f(w) = w^2\ndata: generate(n=3, x=(0, 1), y=2*x, nois=1)\n")).first?.contains("did you mean 'noise'?") == true)
    }

    @Test func duplicateIdsInALessonAreReportedOnce() {
        let lesson = block("a", "f(w) = w^2\n") + "\n" + block("a", "f(w) = w^2\n")
        #expect(problems(lesson) == ["5:12: duplicate experiment id 'a' (first used at line 1)"])
    }
}
