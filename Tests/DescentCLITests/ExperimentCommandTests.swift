import Foundation
import Testing

@Suite struct ExperimentCommandTests {
    let lesson = """
        # Loop

        It stops at iteration {{loop.iterations}}.

        ```descent loop
        f(w) = w^2
        start: w = -3
        lr: 0.3
        steps: 25
        stop: |Δw| < 0.001 and |grad| < 0.001
        show: summary
        expect: converges at iteration 10
        ```

        """

    @Test func buildSplicesResultsAndCheckGuardsThem() throws {
        let scratch = try Scratch(["lessons/01-loop.md": lesson])
        #expect(try DescentProcess.run(["build"], in: scratch.root).status == 0)
        let built = try #require(scratch.read("lessons/01-loop.md"))
        #expect(built.hasPrefix(lesson))
        #expect(built.contains("| GD | converged at iteration 10 |"))
        #expect(scratch.read("output/01-loop.html")?.contains("It stops at iteration\u{A0}10.") == true)
        #expect(try DescentProcess.run(["check"], in: scratch.root).status == 0)

        try scratch.write(
            "lessons/01-loop.md",
            built.replacingOccurrences(of: "lr: 0.3", with: "lr: 0.2")
                .replacingOccurrences(of: "converges at iteration 10", with: "converges"))
        let stale = try DescentProcess.run(["check"], in: scratch.root)
        #expect(stale.status == 1)
        #expect(stale.standardOutput.contains("lessons/01-loop.md (on disk)"))
        #expect(stale.standardOutput.contains("+| GD | converged at iteration 18 |"))
    }

