import DescentSite
import DescentText
import Foundation
import Testing

@testable import DescentCourse

/// The build cache changes how much work a build does, never what it writes (issue #12).
@Suite struct BuildCacheTests {
    static let walk = """
        # Walk

        ```descent walk
        f(w) = w^2
        start: w = -3
        lr: 0.3
        steps: 30
        stop: |grad| < 0.001
        show: table, plot loss
        ```

        It stopped at iteration {{walk.iterations}}.

        """

    static let later = """
        # Later

        Lesson one's walk ended at w = {{walk.final.w}} after {{walk.iterations}} steps.

        ```descent bowl
        f(x, y) = x^2 + 4*y^2
        start: x = 1, y = 1
        lr: 0.1
        steps: 40
        show: summary, plot path
        ```

        """

    func builder(_ course: TemporaryCourse, cache: Bool = true) -> CourseBuilder {
        var layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        if !cache { layout.cacheDirectory = nil }
        return CourseBuilder(layout: layout)
    }

    /// Everything the build wrote into lessons/ and output/ (the cache folder left out).
    func written(_ course: TemporaryCourse) -> [String: Data] {
        course.snapshot().filter { !$0.key.hasPrefix(".descent-cache") }
    }

    @Test func aBuildWithTheCacheWritesWhatABuildWithoutItWrites() throws {
        let cached = try TemporaryCourse(lessons: ["01-walk.md": Self.walk, "02-later.md": Self.later])
        let fresh = try TemporaryCourse(lessons: ["01-walk.md": Self.walk, "02-later.md": Self.later])
        _ = try PlanApplier.apply(try builder(cached).plan())
        #expect(cached.read(".descent-cache/lessons/01-walk.bin") != nil)
        let before = try #require(cached.read("output/02-later.html"))
        // One number changes in lesson one; lesson two quotes it.
        for course in [cached, fresh] {
            try course.write(
                "lessons/01-walk.md",
                try #require(course.read("lessons/01-walk.md"))
                    .replacingOccurrences(of: "lr: 0.3", with: "lr: 0.2"))
        }
        let plan = try builder(cached).plan()
        #expect(plan.lessonsRun == [cached.lessons + "/01-walk.md"])
        _ = try PlanApplier.apply(plan)
        _ = try PlanApplier.apply(try builder(fresh, cache: false).plan())
        _ = try PlanApplier.apply(try builder(fresh, cache: false).plan())
        #expect(written(cached) == written(fresh))
        // Lesson two did not run again, yet its page quotes lesson one's new result.
        #expect(cached.read("output/02-later.html") != before)
        #expect(StalenessReport(comparing: try builder(cached, cache: false).plan()).isFresh)
    }

    @Test func aPageIsRenderedAgainWhenAnImageSizeChanges() {
        var lesson = SiteLesson(slug: "a", markdown: "![x](figures/a.svg)\n*c*\n")
        let key = { CachedPage.key(lesson, lessonPages: [:], binary: "b") }
        let plain = key()
        lesson.images["figures/a.svg"] = SiteImage(width: 720, height: 400)
        let sized = key()
        lesson.images["figures/a.svg"]?.narrow = .init(source: "figures/n.svg", width: 360, height: 320)
        let narrow = key()
        #expect(Set([plain, sized, narrow]).count == 3)
    }

    @Test func anUnchangedCourseRunsNothing() throws {
        let course = try TemporaryCourse(lessons: ["01-walk.md": Self.walk, "02-later.md": Self.later])
        _ = try PlanApplier.apply(try builder(course).plan())
        let plan = try builder(course).plan()
        #expect(plan.lessonsRun.isEmpty)
        #expect(StalenessReport(comparing: plan).isFresh)
        #expect(plan.files == (try builder(course, cache: false).plan()).files)
    }

    @Test func aNewReferenceIntoACachedLessonRunsItAgain() throws {
        let course = try TemporaryCourse(lessons: ["01-walk.md": Self.walk, "02-later.md": Self.later])
        _ = try PlanApplier.apply(try builder(course).plan())
        try course.write("lessons/02-later.md", Self.later + "Its loss: {{walk.loss}}.\n")
        let plan = try builder(course).plan()
        #expect(Set(plan.lessonsRun) == [course.lessons + "/01-walk.md", course.lessons + "/02-later.md"])
        #expect(plan.files == (try builder(course, cache: false).plan()).files)
    }

