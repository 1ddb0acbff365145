import DescentText
import Foundation
import Testing

@testable import DescentCourse

/// Nothing the author wrote is lost: saves during a build, modes, symbolic links, concurrent
/// builds, stale-file removal and temporary files (issue #11).
@Suite struct SafeWriteTests {
    func builder(_ course: TemporaryCourse) -> CourseBuilder {
        CourseBuilder(layout: CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output))
    }

    let lesson = "# Walk\n\n```descent w\nf(w) = w^2\nstart: w = -3\nsteps: 3\n```\n\nMy paragraph.\n"

    /// Plans a build of `course`, saves `text` to the lesson `name` as the build would finish,
    /// and expects applying the plan to stop with "changed while building" on that lesson.
    func expectBuildStopped(_ course: TemporaryCourse, saving text: String, to name: String) throws {
        let plan = try builder(course).plan()
        try course.write("lessons/" + name, text)
        #expect {
            try PlanApplier.apply(plan)
        } throws: { error in
            (error as? DiagnosticList)?.description == course.lessons
                + "/\(name): error: changed while building; run the build again"
        }
    }

    @Test func aLessonSavedDuringTheBuildIsNotOverwritten() throws {
        let course = try TemporaryCourse(lessons: ["01-w.md": lesson])
        let saved = lesson + "A paragraph saved while the build ran.\n"
        try expectBuildStopped(course, saving: saved, to: "01-w.md")
        #expect(course.read("lessons/01-w.md") == saved)
        #expect(course.read("output/01-w.html") == nil)
        _ = try PlanApplier.apply(try builder(course).plan())
        #expect(course.read("lessons/01-w.md")?.contains("A paragraph saved while the build ran.") == true)
    }

    /// A save to a later lesson stops the build before it writes anything, even the lessons
    /// before it in the plan, which would be written first.
    @Test func aSaveToAnyLessonStopsEveryWrite() throws {
        let second = lesson.replacingOccurrences(of: "descent w", with: "descent v")
        let course = try TemporaryCourse(lessons: ["01-w.md": lesson, "02-v.md": second])
        let saved = second + "Saved while the build ran.\n"
        try expectBuildStopped(course, saving: saved, to: "02-v.md")
        #expect(course.read("lessons/01-w.md") == lesson)
        #expect(course.read("lessons/02-v.md") == saved)
        #expect(course.read("output/01-w.html") == nil)
    }

    @Test func theWriterRefusesBytesItDidNotRead() throws {
        let course = try TemporaryCourse(lessons: ["01-w.md": "old\n"])
        let path = course.lessons + "/01-w.md"
        #expect(throws: AtomicWriter.Failure.changedOnDisk) {
            try AtomicWriter.write(Data("new\n".utf8), to: path, expecting: Data("older\n".utf8))
        }
        #expect(course.read("lessons/01-w.md") == "old\n")
        #expect(try AtomicWriter.write(Data("new\n".utf8), to: path, expecting: Data("old\n".utf8)))
    }

    @Test func theFilesModeIsKept() throws {
        let course = try TemporaryCourse(lessons: ["01-w.md": lesson])
        let path = course.lessons + "/01-w.md"
        chmod(path, 0o640)
        _ = try PlanApplier.apply(try builder(course).plan())
        var status = stat()
        stat(path, &status)
        #expect(status.st_mode & 0o777 == 0o640)
        #expect(course.read("lessons/01-w.md")?.contains("descent:begin w") == true)
    }

    @Test func aSymbolicLinkIsWrittenThroughAndStaysALink() throws {
        let course = try TemporaryCourse(lessons: [:])
        try course.write("drafts/walk.md", lesson)
        #expect(symlink(course.root + "/drafts/walk.md", course.lessons + "/01-w.md") == 0)
        _ = try PlanApplier.apply(try builder(course).plan())
        let attributes = try FileManager.default.attributesOfItem(atPath: course.lessons + "/01-w.md")
        #expect(attributes[.type] as? FileAttributeType == .typeSymbolicLink)
        #expect(course.read("drafts/walk.md")?.contains("descent:begin w") == true)
    }

    @Test func aSecondBuildWaitsForTheLock() throws {
        let course = try TemporaryCourse(lessons: ["01-w.md": lesson])
        let before = course.snapshot()
        var waited = false
        do {
            let first = try CourseLock(lessonsDirectory: course.lessons) { waited = true }
            #expect(CourseLock.isHeld(lessonsDirectory: course.lessons))
            // The closure holds the last reference: the lock is released when it has run.
            DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { withExtendedLifetime(first) {} }
        }
        #expect(!waited)
        do {
            let second = try CourseLock(lessonsDirectory: course.lessons) { waited = true }
            #expect(waited)
            withExtendedLifetime(second) {}
        }
        #expect(!CourseLock.isHeld(lessonsDirectory: course.lessons))
        #expect(course.snapshot() == before)
        #expect(
            CourseLock.path(lessonsDirectory: course.lessons) == CourseLock.path(lessonsDirectory: course.lessons + "/")
        )
    }

    @Test func anOutputDirectoryHoldingTheLessonsIsRefused() throws {
        let course = try TemporaryCourse(lessons: ["01-w.md": lesson])
        for output in [course.root, course.root + "/", course.lessons] {
            let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: output)
            #expect(throws: DiagnosticList.self) { try CourseBuilder(layout: layout).plan() }
        }
    }

    @Test func temporaryFilesOfDeadBuildsAreRemovedAndLiveOnesKept() throws {
        let course = try TemporaryCourse(lessons: ["01-w.md": lesson])
        _ = try PlanApplier.apply(try builder(course).plan())
        let dead = ".index.html.2147483646.descent-tmp"
        let live = ".index.html.\(getpid()).descent-tmp"
        try course.write("output/" + dead, "half")
        try course.write("output/" + live, "half")
        try course.write("lessons/.01-w.md.2147483646.descent-tmp", "half")
        _ = try PlanApplier.apply(try builder(course).plan())
        #expect(course.read("output/" + dead) == nil)
        #expect(course.read("lessons/.01-w.md.2147483646.descent-tmp") == nil)
        #expect(course.read("output/" + live) == "half")
    }

    @Test func theManifestListsOnlyOwnedPaths() {
        #expect(OutputManifest.isOwned("index.html"))
        #expect(OutputManifest.isOwned("figures/a-loss.svg"))
        #expect(!OutputManifest.isOwned("archive/index.html"))
        #expect(!OutputManifest.isOwned("../lessons/01-w.md"))
        #expect(!OutputManifest.isOwned(".descent-manifest"))
        #expect(!OutputManifest.isOwned("figures/../../x"))
        #expect(OutputManifest(paths: ["b", "a", "b"]).text.hasSuffix("\na\nb\n"))
    }
}