    @Test func handEditsAreRefusedUnlessForced() throws {
        let scratch = try Scratch(["lessons/01-loop.md": lesson])
        _ = try DescentProcess.run(["build"], in: scratch.root)
        let built = try #require(scratch.read("lessons/01-loop.md"))
        try scratch.write("lessons/01-loop.md", built.replacingOccurrences(of: "| GD |", with: "| gd |"))
        let refused = try DescentProcess.run(["build"], in: scratch.root)
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("error: generated region 'loop' was edited by hand"))
        #expect(try DescentProcess.run(["check"], in: scratch.root).status == 2)
        #expect(try DescentProcess.run(["build", "--force"], in: scratch.root).status == 0)
        #expect(scratch.read("lessons/01-loop.md") == built)
    }

    @Test func failedExpectationsStopTheBuild() throws {
        let wrong = lesson.replacingOccurrences(of: "converges at iteration 10", with: "converges within 5 iterations")
        let scratch = try Scratch(["lessons/01-loop.md": wrong])
        let result = try DescentProcess.run(["build"], in: scratch.root)
        #expect(result.status == 2)
        #expect(
            result.standardError.hasPrefix(
                "lessons/01-loop.md:12:9: error: expectation 'converges within 5 iterations' failed: measured converged at iteration 10"
            ))
        #expect(scratch.read("lessons/01-loop.md") == wrong)
        #expect(!FileManager.default.fileExists(atPath: scratch.root + "/output"))
    }

    @Test func runPrintsTracesAndWritesNothing() throws {
        let scratch = try Scratch(["lessons/01-loop.md": lesson])
        let json = try DescentProcess.run(["run", "lessons/01-loop.md", "--id", "loop"], in: scratch.root)
        #expect(json.status == 0)
        let object = try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [String: Any]
        #expect(object?["lesson"] as? String == "lessons/01-loop.md")
        let csv = try DescentProcess.run(["run", "lessons/01-loop.md", "--format", "csv"], in: scratch.root)
        #expect(csv.standardOutput.split(separator: "\n").count == 13)  // the header, 11 steps, the final state
        let unknown = try DescentProcess.run(["run", "lessons/01-loop.md", "--id", "lop"], in: scratch.root)
        #expect(unknown.status == 2)
        #expect(unknown.standardError.contains("no experiment 'lop' in this lesson; did you mean 'loop'?"))
        #expect(scratch.read("lessons/01-loop.md") == lesson)
        #expect(!FileManager.default.fileExists(atPath: scratch.root + "/output"))
    }

    @Test func runFormatPyTorchPrintsTheScriptOrRefusesBeforePrinting() throws {
        let scratch = try Scratch(["lessons/01-loop.md": lesson])
        let script = try DescentProcess.run(
            ["run", "lessons/01-loop.md", "--id", "loop", "--format", "pytorch"], in: scratch.root)
        #expect(script.status == 0)
        #expect(script.standardOutput.hasPrefix("# Experiment `loop` in PyTorch"))
        #expect(script.standardOutput.contains("torch.optim.SGD(params, lr=0.3)"))
        let rows = (0...200).map { "\($0),1" }.joined(separator: "\n")
        let big = "```descent big\nf(w) = mean((w*x - y)^2)\ndata: big.csv\nsteps: 2\n```\n"
        try scratch.write("lessons/02-big.md", big)
        try scratch.write("lessons/big.csv", "x,y\n" + rows + "\n")
        let refused = try DescentProcess.run(["run", "lessons/02-big.md", "--format", "pytorch"], in: scratch.root)
        #expect(refused.status == 2)
        #expect(refused.standardOutput.isEmpty)
        #expect(
            refused.standardError.contains(
                "error: experiment 'big' cannot be written for PyTorch: its data has 201 rows"))
    }

    @Test func runFindsEveryErrorBeforePrintingAnything() throws {
        // The first block is fine and the second is not: nothing of the first is printed.
        let broken = lesson + "\n```descent second\nf(w) = w^2\noptimizer: adma\nsteps: 5\n```\n"
        let scratch = try Scratch(["lessons/01-loop.md": broken])
        let result = try DescentProcess.run(["run", "lessons/01-loop.md"], in: scratch.root)
        #expect(result.status == 2)
        #expect(result.standardOutput.isEmpty)
        #expect(result.standardError.contains("error: unknown optimizer 'adma'"))
    }

    @Test func runEveryThinsRowsAndRefusesZero() throws {
        let scratch = try Scratch(["lessons/01-loop.md": lesson])
        let thinned = try DescentProcess.run(
            ["run", "lessons/01-loop.md", "--format", "csv", "--every", "3"], in: scratch.root)
        #expect(thinned.status == 0)
        #expect(
            thinned.standardOutput.split(separator: "\n").map {
                $0.split(separator: ",", omittingEmptySubsequences: false)[4]
            } == ["iteration", "0", "3", "6", "9", "10", ""])
        let zero = try DescentProcess.run(["run", "lessons/01-loop.md", "--every", "0"], in: scratch.root)
        #expect(zero.status == 64)
        #expect(zero.standardError.contains("--every must be a whole number of at least 1"))
    }

    @Test func dataFilesAreFoundNextToTheLessonFromAnyWorkingDirectory() throws {
        let regression = """
            # Fit

            ```descent fit
            f(w, b) = mean((w*x + b - y)^2)
            data: points.csv
            lr: 0.1
            steps: 3
            ```

            """
        let scratch = try Scratch([
            "lessons/01-fit.md": regression, "lessons/points.csv": "x,y\n1,3\n2,5\n",
            "elsewhere/notes.txt": "",
        ])
        let fromRoot = try DescentProcess.run(["run", "lessons/01-fit.md", "--format", "csv"], in: scratch.root)
        #expect(fromRoot.status == 0)
        #expect(fromRoot.standardOutput.split(separator: "\n").count == 5)
        let fromLessons = try DescentProcess.run(
            ["run", "01-fit.md", "--format", "csv"], in: scratch.root + "/lessons")
        let fromElsewhere = try DescentProcess.run(
            ["run", "../lessons/01-fit.md", "--format", "csv"], in: scratch.root + "/elsewhere")
        #expect(fromLessons.standardOutput == fromRoot.standardOutput)
        #expect(fromElsewhere.standardOutput == fromRoot.standardOutput)

        let built = try DescentProcess.run(
            ["build", "--lessons", "../lessons", "--output", "../output"], in: scratch.root + "/elsewhere")
        #expect(built.status == 0, "\(built.standardError)")
        #expect(scratch.read("lessons/01-fit.md")?.contains("<!-- descent:begin fit") == true)
        #expect(try DescentProcess.run(["check"], in: scratch.root).status == 0)

        try scratch.write("lessons/points.csv", "x,y\n1,3\n2,oops\n")
        let broken = try DescentProcess.run(["run", "../lessons/01-fit.md"], in: scratch.root + "/elsewhere")
        #expect(broken.status == 2)
        #expect(broken.standardError.hasPrefix("../lessons/points.csv:3:"))
    }
}
