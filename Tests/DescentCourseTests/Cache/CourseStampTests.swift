import DescentText
import Foundation
import Testing

@testable import DescentCourse

/// The whole-course fast path (`CourseStamp`): taken only when nothing a build reads changed
/// and the disk holds all it wrote; whatever changes, the bytes written are those of a build
/// without any cache.
@Suite struct CourseStampTests {
    static let lessons = [
        "01-walk.md": BuildCacheTests.walk,
        "02-later.md": BuildCacheTests.later,
        "03-fit.md":
            "# Fit\n\n```descent fit\nf(a) = mean((a*x - y)^2)\ndata: points.csv\nstart: a = 0\nlr: 0.05\n"
            + "steps: 20\nshow: summary\n```\n\nSlope {{fit.final.a}}, as in {{lesson:01-walk}}.\n",
        "04-raw.md":
            "# Raw\n\n<!-- descent: raw-html -->\n\n<div class=\"note\">kept</div>\n\n"
            + "See {{walk.iterations}}.\n",
        "points.csv": "x,y\n1,2\n2,4\n",
        "course.toml": "title = \"Stamped\"\n",
    ]

    /// A change made to a course between two builds.
    struct Change: CustomTestStringConvertible, Sendable {
        var name: String
        var apply: @Sendable (TemporaryCourse) throws -> Void
        var testDescription: String { name }
    }

    static let changes: [Change] = [
        Change(name: "one number in a quoted lesson") { course in
            let text = try #require(course.read("lessons/01-walk.md"))
            try course.write("lessons/01-walk.md", text.replacingOccurrences(of: "lr: 0.3", with: "lr: 0.2"))
        },
        // Its title changes too, which another lesson's `{{lesson:01-walk}}` link shows.
        Change(name: "prose in a quoted lesson") { course in
            let text = try #require(course.read("lessons/01-walk.md"))
            try course.write("lessons/01-walk.md", text.replacingOccurrences(of: "# Walk", with: "# A walk"))
        },
        Change(name: "a data file") { try $0.write("lessons/points.csv", "x,y\n1,3\n2,6\n") },
        Change(name: "course.toml") { try $0.write("lessons/course.toml", "title = \"Restamped\"\n") },
        Change(name: "course.toml removed") { try FileManager.default.removeItem(atPath: $0.lessons + "/course.toml") },
        Change(name: "a deleted output file") {
            try FileManager.default.removeItem(atPath: $0.output + "/02-later.html")
        },
        Change(name: "a deleted figure") { course in
            let figures = try FileManager.default.contentsOfDirectory(atPath: course.output + "/figures")
            try FileManager.default.removeItem(atPath: course.output + "/figures/" + figures.sorted()[0])
        },
        Change(name: "an output edited by hand") { try $0.write("output/index.html", "<p>mine</p>\n") },
        Change(name: "the output manifest deleted") {
            try FileManager.default.removeItem(atPath: $0.output + "/.descent-manifest")
        },
        Change(name: "a lesson added") { try $0.write("lessons/05-new.md", "# New\n\nIt took {{walk.iterations}}.\n") },
        Change(name: "a lesson added in front") { try $0.write("lessons/00-intro.md", "# Intro\n\nHello.\n") },
        Change(name: "a lesson removed") { try FileManager.default.removeItem(atPath: $0.lessons + "/03-fit.md") },
        Change(name: "a corrupt stamp") { try $0.write(".descent-cache/course.bin", "DSC1\u{8}\u{FF}") },
    ]

    func builder(_ course: TemporaryCourse, cache: Bool = true, binary: String? = nil) -> CourseBuilder {
        var layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        if !cache { layout.cacheDirectory = nil }
        var builder = CourseBuilder(layout: layout)
        if let binary { builder.binaryIdentity = binary }
        return builder
    }

    /// Builds until the build leaves the lessons as they are (the first build of a course writes
    /// its generated regions into them), as an author's second `descent build` would.
    func settle(_ course: TemporaryCourse, cache: Bool = true) throws {
        _ = try PlanApplier.apply(try builder(course, cache: cache).plan())
        _ = try PlanApplier.apply(try builder(course, cache: cache).plan())
    }

    func written(_ course: TemporaryCourse) -> [String: Data] {
        course.snapshot().filter { !$0.key.hasPrefix(".descent-cache") }
    }

