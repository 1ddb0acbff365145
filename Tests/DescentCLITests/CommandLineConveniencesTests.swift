import Foundation
import Testing

/// What a new user types first: `--version`, a lesson named without its folder, and the
/// diagnostics formats CI and editors read.
@Suite struct CommandLineConveniencesTests {
    let lessons = ["lessons/00-a.md": "# A\n\ntext\n", "lessons/01-b.md": "# B\n"]

    @Test func versionIsPrinted() throws {
        let scratch = try Scratch(lessons)
        let result = try DescentProcess.run(["--version"], in: scratch.root)
        #expect(result.status == 0)
        #expect(result.standardOutput.range(of: #"^\d+\.\d+\.\d+\n$"#, options: .regularExpression) != nil)
    }

    @Test func aLessonIsFoundByItsFileNameOrStemAlone() throws {
        let scratch = try Scratch(lessons)
        for name in ["01-b.md", "01-b", "lessons/01-b.md"] {
            let result = try DescentProcess.run(["build", name], in: scratch.root)
            #expect(result.status == 0, "\(name): \(result.standardError)")
        }
        let wrong = try DescentProcess.run(["build", "01-c.md"], in: scratch.root)
        #expect(wrong.status == 2)
        #expect(
            wrong.standardError.hasPrefix(
                "01-c.md: error: not a lesson in the lessons directory; did you mean '01-b.md'?"))
        #expect(try DescentProcess.run(["build", "elsewhere/01-b.md"], in: scratch.root).status == 2)
    }

    static let broken = """
        # T

        ```descent a
        f(w) = w^2
        start: w = 1
        lr: 0.1
        optimizer: adma
        ```

        """

    @Test func errorsAsGitHubWorkflowCommandsAndJSONLines() throws {
        let scratch = try Scratch(["lessons/01-t.md": Self.broken])
        let github = try DescentProcess.run(["build", "--diagnostics", "github"], in: scratch.root)
        #expect(github.status == 2)
        #expect(
            github.standardOutput
                == "::error file=lessons/01-t.md,line=7,col=12,title=descent::unknown optimizer 'adma'; did you mean 'adam'?\n"
        )
        let json = try DescentProcess.run(["check", "--diagnostics", "json"], in: scratch.root)
        #expect(json.status == 2)
        #expect(
            json.standardOutput
                == #"{"severity":"error","path":"lessons/01-t.md","line":7,"column":12,"message":"unknown optimizer 'adma'; did you mean 'adam'?","sourceLine":"optimizer: adma"}"#
                + "\n")
    }

    @Test func checkAnnotatesEachStaleFileAtItsFirstChangedLine() throws {
        let scratch = try Scratch(lessons)
        #expect(try DescentProcess.run(["build"], in: scratch.root).status == 0)
        try scratch.write("lessons/00-a.md", "# A\n\ntext, longer\n")
        let result = try DescentProcess.run(["check", "--diagnostics", "github"], in: scratch.root)
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("::error file=output/00-a.html,line="))
        #expect(result.standardOutput.contains("stale: differs from what 'descent build' writes from here on"))
        #expect(result.standardError.contains("out of date"))
    }
}

/// The output folder belongs to the course (`output = …` in course.toml); another `--output`
/// says what it does to the lessons.
@Suite struct CourseOutputFolderTests {
    let lessons = [
        "lessons/00-a.md":
            "# A\n\n```descent walk\nf(w) = w^2\nstart: w = 1\nlr: 0.25\nsteps: 3\nshow: plot loss\n```\n",
        "lessons/course.toml": "title = \"T\"\noutput = \"site\"\n",
    ]

    @Test func theCourseNamesItsOutputFolder() throws {
        let scratch = try Scratch(lessons)
        let build = try DescentProcess.run(["build"], in: scratch.root)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardError.isEmpty)
        #expect(scratch.read("site/00-a.html") != nil)
        #expect(scratch.read("lessons/00-a.md")?.contains("](../site/figures/walk-loss.svg)") == true)
        #expect(try DescentProcess.run(["check"], in: scratch.root).status == 0)
    }

    @Test func anotherOutputSaysWhatItDoesToTheLessons() throws {
        let scratch = try Scratch(lessons)
        let build = try DescentProcess.run(["build", "--output", "elsewhere"], in: scratch.root)
        #expect(build.status == 0)
        #expect(build.standardError.contains("note: --output elsewhere is not the course's output folder (site)"))
        #expect(build.standardError.contains("a check against site will report them stale"))
    }
}
