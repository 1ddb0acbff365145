import Foundation
import Testing

@Suite struct InitCommandTests {
    @Test func aNewCourseBuildsAndChecksAtOnce() throws {
        let scratch = try Scratch([:])
        try FileManager.default.createDirectory(atPath: scratch.root, withIntermediateDirectories: true)
        let created = try DescentProcess.run(["init", "course"], in: scratch.root)
        #expect(created.status == 0, "\(created.standardError)")
        for file in [
            "lessons/00-welcome.md", "lessons/course.toml", ".gitignore", "README.md", ".github/workflows/lessons.yml",
        ] {
            #expect(scratch.read("course/" + file) != nil, "\(file)")
        }
        let course = scratch.root + "/course"
        let build = try DescentProcess.run(["build"], in: course)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(scratch.read("course/lessons/00-welcome.md")?.contains("Converged at iteration") == true)
        #expect(scratch.read("course/output/00-welcome.html")?.contains("<title>") == true)
        #expect(try DescentProcess.run(["check"], in: course).status == 0)
        #expect(scratch.read("course/.gitignore")?.contains(".descent-cache/") == true)
        #expect(
            scratch.read("course/.github/workflows/lessons.yml")?.contains("descent check --diagnostics github") == true
        )
    }

    @Test func aFolderThatHoldsAnythingIsRefusedUnlessForcedAndNothingIsReplaced() throws {
        let scratch = try Scratch(["README.md": "mine\n"])
        let refused = try DescentProcess.run(["init"], in: scratch.root)
        #expect(refused.status == 2)
        #expect(refused.standardError.contains("folder is not empty; use --force"))
        #expect(scratch.read("lessons/00-welcome.md") == nil)
        let forced = try DescentProcess.run(["init", "--force"], in: scratch.root)
        #expect(forced.status == 0)
        #expect(forced.standardOutput.contains("kept README.md (it exists)"))
        #expect(scratch.read("README.md") == "mine\n")
        #expect(scratch.read("lessons/00-welcome.md") != nil)
    }
}