    @Test func anUnchangedCourseIsAnsweredFromTheStampWithTheBytesOfAFullBuild() throws {
        let course = try TemporaryCourse(lessons: Self.lessons)
        _ = try PlanApplier.apply(try builder(course).plan())
        // The first build wrote the lessons' regions: a stamp is only made by a build that
        // leaves every lesson as it found it.
        #expect(try !builder(course).plan().isFromStamp)
        try settle(course)
        let plan = try builder(course).plan()
        #expect(plan.isFromStamp)
        let full = try builder(course, cache: false).plan()
        #expect(plan.files == full.files)
        #expect(plan.obsolete == full.obsolete && plan.warnings == full.warnings)
        #expect(StalenessReport(comparing: plan).isFresh)
        #expect(try PlanApplier.apply(plan).written.isEmpty)
    }

    @Test(arguments: changes)
    func afterAChangeTheCachedBuildWritesWhatAFreshBuildWrites(_ change: Change) throws {
        let cached = try TemporaryCourse(lessons: Self.lessons)
        let fresh = try TemporaryCourse(lessons: Self.lessons)
        try settle(cached)
        try settle(fresh, cache: false)
        #expect(try builder(cached).plan().isFromStamp)
        try change.apply(cached)
        try change.apply(fresh)
        let plan = try builder(cached).plan()
        #expect(!plan.isFromStamp)
        #expect(plan.files == (try builder(fresh, cache: false).plan()).files.map { $0.moved(from: fresh, to: cached) })
        _ = try PlanApplier.apply(plan)
        _ = try PlanApplier.apply(try builder(fresh, cache: false).plan())
        #expect(written(cached) == written(fresh))
        try settle(cached)
        try settle(fresh, cache: false)
        #expect(written(cached) == written(fresh))
        // The next build is a no-op again, and says the same as a build without the cache.
        let again = try builder(cached).plan()
        #expect(again.isFromStamp)
        #expect(StalenessReport(comparing: again).isFresh)
        #expect(StalenessReport(comparing: try builder(cached, cache: false).plan()).isFresh)
    }

    @Test func anotherBinaryNeverUsesTheStamp() throws {
        let course = try TemporaryCourse(lessons: Self.lessons)
        try settle(course)
        #expect(try builder(course).plan().isFromStamp)
        let plan = try builder(course, binary: "a newer descent").plan()
        #expect(!plan.isFromStamp)
        #expect(plan.lessonsRun.count == 4)
        #expect(plan.files == (try builder(course, cache: false).plan()).files)
    }

    @Test func partialBuildsAndForceNeitherUseNorWriteTheStamp() throws {
        let course = try TemporaryCourse(lessons: Self.lessons)
        try settle(course)
        let partial = try builder(course).plan(only: [course.lessons + "/01-walk.md"])
        #expect(!partial.isFromStamp)
        #expect(!partial.cacheFiles.contains { $0.path.hasSuffix("course.bin") })
        var forced = builder(course)
        forced.force = true
        #expect(try !forced.plan().isFromStamp)
    }

    @Test func warningsComeOutTheSameWhicheverWayALessonWasBuilt() throws {
        // The reference before the formula shifts its column between the site and the lesson.
        let lesson = "# Odd math\n\nAfter {{walk.iterations}} steps, $\\frac{1}{$ does not close.\n"
        let course = try TemporaryCourse(lessons: ["01-walk.md": BuildCacheTests.walk, "02-odd.md": lesson])
        try settle(course)
        let text = try #require(course.read("lessons/01-walk.md"))
        try course.write("lessons/01-walk.md", text.replacingOccurrences(of: "lr: 0.3", with: "lr: 0.2"))
        let changed = try builder(course).plan()
        #expect(!changed.warnings.isEmpty)
        #expect(changed.warnings == (try builder(course, cache: false).plan()).warnings)
        try FileManager.default.removeItem(atPath: course.root + "/.descent-cache/course.bin")
        try course.write("lessons/01-walk.md", text.replacingOccurrences(of: "# Walk", with: "# A walk"))
        let stored = try builder(course).plan()
        #expect(stored.warnings == (try builder(course, cache: false).plan()).warnings)
    }

    @Test func theStampKeepsTheWarningsTheBuildPrinted() throws {
        let lesson = "# Odd math\n\nA formula $\\frac{1}{$ that does not close.\n"
        let course = try TemporaryCourse(lessons: ["01-odd.md": lesson])
        try settle(course)
        let first = try builder(course, cache: false).plan()
        #expect(!first.warnings.isEmpty)
        let again = try builder(course).plan()
        #expect(again.isFromStamp)
        #expect(again.warnings == first.warnings)
    }
}

extension PlannedFile {
    /// The same file in another temporary course.
    fileprivate func moved(from: TemporaryCourse, to: TemporaryCourse) -> PlannedFile {
        var file = self
        file.path = to.root + path.dropFirst(from.root.count)
        file.readContents = readContents
        return file
    }
}
