import Foundation
import Testing

@Suite struct BuildAndCheckCommandTests {
    let lessons = ["lessons/00-a.md": "# A\n\ntext\n", "lessons/01-b.md": "# B\n"]

    @Test func buildThenCheckIsFreshAndAByteChangeIsStale() throws {
        let scratch = try Scratch(lessons)
        let build = try DescentProcess.run(["build"], in: scratch.root)
        #expect(build.status == 0)
        #expect(build.standardOutput == "built 10 files: 8 written, 2 unchanged, 0 removed\n")
        #expect(try DescentProcess.run(["check"], in: scratch.root).status == 0)

        try scratch.write(
            "output/00-a.html", scratch.read("output/00-a.html")!.replacingOccurrences(of: "text", with: "texT"))
        let stale = try DescentProcess.run(["check"], in: scratch.root)
        #expect(stale.status == 1)
        #expect(stale.standardOutput.contains("--- output/00-a.html (on disk)"))
        #expect(stale.standardOutput.hasSuffix("run 'descent build' to update\n"))
    }

    @Test func lessonErrorsExitTwoAndWriteNothing() throws {
        let scratch = try Scratch(lessons)
        try Data([0x23, 0xFF, 0x0A]).write(to: URL(fileURLWithPath: scratch.root + "/lessons/02-bad.md"))
        for command in ["build", "check"] {
            let result = try DescentProcess.run([command], in: scratch.root)
            #expect(result.status == 2)
            #expect(
                result.standardError.hasPrefix("lessons/02-bad.md:1:2: error: lesson is not valid utf-8 (byte 0xFF)"))
        }
        #expect(!FileManager.default.fileExists(atPath: scratch.root + "/output"))
    }

    @Test func directoriesCanBeOverridden() throws {
        let scratch = try Scratch(["course/00-a.md": "# A\n"])
        let result = try DescentProcess.run(["build", "--lessons", "course", "--output", "site"], in: scratch.root)
        #expect(result.status == 0)
        #expect(scratch.read("site/00-a.html")?.contains("<title>Lesson 1: A · Descent course</title>") == true)
        #expect(
            try DescentProcess.run(["check", "--lessons", "course", "--output", "site"], in: scratch.root).status == 0)
    }

    @Test func unknownOptionIsAUsageError() throws {
        let scratch = try Scratch(lessons)
        #expect(try DescentProcess.run(["build", "--nope"], in: scratch.root).status == 64)
    }
}
