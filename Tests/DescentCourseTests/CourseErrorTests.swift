import DescentLesson
import DescentText
import Foundation
import Testing

@testable import DescentCourse

/// Which errors a build reports together across lessons (docs/lesson-format.md, "Errors").
@Suite struct CourseErrorTests {
    func problems(_ files: [String: String]) throws -> [String] {
        let course = try TemporaryCourse(lessons: files)
        let builder = CourseBuilder(
            layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
        do {
            _ = try builder.plan()
            return []
        } catch {
            return error.diagnostics.map { "\(FilePath.fileName($0.path)):\($0.line):\($0.column): \($0.message)" }
        }
    }

    @Test func anErrorInOneLessonHidesNeitherTheOtherLessonsErrorsNorTheirFailedClaims() throws {
        let found = try problems([
            "01-a.md": "```descent a\nf(w) = w^2\nexpect: diverges\n```\n",
            "02-b.md": "```descent b\nf(w) = w^2\noptimizer: adma\n```\n",
            "03-c.md": "```descent a\nf(w) = w^2\n```\n\n```descent c\nf(w) = w^2\nexpect: diverges\n```\n",
        ])
        #expect(found.count == 4)
        #expect(found[0].hasPrefix("01-a.md:3:9: expectation 'diverges' failed"))
        #expect(found[1] == "02-b.md:3:12: unknown optimizer 'adma'; did you mean 'adam'?")
        #expect(found[2].hasPrefix("03-c.md:1:12: experiment id 'a' is already used in "))
        #expect(found[3].hasPrefix("03-c.md:7:9: expectation 'diverges' failed"))
    }

    @Test func courseSettingsAndUnreadableLessonsAreCheckedBeforeAnyLesson() throws {
        let broken = try problems(["course.toml": "title\n", "01-a.md": "```descent a\nlr: fast\n```\n"])
        #expect(broken.count == 1)
        #expect(broken[0].hasPrefix("course.toml:1:"))
        let course = try TemporaryCourse(lessons: ["01-a.md": "```descent a\nlr: fast\n```\n"])
        try course.write("lessons/02-b.md", Data([0x61, 0xFF, 0x0A]))
        let builder = CourseBuilder(
            layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
        #expect(throws: DiagnosticList.self) { try builder.plan() }
        do { _ = try builder.plan() } catch {
            #expect(error.diagnostics.map(\.message) == ["lesson is not valid utf-8 (byte 0xFF)"])
        }
    }

    @Test func lessonErrorsStopBeforeAnyReferenceIsResolved() throws {
        let found = try problems([
            "01-a.md": "See {{b.iterations}} and {{nope.loss}}.\n",
            "02-b.md": "```descent b\nf(w) = w^2\nlr: fast\n```\n",
        ])
        #expect(found == ["02-b.md:3:5: expected a number, found 'fast'"])
    }

    @Test func failedClaimsAndUnknownReferencesAreReportedTogether() throws {
        let found = try problems([
            "01-a.md": "```descent a\nf(w) = w^2\nexpect: diverges\n```\n",
            "02-b.md": "See {{a.iterations}} and {{nope.loss}}.\n",
        ])
        #expect(found.count == 2)
        #expect(found[0].hasPrefix("01-a.md:3:9: expectation 'diverges' failed"))
        #expect(found[1].hasPrefix("02-b.md:1:26: unknown experiment 'nope'"))
    }

    @Test func dataFilesAreResolvedNextToTheLesson() throws {
        #expect(FilePath.directory("lessons/01-fit.md") == "lessons")
        #expect(FilePath.directory("01-fit.md") == ".")
        #expect(FilePath.directory("/course/lessons/01-fit.md") == "/course/lessons")
        #expect(FilePath.directory("/01-fit.md") == "/")
        let course = try TemporaryCourse(lessons: ["points.csv": "x,y\n1,3\n"])
        let read = DataFiles.reader(forLesson: course.lessons + "/01-fit.md")("points.csv")
        #expect(read == .file(path: course.lessons + "/points.csv", text: "x,y\n1,3\n"))
        #expect(DataFiles.reader(forLesson: course.root + "/01-fit.md")("points.csv") == .unreadable)
    }

    /// Data files must live inside the lessons directory: `..`, absolute paths and symbolic links
    /// out are refused without reading the file, so none of its text reaches an error or a page.
    @Test func dataFilesOutsideTheLessonsDirectoryAreRefused() throws {
        let course = try TemporaryCourse(lessons: ["points.csv": "x,y\n1,3\n"])
        try course.write("secret.csv", "password,1\n1,2\n")
        #expect(symlink(course.root + "/secret.csv", course.lessons + "/link.csv") == 0)
        let reader = DataFiles.reader(forLesson: course.lessons + "/01-fit.md")
        #expect(reader("../secret.csv") == .outsideCourse)
        #expect(reader(course.root + "/secret.csv") == .outsideCourse)
        #expect(reader("link.csv") == .outsideCourse)
        let lesson = "# F\n\n```descent f\nf(w) = (w*x - y)^2\ndata: ../secret.csv\nstart: w = 0\n```\n"
        try course.write("lessons/01-fit.md", lesson)
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        #expect {
            try CourseBuilder(layout: layout).plan()
        } throws: { error in
            let text = (error as? DiagnosticList)?.description ?? ""
            return text.contains("data file '../secret.csv' is outside the lessons directory")
                && !text.contains("password")
        }
    }
}