/// Each figure has its own file, so a build is followed by a clean check (issue #11).
@Suite struct FigureNameTests {
    @Test func aFigureAndItsLogVariantAreTwoFilesAndCheckPasses() throws {
        let lesson =
            "# F\n\n```descent f\nf(w) = w^2\nstart: w = -3\nlr: 0.1, 0.3\nsteps: 20\nshow: plot loss, plot loss log, plot sweep, plot sweep log\n```\n"
        let course = try TemporaryCourse(lessons: ["01-f.md": lesson])
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        _ = try PlanApplier.apply(try CourseBuilder(layout: layout).plan())
        for name in ["f-loss.svg", "f-loss-log.svg", "f-sweep.svg", "f-sweep-log.svg"] {
            #expect(course.read("output/figures/" + name) != nil, "\(name)")
        }
        #expect(course.read("lessons/01-f.md")?.contains("](../output/figures/f-loss-log.svg)") == true)
        #expect(StalenessReport(comparing: try CourseBuilder(layout: layout).plan()).isFresh)
    }

    @Test func pagesSizeEachFigureAndOfferItsNarrowDrawing() throws {
        let lesson = "# F\n\n```descent f\nf(w) = w^2\nstart: w = -3\nlr: 0.1\nsteps: 5\nshow: plot loss\n```\n"
        let course = try TemporaryCourse(lessons: ["01-f.md": lesson])
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        _ = try PlanApplier.apply(try CourseBuilder(layout: layout).plan())
        #expect(course.read("output/figures/f-loss-narrow.svg")?.contains("width=\"360\" height=\"320\"") == true)
        let page = try #require(course.read("output/01-f.html"))
        #expect(page.contains("<source media=\"(max-width: 40rem)\" srcset=\"figures/f-loss-narrow.svg\" />"))
        #expect(page.contains("<img src=\"figures/f-loss.svg\" alt="))
        #expect(page.contains("width=\"720\" height=\"400\" class=\"narrow-360x320\" /></picture>"))
        #expect(course.read("output/style.css")?.contains("img.narrow-360x320 {") == true)
        #expect(course.read("lessons/01-f.md")?.contains("narrow") == false)
    }