    @Test func theCacheIsNeverTrustedOverAMismatch() throws {
        let course = try TemporaryCourse(lessons: ["01-walk.md": Self.walk])
        _ = try PlanApplier.apply(try builder(course).plan())
        _ = try PlanApplier.apply(try builder(course).plan())
        // A corrupt entry, an entry from another binary, a changed data file: all misses. (The
        // course stamp is removed first, else the build would not look at lesson entries.)
        try FileManager.default.removeItem(atPath: course.root + "/.descent-cache/course.bin")
        try course.write(".descent-cache/lessons/01-walk.bin", "{ not json")
        #expect(try builder(course).plan().lessonsRun == [course.lessons + "/01-walk.md"])
        _ = try PlanApplier.apply(try builder(course).plan())
        var other = builder(course)
        other.binaryIdentity = "another binary"
        #expect(try other.plan().lessonsRun == [course.lessons + "/01-walk.md"])
        try? FileManager.default.removeItem(atPath: course.root + "/.descent-cache/course.bin")
        let reused = try builder(course).plan()
        #expect(reused.lessonsRun.isEmpty && !reused.isFromStamp)
        #expect(StalenessReport(comparing: reused).isFresh)
    }

    /// Strings compare by canonical equivalence, so the two spellings of `é` are equal as
    /// strings; the cache compares bytes, so a lesson saved in the other spelling is not taken
    /// for the one the entry was written for (whose text would replace the author's bytes).
    @Test func aLessonSavedInAnotherUnicodeSpellingRunsAgain() throws {
        let course = try TemporaryCourse(lessons: ["01-walk.md": Self.walk + "Caf\u{E9}.\n"])
        _ = try PlanApplier.apply(try builder(course).plan())
        let written = try String(
            decoding: Data(contentsOf: URL(fileURLWithPath: course.lessons + "/01-walk.md")), as: UTF8.self)
        try course.write("lessons/01-walk.md", written.replacingAll("\u{E9}", with: "e\u{301}"))
        let plan = try builder(course).plan()
        #expect(plan.lessonsRun == [course.lessons + "/01-walk.md"])
        #expect(plan.files == (try builder(course, cache: false).plan()).files)
    }

    @Test func aChangedDataFileRunsItsLessonAgain() throws {
        let fit =
            "# Fit\n\n```descent fit\nf(a) = mean((a*x - y)^2)\ndata: points.csv\nstart: a = 0\nlr: 0.05\nsteps: 20\n```\n\nSlope {{fit.final.a}}.\n"
        let course = try TemporaryCourse(lessons: ["01-fit.md": fit, "points.csv": "x,y\n1,2\n2,4\n"])
        _ = try PlanApplier.apply(try builder(course).plan())
        #expect(try builder(course).plan().lessonsRun.isEmpty)
        try course.write("lessons/points.csv", "x,y\n1,3\n2,6\n")
        let plan = try builder(course).plan()
        #expect(plan.lessonsRun == [course.lessons + "/01-fit.md"])
        #expect(plan.files == (try builder(course, cache: false).plan()).files)
    }