    @Test func aFigureAskedForTwiceIsAnErrorAtTheSecond() throws {
        let lesson =
            "# F\n\n```descent f\nf(w) = w^2\nstart: w = -3\nshow: plot loss log, summary, plot loss log\n```\n"
        let course = try TemporaryCourse(lessons: ["01-f.md": lesson])
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        #expect {
            try CourseBuilder(layout: layout).plan()
        } throws: { error in
            let diagnostics = (error as? DiagnosticList)?.diagnostics ?? []
            return diagnostics.count == 1 && diagnostics[0].line == 6 && diagnostics[0].column == 31
                && diagnostics[0].message == "'plot loss log' is asked for twice; each figure is drawn once"
        }
    }
}

/// Text from the author's machine that the site turns into links or file reads (issue #11).
@Suite struct UntrustedTextTests {
    @Test func lessonFileNamesMustBePortable() throws {
        let course = try TemporaryCourse(lessons: [
            "01-ok.md": "# Ok\n", "javascript:alert(1).md": "# X\n", "a b.md": "# Y\n",
        ])
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        #expect {
            try CourseBuilder(layout: layout).plan()
        } throws: { error in
            let paths = (error as? DiagnosticList)?.diagnostics.map { FilePath.fileName($0.path) } ?? []
            return paths == ["a b.md", "javascript:alert(1).md"]
        }
        #expect(course.snapshot().keys.allSatisfy { $0.hasPrefix("lessons") })
    }
}

/// The smaller items of issue #11's "untrusted text".
@Suite struct SmallInputTests {
    func plan(_ lessons: [String: String], extra: (TemporaryCourse) throws -> Void = { _ in }) throws -> Result<
        BuildPlan, DiagnosticList
    > {
        let course = try TemporaryCourse(lessons: lessons)
        try extra(course)
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        do { return .success(try CourseBuilder(layout: layout).plan()) } catch { return .failure(error) }
    }

    func messages(_ result: Result<BuildPlan, DiagnosticList>) -> [String] {
        guard case .failure(let list) = result else { return [] }
        return list.diagnostics.map { "\($0.line):\($0.column): \($0.message)" }
    }

    @Test func idsHaveAMaximumLength() throws {
        let long = String(repeating: "a", count: 65)
        let result = try plan(["01-a.md": "# A\n\n```descent \(long)\nf(w) = w^2\n```\n"])
        #expect(
            messages(result) == [
                "3:12: experiment id is 65 characters long; ids may have at most 64 (they name figure files)"
            ])
        let ok = try plan(["01-a.md": "# A\n\n```descent \(String(repeating: "a", count: 64))\nf(w) = w^2\n```\n"])
        #expect(messages(ok).isEmpty)
    }

    @Test func minimumNamesOnlyParameters() throws {
        let block = "# A\n\n```descent m\nf(x, y) = x^2 + y^2\nstart: x = 1, y = 1\nminimum: x = 0, z = 0\n```\n"
        #expect(
            messages(try plan(["01-a.md": block])) == [
                "6:10: 'minimum:' names 'z', which is not a parameter of the objective (parameters: x, y); did you mean 'x'?"
            ])
    }

    @Test func everyPointOfAMinimumListIsCheckedWhereItStands() throws {
        let block =
            "# A\n\n```descent m\nf(x, y) = x^2 + y^2\nstart: x = 1, y = 1\nminimum: x = 0, y = 0; x = 1, x = 2\n```\n"
        #expect(messages(try plan(["01-a.md": block])) == ["6:24: 'minimum:' gives 'x' twice"])
    }

    @Test func courseSettingsAcceptABOMAndRefuseControlCharactersAndDirectories() throws {
        let lesson = ["01-a.md": "# A\n"]
        let bom = try plan(lesson) { try $0.write("lessons/course.toml", "\u{FEFF}title = \"Bowls\"\n") }
        guard case .success(let built) = bom else {
            Issue.record("BOM refused")
            return
        }
        #expect(
            String(decoding: built.files.first { $0.path.hasSuffix("index.html") }!.contents, as: UTF8.self)
                .contains("<title>Bowls</title>"))
        let nul = try plan(lesson) { try $0.write("lessons/course.toml", "title = \"a\\u0000b\"\n") }
        #expect(messages(nul) == ["1:1: 'title' holds a control character; only tabs and line breaks are allowed"])
        let directory = try plan(lesson) {
            try FileManager.default.createDirectory(
                atPath: $0.lessons + "/course.toml", withIntermediateDirectories: true)
        }
        #expect(messages(directory) == ["0:0: course settings are not a readable file"])
    }

    @Test func invalidUTF8ShowsTheLineWithACaret() throws {
        let course = try TemporaryCourse(lessons: [:])
        try course.write("lessons/01-a.md", Data("# A\nok \u{e9} ".utf8) + Data([0xFF]) + Data(" end\n".utf8))
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        #expect {
            try CourseBuilder(layout: layout).plan()
        } throws: { error in
            (error as? DiagnosticList)?.description.hasSuffix(
                "01-a.md:2:6: error: lesson is not valid utf-8 (byte 0xFF)\n    ok é \u{FFFD} end\n         ^") == true
        }
    }

    @Test func invalidUTF8InACROnlyFileIsAtItsLine() throws {
        let course = try TemporaryCourse(lessons: [:])
        try course.write(
            "lessons/01-a.md", Data("# T\r\rline three ".utf8) + Data([0xFF]) + Data(" here\rline four\r".utf8))
        let layout = CourseLayout(lessonsDirectory: course.lessons, outputDirectory: course.output)
        #expect {
            try CourseBuilder(layout: layout).plan()
        } throws: { error in
            (error as? DiagnosticList)?.description.hasSuffix(
                "01-a.md:3:12: error: lesson is not valid utf-8 (byte 0xFF)\n    line three \u{FFFD} here\n               ^"
            ) == true
        }
    }

    /// CommonMark counts a lone CR as a line ending; so do lessons.
    @Test func carriageReturnOnlyLessonsWork() throws {
        let lesson = "# A\r\r```descent cr\rf(w) = w^2\rstart: w = -3\rsteps: 5\r```\r\rIt ran {{cr.runs}} run.\r"
        let result = try plan(["01-a.md": lesson])
        #expect(messages(result).isEmpty)
        guard case .success(let built) = result else { return }
        let page = String(decoding: built.files.first { $0.path.hasSuffix("01-a.html") }!.contents, as: UTF8.self)
        #expect(page.contains("It ran\u{A0}1 run."))
        let rewritten = String(decoding: built.files.first { $0.path.hasSuffix("01-a.md") }!.contents, as: UTF8.self)
        #expect(
            rewritten.hasPrefix(
                "# A\r\r```descent cr\rf(w) = w^2\rstart: w = -3\rsteps: 5\r```\r\r<!-- descent:begin cr"))
        #expect(!rewritten.contains("\n"))
        #expect(rewritten.hasSuffix("<!-- descent:end cr -->\r\rIt ran {{cr.runs}} run.\r"))
    }
}