    /// A figure drawn `with` another block reads that block's runs: changing the other block,
    /// or the data file it reads, must redraw the figure (both blocks are in one lesson, whose
    /// entry holds its text and every data file its blocks read).
    @Test func aFigureDrawnWithAnotherExperimentChangesWhenThatExperimentDoes() throws {
        let lesson = """
            # Compare

            ```descent plain
            f(a) = mean((a*x - y)^2)
            data: points.csv
            lr: 0.05
            steps: 20
            show: plot loss with fit
            ```

            ```descent fit
            f(a) = mean((a*x - y)^2)
            data: other.csv
            optimizer: momentum(momentum=0.5)
            lr: 0.05
            steps: 20
            ```

            """
        let files = ["01-compare.md": lesson, "points.csv": "x,y\n1,2\n2,4\n", "other.csv": "x,y\n1,1\n2,2\n"]
        let course = try TemporaryCourse(lessons: files)
        let fresh = try TemporaryCourse(lessons: files)
        _ = try PlanApplier.apply(try builder(course).plan())
        let figure = { try #require(course.read("output/figures/plain-loss.svg")) }
        let first = try figure()
        #expect(first.contains("Momentum 0.5 (fit)"))
        // The other block changes: its lesson runs again and the figure follows.
        let changes = [
            ("lessons/01-compare.md", lesson.replacingOccurrences(of: "momentum=0.5", with: "momentum=0.9")),
            ("lessons/other.csv", "x,y\n1,5\n2,10\n"),
        ]
        var previous = first
        for (path, text) in changes {
            try course.write(path, text)
            try fresh.write(path, text)
            let plan = try builder(course).plan()
            #expect(plan.lessonsRun == [course.lessons + "/01-compare.md"])
            _ = try PlanApplier.apply(plan)
            let now = try figure()
            #expect(now != previous)
            previous = now
            _ = try PlanApplier.apply(try builder(fresh, cache: false).plan())
            #expect(written(course) == written(fresh))
        }
        #expect(previous.contains("Momentum 0.9 (fit)"))
    }

    @Test func anErrorInAReusedLessonReadsAsWithoutTheCache() throws {
        let course = try TemporaryCourse(lessons: ["01-walk.md": Self.walk, "02-later.md": Self.later])
        _ = try PlanApplier.apply(try builder(course).plan())
        _ = try PlanApplier.apply(try builder(course).plan())
        // A new first lesson takes the id `walk`: the reused lesson 01 now uses it a second time.
        try course.write(
            "lessons/00-first.md", "# First\n\n```descent walk\nf(w) = w^2\nstart: w = 1\nlr: 0.1\nsteps: 5\n```\n")
        func diagnostics(_ builder: CourseBuilder) -> [Diagnostic] {
            do {
                _ = try builder.plan()
                return []
            } catch { return error.diagnostics }
        }
        let cached = diagnostics(builder(course))
        #expect(cached.contains { $0.path.hasSuffix("01-walk.md") && $0.sourceLine == "```descent walk" })
        #expect(cached == diagnostics(builder(course, cache: false)))
    }

    @Test func checkWritesNoCacheAndBuildDoes() throws {
        let course = try TemporaryCourse(lessons: ["01-walk.md": Self.walk])
        _ = try builder(course).plan()
        #expect(course.read(".descent-cache/lessons/01-walk.bin") == nil)
        _ = try PlanApplier.apply(try builder(course).plan())
        #expect(course.read(".descent-cache/pages/01-walk.bin") != nil)
    }
}

/// Whether a build is over the course budget never depends on the cache (a reused lesson's
/// experiments count as if they ran).
@Suite struct CacheAndBudgetTests {
    static func lesson(_ id: String, runs: Int) -> String {
        let rates = (1...runs).map { "0.\(1000 + $0)" }.joined(separator: ", ")
        return "# \(id)\n\n```descent \(id)\nf(w) = w^2\nstart: w = 1\nlr: \(rates)\nsteps: 1000000\n"
            + "stop: |grad| < 0.001\nbudget: 1e9\nshow: summary\n```\n"
    }

    @Test func aReusedLessonStillCountsTowardTheCourseBudget() throws {
        let course = try TemporaryCourse(lessons: [
            "01-a.md": Self.lesson("a", runs: 500), "02-b.md": Self.lesson("b", runs: 400),
        ])
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        _ = try PlanApplier.apply(try CourseBuilder(layout: layout).plan())
        try course.write("lessons/02-b.md", Self.lesson("b", runs: 501))
        var fresh = layout
        fresh.cacheDirectory = nil
        for layout in [layout, fresh] {
            #expect {
                try CourseBuilder(layout: layout).plan()
            } throws: { error in
                let diagnostics = (error as? DiagnosticList)?.diagnostics ?? []
                return diagnostics.count == 1 && diagnostics[0].path.hasSuffix("02-b.md")
                    && diagnostics[0].message.contains("past the course budget of 10⁹")
            }
        }
    }
}
